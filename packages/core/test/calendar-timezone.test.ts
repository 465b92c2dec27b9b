// isWorkingDay under four host time zones. A time zone is read when a process starts, so each probe is a child
// process; this file is apart from calendar.test.ts because those probes take most of its time.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

describe('isWorkingDay does not depend on the host time zone', () => {
  // A time zone is read when a process starts, so each one gets its own child process. The reference is
  // chinese-days' own isWorkday under UTC (where its table is right) for every day of every covered year.
  const probe = (tz: string, script: string): string => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8', env: { ...process.env, TZ: tz },
    });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  const days = (isWork: string) => `
    const out = [];
    for (let t = Date.UTC(2004, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86400000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      out.push(${isWork} ? '1' : '0');
    }
    console.log(out.join(''));`;
  const ours = (tz: string) => probe(tz, `import { isWorkingDay } from ${JSON.stringify(new URL('../src/calendar/index.ts', import.meta.url).href)};${days('isWorkingDay(iso)')}`);
  const reference = probe('UTC', `import cd from 'chinese-days';${days('cd.isWorkday(iso)')}`);

  for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai', 'UTC']) {
    it(`TZ=${tz}: every day 2004–2026 as chinese-days says under UTC`, () => {
      const got = ours(tz);
      assert.equal(got.length, reference.length);
      const firstDiff = [...got].findIndex((c, i) => c !== reference[i]);
      assert.equal(firstDiff, -1, `first difference ${firstDiff} days after 2004-01-01`);
    });
  }
});
