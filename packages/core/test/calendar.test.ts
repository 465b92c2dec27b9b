import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CalendarError,
  addWorkingDays,
  calendarCoverage,
  computeDeadline,
  countWorkingDays,
  isCalendarError,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  toChinaDate,
} from '../src/calendar/index.js';

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof CalendarError && isCalendarError(e) && e.code === code);
}

describe('isWorkingDay — domain.md §4.5 vectors', () => {
  const vectors: Array<[string, boolean]> = [
    ['2024-02-04', true], // Sunday, 春节调休
    ['2024-02-17', false], // Saturday, 春节
    ['2024-05-02', false], // 劳动节
    ['2025-01-26', true], // Sunday, 春节调休
    ['2025-02-08', true], // Saturday, 春节调休
    ['2025-10-11', true], // Saturday, 国庆调休
    ['2026-01-01', false], // 元旦
    ['2026-02-14', true], // Saturday, 春节调休
    ['2026-02-28', true], // Saturday, 春节调休
    ['2024-09-29', true], // Sunday, 国庆调休
    ['2024-10-01', false],
    ['2024-10-07', false],
    ['2024-10-08', true],
    ['2024-10-05', false], // plain Saturday inside the holiday
    ['2024-06-04', true], // plain Tuesday
  ];
  for (const [date, expected] of vectors) {
    it(`${date} → ${expected ? 'work' : 'rest'}`, () => assert.equal(isWorkingDay(date), expected));
  }
});

describe('addWorkingDays', () => {
  it('5th working day after 2024-09-27 is 2024-10-10 (9/29 调休, 9/30, 10/8, 10/9, 10/10)', () => {
    assert.equal(addWorkingDays('2024-09-27', 5), '2024-10-10');
  });
  it('countStartDay: the acceptance day is day 1', () => {
    assert.equal(addWorkingDays('2024-09-27', 5, { countStartDay: true }), '2024-10-09');
    assert.equal(addWorkingDays('2024-09-27', 1, { countStartDay: true }), '2024-09-27');
    // Accepted on a holiday: the start day cannot count.
    assert.equal(addWorkingDays('2024-10-01', 1, { countStartDay: true }), '2024-10-08');
  });
  it('n = 0 returns the start date', () => {
    assert.equal(addWorkingDays('2024-10-01', 0), '2024-10-01');
  });
  it('a closed pause (inclusive both ends) pushes the date by the paused working days', () => {
    // 10/8 and 10/9 paused → 5th counted day: 9/29, 9/30, 10/10, 10/11, 10/12 (Sat 调休)
    assert.equal(addWorkingDays('2024-09-27', 5, { pauses: [{ from: '2024-10-08', to: '2024-10-09' }] }), '2024-10-12');
    // A pause lying entirely in the holiday changes nothing.
    assert.equal(addWorkingDays('2024-09-27', 5, { pauses: [{ from: '2024-10-01', to: '2024-10-07' }] }), '2024-10-10');
  });
  it('an open pause that the count reaches → open_pause; one starting after the due date is harmless', () => {
    throwsCode(() => addWorkingDays('2024-09-27', 5, { pauses: [{ from: '2024-10-09' }] }), 'open_pause');
    assert.equal(addWorkingDays('2024-09-27', 5, { pauses: [{ from: '2024-10-11' }] }), '2024-10-10');
  });
  it('typed errors for bad input', () => {
    throwsCode(() => addWorkingDays('2024-02-30', 1), 'invalid_date');
    throwsCode(() => addWorkingDays('2024/09/27', 1), 'invalid_date');
    throwsCode(() => addWorkingDays('2024-09-27', -1), 'invalid_amount');
    throwsCode(() => addWorkingDays('2024-09-27', 1.5), 'invalid_amount');
    throwsCode(() => addWorkingDays('2024-09-27', 1, { pauses: [{ from: '2024-10-09', to: '2024-10-08' }] }), 'invalid_pause');
    throwsCode(() => isWorkingDay('20241001'), 'invalid_date');
    throwsCode(() => addWorkingDays('2024-09-27', 1, { pauses: [null as never] }), 'invalid_pause');
    throwsCode(() => addWorkingDays('2024-09-27', 1, { pauses: [{ from: 20241009 } as never] }), 'invalid_date');
  });
  it('an open pause as JSON writes it (to: null) is an open pause', () => {
    throwsCode(() => addWorkingDays('2024-09-27', 5, { pauses: [{ from: '2024-10-09', to: null }] }), 'open_pause');
    assert.equal(countWorkingDays('2024-09-27', '2024-10-10', { pauses: [{ from: '2024-10-09', to: null }] }), 3);
  });
});

describe('countWorkingDays', () => {
  it('counts (from, to] by default and [from, to] with countStartDay', () => {
    assert.equal(countWorkingDays('2024-09-27', '2024-10-10'), 5);
    assert.equal(countWorkingDays('2024-09-27', '2024-10-10', { countStartDay: true }), 6);
    assert.equal(countWorkingDays('2024-09-30', '2024-10-07'), 0);
  });
  it('is 0 for an empty or reversed range', () => {
    assert.equal(countWorkingDays('2024-10-10', '2024-10-10'), 0);
    assert.equal(countWorkingDays('2024-10-10', '2024-09-27'), 0);
  });
  it('excludes paused days, open pauses included', () => {
    assert.equal(countWorkingDays('2024-09-27', '2024-10-10', { pauses: [{ from: '2024-10-09' }] }), 3);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it('skips the National Day holiday', () => {
    assert.equal(nextWorkingDayOnOrAfter('2024-10-01'), '2024-10-08');
    assert.equal(nextWorkingDayOnOrAfter('2024-10-08'), '2024-10-08');
  });
});

describe('computeDeadline', () => {
  const base = { acceptedOn: '2024-09-27', limit: { value: 5, unit: 'working_day' } } as const;
  it('mid-way: elapsed + remaining = limit', () => {
    assert.deepEqual(computeDeadline({ ...base, today: '2024-10-08' }), {
      dueDate: '2024-10-10',
      elapsedWorkingDays: 3,
      remainingWorkingDays: 2,
      paused: false,
      overdue: false,
      estimated: false,
    });
  });
  it('on the due date: remaining 0, not overdue', () => {
    const s = computeDeadline({ ...base, today: '2024-10-10' });
    assert.equal(s.remainingWorkingDays, 0);
    assert.equal(s.overdue, false);
  });
  it('after the due date: overdue, remaining negative', () => {
    const s = computeDeadline({ ...base, today: '2024-10-14' });
    assert.equal(s.overdue, true);
    assert.equal(s.remainingWorkingDays, -3); // 10/11, 10/12 (调休 Sat), 10/14
    assert.equal(s.elapsedWorkingDays, 8);
  });
  it('before acceptance: nothing elapsed', () => {
    const s = computeDeadline({ ...base, today: '2024-09-20' });
    assert.equal(s.elapsedWorkingDays, 0);
    assert.equal(s.remainingWorkingDays, 5);
  });
  it('an open pause freezes the clock: same remaining days, due date moves with today', () => {
    const pauses = [{ from: '2024-10-09' }];
    const d1 = computeDeadline({ ...base, pauses, today: '2024-10-09' });
    const d2 = computeDeadline({ ...base, pauses, today: '2024-10-11' });
    assert.equal(d1.paused, true);
    assert.equal(d2.paused, true);
    assert.equal(d1.remainingWorkingDays, 2);
    assert.equal(d2.remainingWorkingDays, 2);
    assert.equal(d1.elapsedWorkingDays, 3);
    assert.equal(d2.elapsedWorkingDays, 3);
    assert.equal(d1.dueDate, '2024-10-11');
    assert.equal(d2.dueDate, '2024-10-14');
  });
  it('a closed pause shifts the due date and is not "paused" once over', () => {
    const s = computeDeadline({ ...base, pauses: [{ from: '2024-10-08', to: '2024-10-09' }], today: '2024-10-10' });
    assert.equal(s.dueDate, '2024-10-12');
    assert.equal(s.paused, false);
    assert.equal(s.elapsedWorkingDays + s.remainingWorkingDays, 5);
  });
  it('calendar-day limits count every day and roll off a holiday (民法典 art. 203)', () => {
    const s = computeDeadline({ acceptedOn: '2024-09-27', limit: { value: 5, unit: 'calendar_day' }, today: '2024-09-28' });
    assert.equal(s.dueDate, '2024-10-08'); // 10/2 is 国庆 → next working day
    const plain = computeDeadline({ acceptedOn: '2024-06-03', limit: { value: 3, unit: 'calendar_day' }, today: '2024-06-03' });
    assert.equal(plain.dueDate, '2024-06-06');
  });
  it('month and year limits end on the corresponding day, or the month’s last day (民法典 arts. 201–203)', () => {
    const due = (acceptedOn: string, value: number, unit: 'month' | 'year', extra: object = {}) =>
      computeDeadline({ acceptedOn, limit: { value, unit }, today: acceptedOn, ...extra }).dueDate;
    assert.equal(due('2024-03-15', 1, 'month'), '2024-04-15');
    assert.equal(due('2024-01-31', 1, 'month'), '2024-02-29'); // no 01-31 in February: its last day
    assert.equal(due('2023-01-31', 1, 'month'), '2023-02-28');
    assert.equal(due('2024-11-30', 3, 'month'), '2025-02-28'); // across a year end
    assert.equal(due('2024-09-01', 1, 'month'), '2024-10-08'); // 10-01 is 国庆: the next working day
    assert.equal(due('2024-03-15', 1, 'year'), '2025-03-17'); // 2025-03-15 is a Saturday
    assert.equal(due('2024-03-15', 1, 'month', { countStartDay: true }), '2024-04-15'); // 04-14 is a Sunday
    // Five paused days (补正) push the end out by five days, 04-20, a Saturday, so the Monday after.
    assert.equal(due('2024-03-15', 1, 'month', { pauses: [{ from: '2024-03-20', to: '2024-03-24' }] }), '2024-04-22');
    assert.equal(due('2024-03-15', 0, 'month'), '2024-03-15');
  });
  it('a limit of 0 (即办件) is due on the acceptance day', () => {
    assert.equal(computeDeadline({ ...base, limit: { value: 0, unit: 'working_day' }, today: '2024-09-27' }).dueDate, '2024-09-27');
  });
  it('marks deadlines in years without holiday data as estimated', () => {
    const { lastYear } = calendarCoverage();
    const s = computeDeadline({ acceptedOn: `${lastYear}-12-20`, limit: { value: 20, unit: 'working_day' }, today: `${lastYear}-12-20` });
    assert.equal(s.estimated, true);
  });
  it('typed errors for a bad limit', () => {
    throwsCode(() => computeDeadline({ ...base, limit: { value: -1, unit: 'working_day' }, today: '2024-10-01' }), 'invalid_amount');
    throwsCode(() => computeDeadline({ ...base, limit: { value: 5, unit: 'hour' as 'working_day' }, today: '2024-10-01' }), 'invalid_unit');
    throwsCode(() => computeDeadline({ ...base, today: 'yesterday' }), 'invalid_date');
  });
});

describe('calendarCoverage', () => {
  it('covers 2004–2026 (chinese-days 1.5.7) contiguously', () => {
    const c = calendarCoverage();
    assert.ok(c.firstYear <= 2004 && c.lastYear >= 2026, `${c.firstYear}–${c.lastYear}`);
    assert.equal(c.years.length, c.lastYear - c.firstYear + 1);
  });
  it('outside coverage chinese-days falls back to Mon–Fri work, Sat/Sun rest', () => {
    const { lastYear } = calendarCoverage();
    const y = lastYear + 2;
    // 1 October of an uncovered year is a working day when it is a weekday: no holiday data.
    const oct1 = `${y}-10-01`;
    const weekday = new Date(`${oct1}T00:00:00Z`).getUTCDay();
    assert.equal(isWorkingDay(oct1), weekday >= 1 && weekday <= 5);
  });
});

describe('toChinaDate', () => {
  it('converts instants to the Asia/Shanghai date', () => {
    assert.equal(toChinaDate('2024-09-30T16:00:00Z'), '2024-10-01');
    assert.equal(toChinaDate('2024-09-30T15:59:59Z'), '2024-09-30');
    assert.equal(toChinaDate('2024-09-30T23:30:00-05:00'), '2024-10-01');
    assert.equal(toChinaDate(new Date(Date.UTC(2024, 11, 31, 16))), '2025-01-01');
    assert.equal(toChinaDate(Date.UTC(2024, 0, 1)), '2024-01-01');
  });
  it('keeps calendar dates and zone-less date-times (China wall time) as they are', () => {
    assert.equal(toChinaDate('2024-10-01'), '2024-10-01');
    assert.equal(toChinaDate('2024-10-01T23:30:00'), '2024-10-01');
  });
  it('rejects garbage with a typed error', () => {
    throwsCode(() => toChinaDate('2024-02-30'), 'invalid_date');
    throwsCode(() => toChinaDate('tomorrow'), 'invalid_date');
    throwsCode(() => toChinaDate('2024-02-30T10:00:00Z'), 'invalid_date');
    throwsCode(() => toChinaDate(new Date(Number.NaN)), 'invalid_date');
  });
});

describe('holiday-data.ts is chinese-days’ published data', () => {
  it('matches the installed package (after upgrading chinese-days, run `npm run gen:holidays`)', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('chinese-days/package.json');
    const version = JSON.parse(readFileSync(pkg, 'utf8')).version as string;
    const published = JSON.parse(readFileSync(pkg.replace(/package\.json$/, 'dist/chinese-days.json'), 'utf8')) as {
      holidays: Record<string, string>; workdays: Record<string, string>;
    };
    const { HOLIDAYS, WORK_WEEKENDS, SOURCE_VERSION } = await import('../src/calendar/holiday-data.js');
    const expand = (t: Readonly<Record<number, string>>) =>
      Object.entries(t).flatMap(([y, days]) => days.split(' ').map((d) => `${y}-${d.slice(0, 2)}-${d.slice(2)}`)).sort();
    assert.equal(SOURCE_VERSION, version);
    assert.deepEqual(expand(HOLIDAYS), Object.keys(published.holidays).sort());
    assert.deepEqual(expand(WORK_WEEKENDS), Object.keys(published.workdays).sort());
  });
});
