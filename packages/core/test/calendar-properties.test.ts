import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './fast-check-seed.js';
import chineseDays from 'chinese-days';
import { addCalendarDays, addWorkingDays, computeDeadline, countWorkingDays, isWorkingDay, type ClockPause } from '../src/calendar/index.js';

const DAY = 86_400_000;
const iso = (epochDay: number): string => new Date(epochDay * DAY).toISOString().slice(0, 10);

/** Start dates inside the covered years, leaving room for up to ~80 working days plus pauses. */
const date = fc.integer({ min: Date.UTC(2004, 0, 1) / DAY, max: Date.UTC(2026, 5, 30) / DAY }).map(iso);
const amount = fc.integer({ min: 0, max: 40 });
const closedPause = (start: string) =>
  fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([offset, length]): ClockPause => {
    const from = addCalendarDays(start, offset);
    return { from, to: addCalendarDays(from, length) };
  });
const withPauses = date.chain((start) => fc.tuple(fc.constant(start), fc.array(closedPause(start), { maxLength: 3 })));

function localMidnight(d: string): Date {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, day);
}

describe('calendar properties', () => {
  it('countWorkingDays(d, addWorkingDays(d, n)) = n, with and without countStartDay and pauses', () => {
    fc.assert(
      fc.property(withPauses, amount, fc.boolean(), ([start, pauses], n, countStartDay) => {
        fc.pre(n >= 1 || !countStartDay); // n = 0 with countStartDay is the start day itself (documented)
        const due = addWorkingDays(start, n, { countStartDay, pauses });
        assert.equal(countWorkingDays(start, due, { countStartDay, pauses }), n);
      }),
    );
  });
  it('the result is a working day, outside every pause, for n ≥ 1', () => {
    fc.assert(
      fc.property(withPauses, amount.filter((n) => n >= 1), fc.boolean(), ([start, pauses], n, countStartDay) => {
        const due = addWorkingDays(start, n, { countStartDay, pauses });
        assert.ok(isWorkingDay(due), due);
        assert.ok(pauses.every((p) => due < p.from || due > (p.to ?? '9999-12-31')), due);
      }),
    );
  });
  it('pauses only push the due date later (never earlier)', () => {
    fc.assert(
      fc.property(withPauses, amount, fc.boolean(), ([start, pauses], n, countStartDay) => {
        assert.ok(addWorkingDays(start, n, { countStartDay, pauses }) >= addWorkingDays(start, n, { countStartDay }));
      }),
    );
  });
  it('one more working day is strictly later', () => {
    fc.assert(fc.property(date, amount, (start, n) => addWorkingDays(start, n + 1) > addWorkingDays(start, n)));
  });
  it('agrees with chinese-days findWorkday (independent oracle) for n ≥ 1', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (start, n) => {
        assert.equal(addWorkingDays(start, n), chineseDays.findWorkday(n, localMidnight(start)));
      }),
    );
  });
  it('computeDeadline: elapsed + remaining = limit for working-day limits once accepted (closed pauses)', () => {
    fc.assert(
      fc.property(withPauses, amount, fc.integer({ min: 0, max: 120 }), fc.boolean(), ([acceptedOn, pauses], n, after, countStartDay) => {
        fc.pre(n >= 1 || !countStartDay);
        const today = addCalendarDays(acceptedOn, after);
        const s = computeDeadline({ acceptedOn, limit: { value: n, unit: 'working_day' }, pauses, countStartDay, today });
        assert.equal(s.elapsedWorkingDays + s.remainingWorkingDays, n);
        assert.equal(s.overdue, today > s.dueDate);
        if (s.overdue) assert.ok(s.remainingWorkingDays <= 0);
      }),
    );
  });
  it('an open pause freezes remaining working days while it lasts', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (acceptedOn, n, startOffset, extra) => {
        const from = addCalendarDays(acceptedOn, startOffset);
        const pauses = [{ from }];
        const limit = { value: n, unit: 'working_day' } as const;
        const a = computeDeadline({ acceptedOn, limit, pauses, today: from });
        const b = computeDeadline({ acceptedOn, limit, pauses, today: addCalendarDays(from, extra) });
        assert.equal(a.paused, true);
        assert.equal(b.remainingWorkingDays, a.remainingWorkingDays);
        assert.equal(b.elapsedWorkingDays, a.elapsedWorkingDays);
        assert.ok(b.dueDate >= a.dueDate);
      }),
    );
  });
});
