// ZWFW_HOLIDAY_NOTICES adds holiday notices to the process-wide calendar, so it has a process of its own.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isWorkingDay } from '@zwfw/core';
import { loadConfig, startServer } from '../src/index.js';
import { loadHolidayNotices } from '../src/holiday-notices.js';
import { ADMIN_TOKEN, call, openTestDb } from './helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'zwfw-holidays-'));
const file = (name: string, body: string) => { const f = join(dir, name); writeFileSync(f, body); return f; };

describe('ZWFW_HOLIDAY_NOTICES', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('bad files fail at start with the file, the entry and the fix', () => {
    assert.throws(() => loadHolidayNotices(join(dir, 'missing.json')), /cannot read .*missing\.json as JSON/);
    assert.throws(() => loadHolidayNotices(file('obj.json', '{"year":2031}')), /must hold a JSON list/);
    assert.throws(() => loadHolidayNotices(file('bad.json', '[{"year":2031,"holidays":["2031-13-01"],"workWeekends":[]}]')), /entry 0 of .*bad\.json: .*2031-13-01/);
  });

  it('a notice from the file counts in deadlines, and /health names the last year with data', async () => {
    // An invented notice for a year far from any published one (illustrative, not a real schedule).
    const notices = file('notices.json', JSON.stringify([{ year: 2031, holidays: ['2031-01-01', '2031-01-02'], workWeekends: ['2031-01-04'] }]));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ZWFW_LOG_LEVEL: 'silent', ZWFW_ADMIN_TOKEN: ADMIN_TOKEN, ZWFW_HOLIDAY_NOTICES: notices });
    const server = await startServer(config, { db: await openTestDb() });
    try {
      assert.equal(isWorkingDay('2031-01-01'), false);
      assert.equal(isWorkingDay('2031-01-04'), true);
      const health = await call(server.url, '/health');
      assert.equal(health.body.calendar.lastYear, 2031);
    } finally {
      await server.close();
    }
  });
});
