// Working-time refusals and bounds: each refusal has its typed code and a message naming what was wrong (the
// amount, the open pause's start, the office hours as written), and the amounts and pauses at their limits.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addCalendarDays, addWorkingMinutes, countWorkingMinutes, isCalendarError, officeDayMinutes, parseOfficeHours, workingMinutesOfLimit } from '../src/calendar/index.js';

const refuses = (fn: () => unknown, code: string, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => isCalendarError(e) && e.code === code && message.test(e.message));
};

describe('working minutes: the amount', () => {
  it('a negative, infinite, unreadable or non-numeric amount is refused and named', () => {
    refuses(() => addWorkingMinutes('2026-04-08T09:00', -1), 'invalid_amount', /non-negative number, got -1$/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', Number.POSITIVE_INFINITY), 'invalid_amount', /got Infinity$/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', Number.NaN), 'invalid_amount', /got NaN$/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', '60' as never), 'invalid_amount', /got 60$/);
  });
  it('only a working-day limit counts fractions of the office day', () => {
    assert.equal(workingMinutesOfLimit({ value: 0.5, unit: 'calendar_day' }), undefined);
    assert.equal(workingMinutesOfLimit({ value: 1.5, unit: 'working_day' }), 630);
  });
  it('a fraction of a minute too small to be a millisecond is no time at all', () => {
    assert.equal(addWorkingMinutes('2026-04-08T10:00', 0.000001).toISOString(), new Date('2026-04-08T10:00:00+08:00').toISOString());
  });
});

describe('working minutes: open pauses', () => {
  it('the refusal names where the clock stopped', () => {
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 240, { pauses: [{ from: '2026-04-08T10:00' }] }), 'open_pause', /paused from 2026-04-08T02:00:00\.000Z with no end/);
  });
  it('a pause that is null is refused and named', () => {
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 60, { pauses: [null as never] }), 'invalid_pause', /Pause 0 must be an object .*null/);
  });
  it('a pause with a null end is open', () => {
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 240, { pauses: [{ from: '2026-04-08T10:00', to: null }] }), 'open_pause', /2026-04-08T02:00:00\.000Z/);
  });
  it('of two open pauses, the earlier stops the clock', () => {
    refuses(
      () => addWorkingMinutes('2026-04-08T09:00', 600, { pauses: [{ from: '2026-04-09T10:00' }, { from: '2026-04-08T15:00' }] }),
      'open_pause', /2026-04-08T07:00:00\.000Z/,
    );
  });
  it('an open pause that starts on a later day lets a due time today stand, and stops one that would reach it', () => {
    assert.equal(addWorkingMinutes('2026-04-08T09:00', 420, { pauses: [{ from: '2026-04-09T09:00' }] }).toISOString(), new Date('2026-04-08T17:30:00+08:00').toISOString());
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 421, { pauses: [{ from: '2026-04-09T09:00' }] }), 'open_pause', /2026-04-09T01:00:00\.000Z/);
    // Open from the evening: nothing after it counts, so the next morning's minutes cannot be reached.
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 421, { pauses: [{ from: '2026-04-08T20:00' }] }), 'open_pause', /2026-04-08T12:00:00\.000Z/);
  });
  it('an open pause after the due time, on the due day or later, lets it stand', () => {
    // 500 minutes from Wednesday 09:00: 420 on Wednesday, 80 on Thursday, due Thursday 10:20.
    const due = new Date('2026-04-09T10:20:00+08:00').toISOString();
    assert.equal(addWorkingMinutes('2026-04-08T09:00', 500, { pauses: [{ from: '2026-04-10T09:00' }] }).toISOString(), due);
    assert.equal(addWorkingMinutes('2026-04-08T09:00', 500, { pauses: [{ from: '2026-04-09T12:00' }] }).toISOString(), due);
  });
  it('a pause of no length is allowed and changes nothing', () => {
    const at = '2026-04-08T10:00';
    assert.equal(addWorkingMinutes('2026-04-08T09:00', 120, { pauses: [{ from: at, to: at }] }).toISOString(), new Date('2026-04-08T11:00:00+08:00').toISOString());
  });
  it('counting minutes stops at an open pause', () => {
    assert.equal(countWorkingMinutes('2026-04-08T09:00', '2026-04-09T17:30', { pauses: [{ from: '2026-04-08T16:30' }] }), 360);
  });
});

describe('office hours as written', () => {
  it('the refusal quotes what was given', () => {
    refuses(() => parseOfficeHours('09:00'), 'invalid_office_hours', /got "09:00"$/);
    refuses(() => parseOfficeHours('09:00-12:00,'), 'invalid_office_hours', /got "09:00-12:00,"$/);
    refuses(() => parseOfficeHours('09:00-12:00-13:00'), 'invalid_office_hours', /got "09:00-12:00-13:00"/);
  });
  it('minutes stop at 59, hours at 24, and 24:00 only ends a period', () => {
    for (const bad of ['09:60-12:00', '09:00-12:60', '25:00-26:00', '24:00-24:00', '23:00-24:01', '9:00-12:00', '09:00-12:0']) {
      refuses(() => parseOfficeHours(bad), 'invalid_office_hours', /unreadable time|ending before|09:00-12:00,13:30-17:30/);
    }
    assert.deepEqual(parseOfficeHours(' 09:59 - 24:00 '), { periods: [{ start: '09:59', end: '24:00' }] });
    assert.deepEqual(parseOfficeHours('00:00-09:00'), { periods: [{ start: '00:00', end: '09:00' }] });
  });
  it('a period may start where the previous one ended, not before', () => {
    assert.equal(parseOfficeHours('09:00-12:00,12:00-13:00').periods.length, 2);
    refuses(() => parseOfficeHours('09:00-12:00,11:59-13:00'), 'invalid_office_hours', /in order/);
    refuses(() => parseOfficeHours('13:00-14:00,09:00-12:00'), 'invalid_office_hours', /in order/);
  });
  it('a time is two digits, a colon and two digits, nothing around them', () => {
    for (const bad of ['109:00-12:00', '09:000-12:00', '09:00-12:00x']) refuses(() => parseOfficeHours(bad), 'invalid_office_hours', /unreadable time/);
  });
  it('a period of no length is refused and named', () => {
    refuses(() => parseOfficeHours('09:00-09:00'), 'invalid_office_hours', /ending before it starts \(09:00-09:00\)/);
  });
  it('office hours that are no object, or periods with unreadable times, are refused', () => {
    refuses(() => officeDayMinutes(null as never), 'invalid_office_hours', /at least one period/);
    refuses(() => parseOfficeHours('24:00-24:00'), 'invalid_office_hours', /unreadable time/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 60, { officeDay: { periods: [{ start: ['09:00'], end: '12:00' }] } as never }), 'invalid_office_hours', /unreadable time/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 60, { officeDay: '09:00-12:00' as never }), 'invalid_office_hours', /at least one period/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 60, { officeDay: { periods: [null] } as never }), 'invalid_office_hours', /unreadable time in null/);
    refuses(() => addWorkingMinutes('2026-04-08T09:00', 60, { officeDay: { periods: [{ start: 900, end: '12:00' }] } as never }), 'invalid_office_hours', /unreadable time/);
  });
});

describe('the 100-year span', () => {
  it('minutes are counted over exactly 36600 days, not one more', () => {
    const from = '1925-01-01T09:00';
    assert.ok(countWorkingMinutes(from, `${addCalendarDays('1925-01-01', 36_600)}T09:00`) > 25_000 * 420);
    const to = `${addCalendarDays('1925-01-01', 36_601)}T09:00`;
    refuses(() => countWorkingMinutes(from, to), 'out_of_range', /longer than 36600 days/);
    assert.throws(() => countWorkingMinutes(from, to), (e: unknown) => isCalendarError(e) && JSON.stringify(e.input) === JSON.stringify({ from, to }));
  });
});
