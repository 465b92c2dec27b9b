// The calendar's less travelled paths: the smaller date helpers, instants written every accepted way, the
// cross-bundle error check, and every refusal (typed code, and a message that names what was wrong).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CalendarError, addCalendarDays, addWorkingDays, addWorkingMinutes, chinaToday, computeDeadline, computeWorkingTimeDeadline, countWorkingDays,
  countWorkingMinutes, dayOfWeek, diffCalendarDays, isCalendarError, isIsoDate, isWorkingDay, officeDayMinutes, parseOfficeHours, toChinaDate, toEpochMs, type OfficeDay,
} from '../src/calendar/index.js';

const refuses = (fn: () => unknown, code: string, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => isCalendarError(e) && e.code === code && message.test(e.message));
};

describe('date helpers', () => {
  it('isIsoDate accepts real YYYY-MM-DD dates only, and only strings', () => {
    assert.equal(isIsoDate('2024-02-29'), true);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-1', '', 20240101, null, undefined, new String('2024-01-01'), { toString: () => '2024-01-01' }]) {
      assert.equal(isIsoDate(bad), false, String(bad));
    }
  });

  it('isIsoDate knows month lengths and the Gregorian leap years', () => {
    for (const good of ['2024-01-01', '2024-12-31', '2024-01-31', '2024-04-30', '2000-02-29', '1996-02-29', '0000-01-01', '9999-12-31']) assert.equal(isIsoDate(good), true, good);
    for (const bad of ['2024-00-10', '2024-01-00', '2024-01-32', '2024-04-31', '1900-02-29', '2100-02-29', '2023-02-29', '2024-02-30', ' 2024-01-01', '2024-01-01 ']) assert.equal(isIsoDate(bad), false, bad);
  });

  it('addCalendarDays crosses months, years and the years below 100 (which Date.UTC would shift to the 1900s)', () => {
    assert.equal(addCalendarDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addCalendarDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addCalendarDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addCalendarDays('2025-01-01', -1), '2024-12-31');
    assert.equal(addCalendarDays('0099-12-31', 1), '0100-01-01');
    assert.equal(addCalendarDays('0050-03-01', -1), '0050-02-28');
    assert.equal(addCalendarDays('1970-01-01', 0), '1970-01-01');
    assert.equal(addCalendarDays('9999-12-30', 1), '9999-12-31');
    assert.equal(addCalendarDays('0000-01-02', -1), '0000-01-01');
    refuses(() => addCalendarDays('9999-12-31', 1), 'out_of_range', /10000/);
    refuses(() => addCalendarDays('0000-01-01', -1), 'out_of_range', /-1/);
    refuses(() => addCalendarDays('2024-02-30', 1), 'invalid_date', /"2024-02-30"/);
  });

  it('isWorkingDay outside the holiday data: Monday to Friday, before 1970 too', () => {
    const days = { '1969-12-26': true, '1969-12-27': false, '1969-12-28': false, '1969-12-29': true, '1949-10-01': false, '1949-10-03': true, '2090-01-02': true, '2090-01-01': false };
    for (const [date, work] of Object.entries(days)) assert.equal(isWorkingDay(date), work, date);
  });

  it('diffCalendarDays counts calendar days, negative backwards', () => {
    assert.equal(diffCalendarDays('2024-02-28', '2024-03-01'), 2);
    assert.equal(diffCalendarDays('2024-03-01', '2024-02-28'), -2);
    assert.equal(diffCalendarDays('2024-03-01', '2024-03-01'), 0);
  });

  it('dayOfWeek is 0 for Sunday through 6 for Saturday, before 1970 too', () => {
    assert.equal(dayOfWeek('1970-01-01'), 4);
    assert.equal(dayOfWeek('2024-10-01'), 2);
    assert.equal(dayOfWeek('2024-10-05'), 6);
    assert.equal(dayOfWeek('1969-12-28'), 0);
    assert.equal(dayOfWeek('1949-10-01'), 6);
  });
});

describe('instants', () => {
  it('toEpochMs reads a zone-less date-time, with T or a space, as China wall time', () => {
    const expected = Date.parse('2026-04-08T09:30:00+08:00');
    assert.equal(toEpochMs('2026-04-08T09:30'), expected);
    assert.equal(toEpochMs('2026-04-08 09:30'), expected);
    assert.equal(toEpochMs(' 2026-04-08 09:30:00 '), expected);
    assert.equal(toEpochMs('2026-04-08T01:30Z'), expected);
    assert.equal(toEpochMs(new Date(expected)), expected);
    assert.equal(toEpochMs('2026-04-08T09:30:00.250'), expected + 250);
  });

  it('toChinaDate takes a zoned date-time with or without seconds', () => {
    assert.equal(toChinaDate('2024-01-01T16:00Z'), '2024-01-02');
    assert.equal(toChinaDate('2024-01-01T15:59:59.999Z'), '2024-01-01');
    assert.equal(toChinaDate('2024-01-01T23:30-0100'), '2024-01-02');
    assert.equal(toChinaDate(' 2024-01-01 '), '2024-01-01');
    assert.equal(toChinaDate('2024-01-01T23:59:59.999'), '2024-01-01', 'a zone-less time is China time, fractions of a second included');
  });

  it('refuses a bare date, garbage and non-finite numbers as instants, naming the input', () => {
    refuses(() => toEpochMs('2026-04-08'), 'invalid_date', /2026-04-08/);
    refuses(() => toEpochMs('2026-02-30T09:00Z'), 'invalid_date', /2026-02-30/);
    refuses(() => toEpochMs(Number.NaN), 'invalid_date', /NaN/);
    refuses(() => toEpochMs(new Date('garbage')), 'invalid_date', /Invalid/);
    refuses(() => toChinaDate(Number.POSITIVE_INFINITY), 'invalid_date', /Infinity/);
    // Only a whole date-time is one: nothing before the date, nothing after the time.
    for (const bad of ['on 2024-01-01 09:00', '12024-01-01T09:00', '2024-01-01x2024-01-01T09:00Z', '2024-01-01T09:00 noon', '2024-01-01T09:00Z!']) {
      refuses(() => toChinaDate(bad), 'invalid_date', /Not an ISO date/);
      refuses(() => toEpochMs(bad), 'invalid_date', /Not an ISO date-time/);
    }
  });

  it('refuses instants outside the four-digit years', () => {
    refuses(() => toChinaDate(Date.UTC(10_000, 0, 1)), 'out_of_range', /253402300800000/);
    refuses(() => toChinaDate(-62_198_755_200_000 - 86_400_000 * 400), 'out_of_range', /-/);
    assert.equal(toChinaDate(Date.UTC(9999, 11, 31, 15, 59)), '9999-12-31');
    assert.equal(toChinaDate(Date.parse('0000-01-01T00:00:00Z')), '0000-01-01');
  });

  it('chinaToday is the China date of the given clock, the system clock by default', () => {
    assert.equal(chinaToday(Date.parse('2024-01-01T16:00:00Z')), '2024-01-02');
    assert.equal(chinaToday(new Date('2024-01-01T15:00:00Z')), '2024-01-01');
    const before = toChinaDate(Date.now());
    const today = chinaToday();
    assert.ok([before, toChinaDate(Date.now())].includes(today));
  });
});

describe('isCalendarError', () => {
  it('recognises a CalendarError from another copy of the bundle by name and code', () => {
    const own = new CalendarError('invalid_date', 'x');
    assert.equal(isCalendarError(own), true);
    assert.equal(own.name, 'CalendarError', 'the name is what another copy recognises');
    assert.match(String(own), /^CalendarError: x$/);
    const copy = Object.assign(new Error('x'), { name: 'CalendarError', code: 'invalid_date' });
    assert.equal(isCalendarError(copy), true);
    assert.equal(isCalendarError(Object.assign(new Error('x'), { name: 'CalendarError' })), false, 'no code');
    assert.equal(isCalendarError(Object.assign(new Error('x'), { code: 'invalid_date' })), false, 'another error');
    assert.equal(isCalendarError({ name: 'CalendarError', code: 'invalid_date', message: 'x' }), false, 'not an Error');
    assert.equal(isCalendarError(undefined), false);
  });
});

describe('refusals', () => {
  it('day arithmetic: an unreadable date, a count or a range beyond 100 years', () => {
    refuses(() => countWorkingDays('2024-13-01', '2024-12-01'), 'invalid_date', /2024-13-01/);
    refuses(() => addWorkingDays('2024-01-01', 30_000), 'out_of_range', /30000 working days/);
    refuses(() => countWorkingDays('1900-01-01', '2024-01-01'), 'out_of_range', /36600 days/);
    // The guard is 36 600 days: a range of exactly that is counted.
    assert.ok(countWorkingDays('1925-01-01', addCalendarDays('1925-01-01', 36_600)) > 25_000);
    refuses(() => countWorkingDays('1925-01-01', addCalendarDays('1925-01-01', 36_601)), 'out_of_range', /36600 days/);
    assert.throws(() => countWorkingDays('1900-01-01', '2024-01-01'), (e: unknown) => isCalendarError(e) && (e.input as { from: string }).from === '1900-01-01');
  });

  it('working days: a negative count names itself; an open pause the count reaches is named, closed pauses before it or not', () => {
    refuses(() => addWorkingDays('2024-01-01', -1), 'invalid_amount', /got -1$/);
    // 5 working days after 2024-09-27 are 9/29 (调休), 9/30, 10/8, 10/9, 10/10; 10/8 paused moves the end to 10/11.
    const closed = { from: '2024-10-08', to: '2024-10-08' };
    refuses(() => addWorkingDays('2024-09-27', 5, { pauses: [closed, { from: '2024-10-10' }] }), 'open_pause', /paused from 2024-10-10 with no end/);
    assert.equal(addWorkingDays('2024-09-27', 5, { pauses: [closed, { from: '2024-10-20' }] }), '2024-10-11');
  });

  it('pauses: not a list, not an object, or ending before they start', () => {
    const deadline = (pauses: unknown) => () => computeDeadline({ acceptedOn: '2024-03-01', limit: { value: 5, unit: 'working_day' }, today: '2024-03-04', pauses: pauses as never });
    refuses(deadline({ from: '2024-03-02' }), 'invalid_pause', /array/);
    refuses(deadline([null]), 'invalid_pause', /Pause 0 .*null/);
    refuses(deadline(['2024-03-02']), 'invalid_pause', /Pause 0 must be an object.*2024-03-02/);
    refuses(deadline([{ from: '2024-03-05', to: '2024-03-04' }]), 'invalid_pause', /Pause 0 ends \(2024-03-04\) before it starts \(2024-03-05\)/);
    const minutes = (pauses: unknown) => () => addWorkingMinutes('2026-04-08T09:00', 60, { pauses: pauses as never });
    refuses(minutes({ from: '2026-04-08T10:00' }), 'invalid_pause', /array/);
    refuses(minutes([{ from: '2026-04-08T10:00', to: '2026-04-08T11:00' }, 7]), 'invalid_pause', /Pause 1 .*7/);
    refuses(minutes([{ from: '2026-04-08T10:00', to: '2026-04-08T09:59' }]), 'invalid_pause', /Pause 0 ends before it starts/);
  });

  it('working time: office hours without periods, more minutes or a longer range than 100 years hold', () => {
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 60, { officeDay: { periods: [] } }), 'invalid_office_hours', /at least one period/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 60, { officeDay: { periods: '09:00-12:00' as never } }), 'invalid_office_hours', /at least one period/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 1e9), 'out_of_range', /1000000000 working minutes do not fit in 36600 days/);
    refuses(() => countWorkingMinutes('1900-01-01T09:00', '2024-01-01T09:00'), 'out_of_range', /36600 days/);
  });
});

describe('computeWorkingTimeDeadline with a closed pause and its own office hours', () => {
  it('skips the paused time and counts only the given periods', () => {
    const officeDay: OfficeDay = { periods: [{ start: '08:00', end: '12:00' }] };
    // Wednesday 2026-04-08 08:00, 6 h of 4-hour days, paused 09:00–10:00: 3 h on Wednesday, 3 h on Thursday.
    const status = computeWorkingTimeDeadline({
      acceptedAt: '2026-04-08T08:00', minutes: 360, officeDay, now: '2026-04-08T11:00',
      pauses: [{ from: '2026-04-08T09:00', to: '2026-04-08T10:00' }],
    });
    assert.equal(status.dueAt.toISOString(), new Date('2026-04-09T11:00:00+08:00').toISOString());
    assert.equal(status.remainingWorkingMinutes, 240);
    assert.equal(status.paused, false);
  });
});

describe('working time: office hours and instants at their bounds', () => {
  const at = (wall: string): string => new Date(`${wall}:00+08:00`).toISOString();
  it('24:00 may end a period but not start one; minutes stop at 59; adjacent periods are fine', () => {
    assert.equal(officeDayMinutes(parseOfficeHours('18:00-24:00')), 360);
    assert.equal(officeDayMinutes(parseOfficeHours('00:00-00:01')), 1);
    assert.equal(officeDayMinutes(parseOfficeHours('09:00-12:00,12:00-13:00')), 240);
    assert.equal(officeDayMinutes(parseOfficeHours('09:00-23:59')), 899);
    for (const bad of ['24:00-24:00', '09:00-12:60', '09:00-24:01', '9:00-12:00', '09:00-12:00,', '09:00']) {
      refuses(() => parseOfficeHours(bad), 'invalid_office_hours', /09:00-12:00,13:30-17:30/);
    }
    refuses(() => parseOfficeHours('12:00-09:00'), 'invalid_office_hours', /ending before it starts \(12:00-09:00\)/);
    refuses(() => parseOfficeHours('09:00-12:00,11:00-17:30'), 'invalid_office_hours', /in order/);
    refuses(() => parseOfficeHours('09:00-1200'), 'invalid_office_hours', /unreadable time/);
  });

  it('counts fractions of a minute, and nothing for an empty or reversed range', () => {
    assert.equal(addWorkingMinutes('2026-04-08T09:00', 0.5).toISOString(), new Date('2026-04-08T09:00:30+08:00').toISOString());
    assert.equal(countWorkingMinutes('2026-04-08T09:00', '2026-04-08T09:00:30'), 0.5);
    assert.equal(countWorkingMinutes('2026-04-08T10:00', '2026-04-08T09:00'), 0);
    assert.equal(countWorkingMinutes('2026-04-08T10:00', '2026-04-08T10:00'), 0);
    assert.equal(addWorkingMinutes('2026-04-08T20:00', 0).toISOString(), at('2026-04-08T20:00'), '0 minutes is the start, even outside office hours');
  });

  it('a pause covering a whole period, or starting and ending inside one, costs only its office minutes', () => {
    const pause = (from: string, to: string) => ({ from: `${from}:00+08:00`, to: `${to}:00+08:00` });
    assert.equal(countWorkingMinutes('2026-04-08T09:00', '2026-04-08T17:30', { pauses: [pause('2026-04-08T08:00', '2026-04-08T12:30')] }), 240);
    assert.equal(countWorkingMinutes('2026-04-08T09:00', '2026-04-08T17:30', { pauses: [pause('2026-04-08T09:00', '2026-04-08T12:00')] }), 240);
    assert.equal(countWorkingMinutes('2026-04-08T09:00', '2026-04-08T17:30', { pauses: [pause('2026-04-08T10:00', '2026-04-08T10:30'), pause('2026-04-08T17:00', '2026-04-08T19:00')] }), 360);
    assert.equal(addWorkingMinutes('2026-04-08T09:00', 60, { pauses: [pause('2026-04-08T09:00', '2026-04-08T09:30')] }).toISOString(), at('2026-04-08T10:30'));
  });

  it('a working-time deadline: an open pause from after now is ignored, one from now pauses, a closed one ending now does not', () => {
    const base = { acceptedAt: '2026-04-08T09:00', minutes: 120, now: '2026-04-08T10:00' };
    const later = computeWorkingTimeDeadline({ ...base, pauses: [{ from: '2026-04-08T10:30' }] });
    assert.equal(later.dueAt.toISOString(), at('2026-04-08T11:00'));
    assert.equal(later.paused, false);
    const fromNow = computeWorkingTimeDeadline({ ...base, pauses: [{ from: '2026-04-08T10:00' }] });
    assert.equal(fromNow.paused, true);
    assert.equal(fromNow.remainingWorkingMinutes, 60);
    assert.equal(computeWorkingTimeDeadline({ ...base, pauses: [{ from: '2026-04-08T09:30', to: '2026-04-08T10:00' }] }).paused, false);
  });

  it('a working-time deadline counts the working days to a later due day, and is not overdue at the due instant itself', () => {
    // 10 hours from Wednesday 09:00: Wednesday's 7 hours, then 3 on Thursday → Thursday 12:00.
    const base = { acceptedAt: '2026-04-08T09:00', minutes: 600 };
    const before = computeWorkingTimeDeadline({ ...base, now: '2026-04-08T10:00' });
    assert.equal(before.dueAt.toISOString(), at('2026-04-09T12:00'));
    assert.equal(before.remainingWorkingDays, 1);
    assert.equal(before.remainingWorkingMinutes, 540);
    const atDue = computeWorkingTimeDeadline({ ...base, now: '2026-04-09T12:00' });
    assert.deepEqual([atDue.overdue, atDue.remainingWorkingMinutes, atDue.remainingWorkingDays], [false, 0, 0]);
  });

  it('overdue by no working minute (the lunch break) or no working day (the weekend) is 0, never -0', () => {
    const lunch = computeWorkingTimeDeadline({ acceptedAt: '2026-04-08T09:00', minutes: 180, now: '2026-04-08T12:30' });
    assert.equal(lunch.overdue, true);
    assert.ok(Object.is(lunch.remainingWorkingMinutes, 0));
    // Due Friday 2026-04-10 12:00; on Saturday no working day has passed since.
    const weekend = computeWorkingTimeDeadline({ acceptedAt: '2026-04-10T09:00', minutes: 180, now: '2026-04-11T10:00' });
    assert.equal(weekend.overdue, true);
    assert.ok(Object.is(weekend.remainingWorkingDays, 0));
    assert.equal(weekend.remainingWorkingMinutes, -240); // Friday 13:30–17:30
  });

  it('a working-time deadline past the holiday data is an estimate; before acceptance the whole limit remains', () => {
    assert.equal(computeWorkingTimeDeadline({ acceptedAt: '2026-12-31T17:00', minutes: 120, now: '2026-12-31T17:00' }).estimated, true);
    const early = computeWorkingTimeDeadline({ acceptedAt: '2026-04-08T09:00', minutes: 120, now: '2026-04-07T09:00' });
    assert.equal(early.remainingWorkingMinutes, 120);
    assert.equal(early.remainingWorkingDays, 0);
    assert.equal(early.overdue, false);
  });
});
