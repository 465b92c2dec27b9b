import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './fast-check-seed.js';
import {
  addWorkingMinutes, computeWorkingTimeDeadline, countWorkingMinutes, isCalendarError, isWorkingDay, officeDayMinutes,
  parseOfficeHours, workingMinutesOfLimit, type InstantPause, type OfficeDay,
} from '../src/calendar/index.js';

/** China wall time as an instant. */
const cn = (dateTime: string): Date => new Date(`${dateTime}:00+08:00`);
const iso = (d: Date): string => d.toISOString();
const add = (start: string, minutes: number, pauses?: InstantPause[], officeDay?: OfficeDay) =>
  iso(addWorkingMinutes(cn(start), minutes, { ...(pauses ? { pauses } : {}), ...(officeDay ? { officeDay } : {}) }));

describe('working time (hand-checked)', () => {
  it('4 hours from Friday 16:00 before 清明 end on the next working day at 11:30', () => {
    // 2026-04-03 is a Friday; 04-04..04-06 are the 清明 holiday; 16:00–17:30 gives 1.5 h, 09:00–11:30 the rest.
    assert.equal(add('2026-04-03T16:00', 240), iso(cn('2026-04-07T11:30')));
  });
  it('skips the lunch break', () => {
    assert.equal(add('2026-04-08T10:00', 240), iso(cn('2026-04-08T15:30')));
    assert.equal(add('2026-04-08T11:00', 60), iso(cn('2026-04-08T12:00')), 'ending at a period end gives that end');
    assert.equal(add('2026-04-08T11:00', 61), iso(cn('2026-04-08T13:31')));
  });
  it('0.5 working day is 3.5 hours of the office day', () => {
    assert.equal(officeDayMinutes(), 420);
    assert.equal(workingMinutesOfLimit({ value: 0.5, unit: 'working_day' }), 210);
    assert.equal(add('2026-04-08T09:00', 210), iso(cn('2026-04-08T14:00')));
    assert.equal(workingMinutesOfLimit({ value: 4, unit: 'hour' }), 240);
    assert.equal(workingMinutesOfLimit({ value: 30, unit: 'minute' }), 30);
    assert.equal(workingMinutesOfLimit({ value: 1, unit: 'working_day' }), undefined, 'whole days keep the day rules');
    assert.equal(workingMinutesOfLimit({ value: 2, unit: 'month' }), undefined);
  });
  it('a start before 9:00, in the lunch break or after 17:30 begins at the next period', () => {
    assert.equal(add('2026-04-08T07:15', 60), iso(cn('2026-04-08T10:00')));
    assert.equal(add('2026-04-08T12:30', 30), iso(cn('2026-04-08T14:00')));
    assert.equal(add('2026-04-08T18:00', 60), iso(cn('2026-04-09T10:00')));
  });
  it('counts a 调休 working Saturday', () => {
    // 2026-10-10 is a Saturday worked in exchange for the 国庆 holiday.
    assert.equal(add('2026-10-09T16:00', 240), iso(cn('2026-10-10T11:30')));
  });
  it('a pause mid-afternoon moves the due time by the paused office minutes', () => {
    assert.equal(add('2026-04-08T09:00', 240), iso(cn('2026-04-08T14:30')));
    assert.equal(add('2026-04-08T09:00', 240, [{ from: cn('2026-04-08T14:00'), to: cn('2026-04-08T15:00') }]), iso(cn('2026-04-08T15:30')));
    // A pause over the lunch break costs only its office minutes.
    assert.equal(add('2026-04-08T09:00', 240, [{ from: cn('2026-04-08T11:50'), to: cn('2026-04-08T13:40') }]), iso(cn('2026-04-08T14:50')));
    assert.equal(countWorkingMinutes(cn('2026-04-08T09:00'), cn('2026-04-08T17:30'), { pauses: [{ from: cn('2026-04-08T14:00'), to: cn('2026-04-08T15:00') }] }), 360);
  });
  it('an open pause makes the due time unknown', () => {
    assert.throws(() => addWorkingMinutes(cn('2026-04-08T09:00'), 240, { pauses: [{ from: cn('2026-04-08T10:00') }] }), (e: unknown) => isCalendarError(e) && e.code === 'open_pause');
    assert.equal(add('2026-04-08T09:00', 60, [{ from: '2026-04-08T10:00:00+08:00' }]), iso(cn('2026-04-08T10:00')), 'done before the pause');
  });
  it('reads office hours and refuses malformed ones', () => {
    const day = parseOfficeHours('08:30-12:00, 14:00-18:00');
    assert.deepEqual(day, { periods: [{ start: '08:30', end: '12:00' }, { start: '14:00', end: '18:00' }] });
    assert.equal(officeDayMinutes(day), 450);
    assert.equal(add('2026-04-08T11:00', 120, undefined, day), iso(cn('2026-04-08T15:00')));
    for (const bad of ['', '9-12', '09:00-12:00;13:30-17:30', '12:00-09:00', '09:00-12:00,11:00-17:30', '25:00-26:00', '09:00-12:00-13:00', '24:00-24:00']) {
      assert.throws(() => parseOfficeHours(bad), (e: unknown) => isCalendarError(e) && e.code === 'invalid_office_hours' && /09:00-12:00,13:30-17:30/.test(e.message), bad);
    }
  });
  it('refuses a negative amount and an unreadable instant', () => {
    assert.throws(() => addWorkingMinutes(cn('2026-04-08T09:00'), -1), (e: unknown) => isCalendarError(e) && e.code === 'invalid_amount');
    assert.throws(() => countWorkingMinutes('2026-04-08', cn('2026-04-09T09:00')), (e: unknown) => isCalendarError(e) && e.code === 'invalid_date');
  });
});

describe('working-time deadline', () => {
  const accepted = cn('2026-04-03T16:00');
  it('reports the due instant and the remaining minutes', () => {
    const d = computeWorkingTimeDeadline({ acceptedAt: accepted, minutes: 240, now: cn('2026-04-07T10:00') });
    assert.deepEqual(
      { ...d, dueAt: iso(d.dueAt) },
      { dueAt: iso(cn('2026-04-07T11:30')), dueDate: '2026-04-07', remainingWorkingMinutes: 90, remainingWorkingDays: 0, paused: false, overdue: false, estimated: false },
    );
  });
  it('goes negative once overdue, without counting the lunch break', () => {
    // Due 11:30: 11:30–12:00 and 13:30–13:45 are overdue office time, the lunch break is not.
    const d = computeWorkingTimeDeadline({ acceptedAt: accepted, minutes: 240, now: cn('2026-04-07T13:45') });
    assert.equal(d.remainingWorkingMinutes, -45);
    assert.equal(d.overdue, true);
    assert.equal(computeWorkingTimeDeadline({ acceptedAt: accepted, minutes: 240, now: cn('2026-04-08T09:00') }).remainingWorkingDays, -1);
  });
  it('an open pause freezes the clock now and moves the due time while it runs', () => {
    const d = computeWorkingTimeDeadline({ acceptedAt: accepted, minutes: 240, now: cn('2026-04-07T10:00'), pauses: [{ from: cn('2026-04-07T09:30') }] });
    assert.equal(iso(d.dueAt), iso(cn('2026-04-07T12:00')));
    assert.equal(d.remainingWorkingMinutes, 120);
    assert.equal(d.paused, true);
  });
});

// The oracle walks minute by minute: a minute counts when its China day is a working day, it lies inside an
// office period and outside every pause. Independent of the interval arithmetic under test.
const PERIODS: readonly (readonly [number, number])[] = [[540, 720], [810, 1050]];
const MIN = 60_000;
function counts(t: number, pauses: readonly (readonly [number, number])[]): boolean {
  const local = new Date(t + 8 * 3_600_000);
  const minuteOfDay = local.getUTCHours() * 60 + local.getUTCMinutes();
  return isWorkingDay(local.toISOString().slice(0, 10))
    && PERIODS.some(([a, b]) => minuteOfDay >= a && minuteOfDay < b)
    && !pauses.some(([a, b]) => t >= a && t < b);
}
function oracleAdd(start: number, m: number, pauses: readonly (readonly [number, number])[]): number {
  let t = start;
  for (let counted = 0; counted < m; t += MIN) if (counts(t, pauses)) counted++;
  return t;
}

const BASE = Date.UTC(2026, 0, 1) - 8 * 3_600_000;
const startMinute = fc.integer({ min: 0, max: 330 * 24 * 60 }).map((m) => BASE + m * MIN);
const pausesNear = (start: number) =>
  fc.array(fc.tuple(fc.integer({ min: -600, max: 4000 }), fc.integer({ min: 1, max: 900 })), { maxLength: 3 })
    .map((ps) => ps.map(([off, len]) => [start + off * MIN, start + (off + len) * MIN] as const));

describe('working time properties', () => {
  it('addWorkingMinutes agrees with a minute-by-minute walk, and counting back gives the minutes', () => {
    fc.assert(
      fc.property(startMinute.chain((s) => fc.tuple(fc.constant(s), pausesNear(s))), fc.integer({ min: 0, max: 1500 }), ([start, pauses], m) => {
        const options = { pauses: pauses.map(([from, to]) => ({ from, to })) };
        const due = addWorkingMinutes(start, m, options).getTime();
        assert.equal(due, m === 0 ? start : oracleAdd(start, m, pauses));
        assert.equal(countWorkingMinutes(start, due, options), m);
      }),
      { numRuns: 150 },
    );
  });
  it('countWorkingMinutes agrees with a minute-by-minute walk', () => {
    fc.assert(
      fc.property(startMinute.chain((s) => fc.tuple(fc.constant(s), pausesNear(s))), fc.integer({ min: 0, max: 6000 }), ([from, pauses], span) => {
        let expected = 0;
        for (let t = from; t < from + span * MIN; t += MIN) if (counts(t, pauses)) expected++;
        assert.equal(countWorkingMinutes(from, from + span * MIN, { pauses: pauses.map(([a, b]) => ({ from: a, to: b })) }), expected);
      }),
      { numRuns: 150 },
    );
  });
});
