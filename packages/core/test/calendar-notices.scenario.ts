// addHolidayNotice changes process-wide state: calendar-notices.test.ts runs this file in a child process of its own,
// so no test in any other file (and no runner setting such as --test-isolation=none) can see the notice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addHolidayNotice, calendarCoverage, computeDeadline, isCalendarError, isWorkingDay } from '../src/calendar/index.js';

// An invented notice for a year far from any published one (illustrative, not a real schedule).
const NOTICE = {
  year: 2031,
  holidays: ['2031-01-01', '2031-01-02', '2031-01-03'],
  workWeekends: ['2031-01-04'],
};

describe('addHolidayNotice', () => {
  it('before: an uncovered year counts weekdays only and deadlines are estimates', () => {
    assert.equal(isWorkingDay('2031-01-01'), true); // a Wednesday
    assert.equal(computeDeadline({ acceptedOn: '2030-12-31', limit: { value: 3, unit: 'working_day' }, today: '2030-12-31' }).estimated, true);
  });
  it('after: the notice’s holidays and 调休 weekends count, coverage grows, the deadline moves', () => {
    const before = computeDeadline({ acceptedOn: '2031-12-30', limit: { value: 3, unit: 'working_day' }, today: '2031-12-30' });
    addHolidayNotice(NOTICE);
    assert.equal(isWorkingDay('2031-01-01'), false);
    assert.equal(isWorkingDay('2031-01-04'), true); // a Saturday made a working day
    assert.ok(calendarCoverage().years.includes(2031));
    assert.equal(calendarCoverage().lastYear, 2031);
    // 2030-12-31 (Tue) accepted, 3 working days: 01-04 (Sat, 调休), 01-06 (Mon), 01-07 (Tue).
    const s = computeDeadline({ acceptedOn: '2030-12-31', limit: { value: 3, unit: 'working_day' }, today: '2030-12-31' });
    assert.equal(s.dueDate, '2031-01-07');
    assert.equal(s.estimated, true); // 2030 itself is still unknown
    assert.equal(before.estimated, true);
    assert.equal(computeDeadline({ acceptedOn: '2031-03-03', limit: { value: 3, unit: 'working_day' }, today: '2031-03-03' }).estimated, false);
  });
  it('replacing a year’s notice drops the days it no longer lists, and only that year’s', () => {
    addHolidayNotice({ ...NOTICE, holidays: ['2031-01-01'], workWeekends: [] });
    assert.equal(isWorkingDay('2031-01-02'), true);
    assert.equal(isWorkingDay('2031-01-04'), false);
    assert.equal(isWorkingDay('2024-10-01'), false, 'another year’s holiday stays');
    assert.equal(isWorkingDay('2024-09-29'), true, 'another year’s 调休 Sunday stays');
  });
  it('a notice for a year before the data keeps the years in order; 1900 and 9999 are the bounds', () => {
    addHolidayNotice({ year: 2003, holidays: ['2003-10-01'], workWeekends: [] });
    addHolidayNotice({ year: 1900, holidays: ['1900-01-01'], workWeekends: [] });
    addHolidayNotice({ year: 9999, holidays: ['9999-01-01'], workWeekends: [] });
    const { years, firstYear, lastYear } = calendarCoverage();
    assert.deepEqual([...years].sort((a, b) => a - b), years);
    assert.deepEqual([firstYear, lastYear], [1900, 9999]);
    assert.equal(isWorkingDay('2003-10-01'), false);
  });
  it('bad notices are typed errors that name the fix', () => {
    const rejects = (n: unknown, re: RegExp) => assert.throws(() => addHolidayNotice(n as typeof NOTICE), (e: unknown) => isCalendarError(e) && e.code === 'invalid_date' && re.test(e.message));
    for (const year of [31, 1899, 10_000, 2031.5]) rejects({ ...NOTICE, year }, new RegExp(`4-digit year, got ${year}$`));
    rejects({ ...NOTICE, holidays: [new String('2031-01-01')] }, /not a 'YYYY-MM-DD' date in 2031/);
    rejects({ ...NOTICE, workWeekends: '2031-01-04' }, /^workWeekends of the 2031 holiday notice must be a list/);
    rejects({ ...NOTICE, holidays: ['2031-13-01'] }, /^holidays of the 2031 holiday notice lists "2031-13-01"/);
    rejects({ ...NOTICE, holidays: ['2030-01-01'] }, /not a 'YYYY-MM-DD' date in 2031/);
    rejects({ ...NOTICE, holidays: ['2031-02-30'] }, /2031-02-30/);
    rejects({ ...NOTICE, holidays: '2031-01-01' }, /must be a list/);
    rejects({ ...NOTICE, workWeekends: ['2031-01-01'] }, /^2031-01-01 is listed both as a holiday and as a working weekend/);
    rejects({ ...NOTICE, holidays: [] }, /lists no holidays/);
  });
});
