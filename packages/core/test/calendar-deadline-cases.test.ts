// Deadlines worked out by hand on a wall calendar, not with the calendar's own functions: an independent oracle
// for countStartDay, limit guards and open/closed pause mixes. March 2025 has no public holiday or 调休 day:
// 03-03 is a Monday, 03-08/09 and 03-15/16 are weekends.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline, isCalendarError, type DeadlineInput } from '../src/calendar/index.js';

const accepted = '2025-03-03';
const status = (over: Partial<DeadlineInput>) => computeDeadline({ acceptedOn: accepted, limit: { value: 5, unit: 'working_day' }, today: accepted, ...over });

describe('countStartDay', () => {
  it('working days: the acceptance day is day 1 only when asked', () => {
    assert.equal(status({}).dueDate, '2025-03-10'); // 04 05 06 07 10
    assert.equal(status({ countStartDay: true }).dueDate, '2025-03-07'); // 03 04 05 06 07
  });
  it('calendar days: an end on Saturday moves to Monday; counting the start day ends on Friday', () => {
    assert.equal(status({ limit: { value: 5, unit: 'calendar_day' } }).dueDate, '2025-03-10'); // 04…08 (Sat) → 10
    assert.equal(status({ limit: { value: 5, unit: 'calendar_day' }, countStartDay: true }).dueDate, '2025-03-07');
  });
  it('months: counting the start day ends one day earlier', () => {
    assert.equal(status({ limit: { value: 1, unit: 'month' }, acceptedOn: '2025-03-12', today: '2025-03-12' }).dueDate, '2025-04-14'); // 04-12 is a Saturday
    assert.equal(status({ limit: { value: 1, unit: 'month' }, acceptedOn: '2025-03-12', today: '2025-03-12', countStartDay: true }).dueDate, '2025-04-11');
  });
});

describe('countStartDay around the acceptance day', () => {
  const due = { dueDate: '2025-03-07', paused: false, estimated: false }; // 03 04 05 06 07
  it('before acceptance the whole limit remains, the acceptance day included', () => {
    assert.deepEqual(status({ countStartDay: true, today: '2025-02-28' }), { ...due, elapsedWorkingDays: 0, remainingWorkingDays: 5, overdue: false });
  });
  it('on the acceptance day that day is used: 1 elapsed, 4 remaining', () => {
    assert.deepEqual(status({ countStartDay: true }), { ...due, elapsedWorkingDays: 1, remainingWorkingDays: 4, overdue: false });
  });
  it('the Saturday after a Friday due date is overdue by 0 working days, never -0', () => {
    const s = status({ countStartDay: true, today: '2025-03-08' });
    assert.deepEqual(s, { ...due, elapsedWorkingDays: 5, remainingWorkingDays: 0, overdue: true });
    assert.ok(Object.is(s.remainingWorkingDays, 0));
  });
});

describe('month limits', () => {
  it('a 0-month limit is due on the acceptance day, counting the start day or not', () => {
    // Accepted on a Tuesday, so a day too early would show (a Monday is a working day).
    const tuesday = { acceptedOn: '2025-03-04', today: '2025-03-04', limit: { value: 0, unit: 'month' } } as const;
    for (const countStartDay of [false, true]) assert.equal(status({ ...tuesday, countStartDay }).dueDate, '2025-03-04');
  });
  it('a pause on the corresponding day itself pushes the end by that day', () => {
    // 1 month from Monday 03-10 ends on Thursday 04-10; 04-10 paused → Friday 04-11.
    const month = { limit: { value: 1, unit: 'month' }, acceptedOn: '2025-03-10', today: '2025-03-10' } as const;
    assert.equal(status(month).dueDate, '2025-04-10');
    assert.equal(status({ ...month, pauses: [{ from: '2025-04-10', to: '2025-04-10' }] }).dueDate, '2025-04-11');
  });
  it('years below 1000 keep four digits: 1 month from 0999-01-15 is Friday 0999-02-15, 12 months reach year 1000', () => {
    const early = { acceptedOn: '0999-01-15', today: '0999-01-15' };
    assert.equal(status({ ...early, limit: { value: 1, unit: 'month' } }).dueDate, '0999-02-15');
    assert.equal(status({ ...early, limit: { value: 12, unit: 'month' } }).dueDate, '1000-01-15'); // a Wednesday
  });
});

describe('limit guards', () => {
  // Without the guard a negative calendar-day limit never reaches its count: the guard must refuse it first.
  for (const limit of [{ value: -1, unit: 'calendar_day' }, { value: -1, unit: 'working_day' }, { value: -2, unit: 'month' }, { value: 1.5, unit: 'calendar_day' }, { value: Number.NaN, unit: 'year' }] as const) {
    it(`refuses ${limit.value} ${limit.unit} as invalid_amount`, () => {
      assert.throws(() => status({ limit }), (e: unknown) => isCalendarError(e) && e.code === 'invalid_amount' && e.message.endsWith(`got ${limit.value}`));
    });
  }
  it('refuses an unknown unit as invalid_unit', () => {
    assert.throws(() => status({ limit: { value: 5, unit: 'week' as never } }), (e: unknown) => isCalendarError(e) && e.code === 'invalid_unit' && e.message.includes('"week"'));
  });
  it('a zero limit is due on the acceptance day', () => {
    assert.equal(status({ limit: { value: 0, unit: 'calendar_day' } }).dueDate, accepted);
  });
});

describe('open and closed pauses', () => {
  it('an open pause that starts after today does not move today\'s view', () => {
    const s = status({ today: '2025-03-05', pauses: [{ from: '2025-03-06' }] });
    assert.deepEqual(s, { dueDate: '2025-03-10', elapsedWorkingDays: 2, remainingWorkingDays: 3, paused: false, overdue: false, estimated: false });
  });
  it('an open pause that started today freezes the clock and is assumed to end today', () => {
    const s = status({ today: '2025-03-06', pauses: [{ from: '2025-03-06', to: null }] });
    assert.deepEqual(s, { dueDate: '2025-03-11', elapsedWorkingDays: 2, remainingWorkingDays: 3, paused: true, overdue: false, estimated: false });
  });
  it('a closed pause and an open one both push the due date out', () => {
    // Counted: 04, (05 paused), 06, 07, (10 11 paused, open until today), 12, 13.
    const s = status({ today: '2025-03-11', pauses: [{ from: '2025-03-05', to: '2025-03-05' }, { from: '2025-03-10' }] });
    assert.deepEqual(s, { dueDate: '2025-03-13', elapsedWorkingDays: 3, remainingWorkingDays: 2, paused: true, overdue: false, estimated: false });
  });
  it('calendar days skip paused days too, and the result reports overdue after the due date', () => {
    // 04, (05 06 paused), 07 08 09 10 → 10 (Monday).
    const s = status({ limit: { value: 5, unit: 'calendar_day' }, today: '2025-03-12', pauses: [{ from: '2025-03-05', to: '2025-03-06' }] });
    assert.deepEqual(s, { dueDate: '2025-03-10', elapsedWorkingDays: 5, remainingWorkingDays: -2, paused: false, overdue: true, estimated: false });
  });
});
