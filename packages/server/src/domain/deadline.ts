import {
  CASE_STATUS_INFO, DEFAULT_OFFICE_DAY, computeDeadline, computeWorkingTimeDeadline, countWorkingDays, toChinaDate,
  workingMinutesOfLimit, type CaseStatus, type ClockPause, type Deadline, type DeadlineLimit, type OfficeDay, type TimeLimit,
} from '@zwfw/core';
import { toTimestamp } from './time.js';

/** A status change as stored (enough to reconstruct when the clock ran). */
export interface StatusChange {
  toStatus: CaseStatus;
  at: Date;
  /**
   * Entering 特别程序: the matter says this procedure's time counts toward the limit (e.g. 现场核查 within
   * the promised days), so the clock keeps running although the status is special_procedure.
   */
  countsTowardLimit?: boolean;
}

/** A pause as instants: entered at `from`, left at `to` (absent while it runs). */
export interface InstantPauseSpan {
  from: Date;
  to?: Date;
}

/** How a limit is counted: in working minutes, or by the core calendar's day rules. */
export type CountedLimit = { kind: 'time'; minutes: number } | { kind: 'days'; limit: DeadlineLimit };

/**
 * Minute and hour limits, and fractional working-day limits (0.5 个工作日 = half the office day), are counted
 * in working time; whole working-day, calendar-day, month and year limits go to the core calendar by the
 * day (a fractional calendar-day, month or year value rounds up).
 */
export function countedLimit(limit: TimeLimit, officeDay: OfficeDay = DEFAULT_OFFICE_DAY): CountedLimit {
  const minutes = workingMinutesOfLimit(limit, officeDay);
  if (minutes !== undefined || limit.unit === 'minute' || limit.unit === 'hour') return { kind: 'time', minutes: minutes ?? 0 };
  return { kind: 'days', limit: { value: Math.ceil(limit.value), unit: limit.unit } };
}

function pauses(change: StatusChange): boolean {
  return CASE_STATUS_INFO[change.toStatus].pausesClock && change.countsTowardLimit !== true;
}

/**
 * Clock pauses from the status history, as instants: a pause runs from entering a pausing status (补正, a
 * 特别程序 that does not count toward the limit) to leaving it. An open pause has no end.
 */
export function pauseSpansFrom(history: readonly StatusChange[]): InstantPauseSpan[] {
  const spans: InstantPauseSpan[] = [];
  let open: Date | undefined;
  for (const change of history) {
    if (pauses(change) && open === undefined) open = change.at;
    else if (!pauses(change) && open !== undefined) {
      spans.push({ from: open, to: change.at });
      open = undefined;
    }
  }
  if (open !== undefined) spans.push({ from: open });
  return spans;
}

/**
 * Clock pauses by the day: a pause starts on the (China) day the case enters a pausing status and ends the
 * day before it leaves it, so the stopping day does not count and the resuming day does. A pause entered and
 * left on the same day pauses nothing. An open pause has no end.
 */
export function pausesFrom(history: readonly StatusChange[]): ClockPause[] {
  return pauseSpansFrom(history).flatMap((s): ClockPause[] => {
    const from = toChinaDate(s.from);
    if (s.to === undefined) return [{ from }];
    const to = dayBefore(toChinaDate(s.to));
    return to >= from ? [{ from, to }] : [];
  });
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The public deadline of a case. Before 受理 the clock has not started: the deadline is *projected* (as if
 * accepted now) so the applicant sees the promised limit at submission, and null once the case ended
 * without acceptance (不予受理, 撤回). Once the clock stops (办结, 撤回, …) it is read as of that moment, so a
 * closed case keeps the figures it ended with. Limits counted in working time also give dueAt and the
 * remaining working minutes.
 */
export function caseDeadline(input: {
  limit: TimeLimit;
  acceptedAt: Date | null;
  history: readonly StatusChange[];
  countStartDay: boolean;
  officeDay?: OfficeDay;
  now?: Date;
}): Deadline | null {
  const now = input.now ?? new Date();
  const stop = input.history.find((c) => CASE_STATUS_INFO[c.toStatus].clock === 'stopped');
  const counted = countedLimit(input.limit, input.officeDay);
  const options = { counted, countStartDay: input.countStartDay, officeDay: input.officeDay ?? DEFAULT_OFFICE_DAY };
  if (input.acceptedAt === null) {
    if (stop !== undefined) return null;
    const projected = figures({ ...options, acceptedAt: now, until: now, history: [] });
    return { limit: input.limit, ...projected.shown, paused: false, projected: true };
  }
  const until = stop?.at ?? now;
  const status = figures({
    ...options, acceptedAt: input.acceptedAt, until: until < input.acceptedAt ? input.acceptedAt : until, history: input.history,
  });
  return {
    limit: input.limit,
    ...status.shown,
    paused: stop === undefined && status.paused,
    pausedWorkingDays: status.pausedWorkingDays,
  };
}

type Shown = Pick<Deadline, 'dueDate' | 'dueAt' | 'remainingWorkingDays' | 'remainingWorkingMinutes' | 'estimated'>;

// The figures of a deadline read at `until`, by working time or by the day.
function figures(input: {
  counted: CountedLimit; countStartDay: boolean; officeDay: OfficeDay; acceptedAt: Date; until: Date; history: readonly StatusChange[];
}): { shown: Shown; paused: boolean; pausedWorkingDays: number } {
  const acceptedOn = toChinaDate(input.acceptedAt);
  const today = toChinaDate(input.until);
  const dayPauses = pausesFrom(input.history);
  const options = { countStartDay: input.countStartDay };
  const pausedWorkingDays = Math.max(
    0,
    countWorkingDays(acceptedOn, today, options) - countWorkingDays(acceptedOn, today, { ...options, pauses: closeOpen(dayPauses, today) }),
  );
  if (input.counted.kind === 'time') {
    const s = computeWorkingTimeDeadline({
      acceptedAt: input.acceptedAt, minutes: input.counted.minutes, officeDay: input.officeDay, now: input.until,
      pauses: pauseSpansFrom(input.history),
    });
    return {
      shown: {
        dueDate: s.dueDate, dueAt: toTimestamp(s.dueAt), remainingWorkingDays: s.remainingWorkingDays,
        remainingWorkingMinutes: s.remainingWorkingMinutes, ...(s.estimated ? { estimated: true } : {}),
      },
      paused: s.paused,
      pausedWorkingDays,
    };
  }
  const s = computeDeadline({ acceptedOn, limit: input.counted.limit, pauses: dayPauses, countStartDay: input.countStartDay, today });
  return {
    shown: { dueDate: s.dueDate, remainingWorkingDays: s.remainingWorkingDays, ...(s.estimated ? { estimated: true } : {}) },
    paused: s.paused,
    pausedWorkingDays,
  };
}

function closeOpen(pauses: readonly ClockPause[], today: string): ClockPause[] {
  return pauses.flatMap((p) => (p.to !== undefined ? [p] : p.from > today ? [] : [{ from: p.from, to: today }]));
}
