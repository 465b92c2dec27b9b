// The addHolidayNotice scenario changes process-wide holiday data, so it runs in a child process: whatever
// the order or isolation of test files, nothing else sees its invented 2031 notice.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { calendarCoverage, isWorkingDay } from '../src/calendar/index.js';

describe('addHolidayNotice (in a child process)', () => {
  it('passes there, and leaves this process’s calendar untouched', () => {
    const scenario = fileURLToPath(new URL('./calendar-notices.scenario.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', scenario], { encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined } });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /# fail 0/);
    assert.match(run.stdout, /# pass [1-9]/);
    assert.equal(isWorkingDay('2031-01-01'), true, 'the invented notice did not reach this process');
    assert.ok(!calendarCoverage().years.includes(2031));
  });
});
