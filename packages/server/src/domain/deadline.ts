import {
  CASE_STATUS_INFO, computeDeadline, countWorkingDays, toChinaDate, type CaseStatus, type ClockPause,
  type Deadline, type DeadlineLimit, type TimeLimit,
} from '@zwfw/core';

/** A status change as stored (enough to reconstruct when the clock ran). */
export interface StatusChange {
  toStatus: CaseStatus;
  at: Date;
}

/**
 * Limits in minutes/hours (即办件) count as 0 working days (due on the acceptance day); every other unit goes
 * to the core calendar unchanged (months and years by 民法典 art. 202's corresponding day).
 */
export function deadlineLimit(limit: TimeLimit): DeadlineLimit {
  const value = Math.ceil(limit.value);
  switch (limit.unit) {
    case 'minute':
    case 'hour':
      return { value: 0, unit: 'working_day' };
    default:
      return { value, unit: limit.unit };
  }
}

/**
 * Clock pauses from the status history: a pause starts on the (China) day the case enters a pausing status
 * (补正, 特别程序) and ends the day before it leaves it, so the stopping day does not count and the resuming
 * day does. A pause entered and left on the same day pauses nothing. An open pause has no end.
 */
export function pausesFrom(history: readonly StatusChange[]): ClockPause[] {
  const pauses: ClockPause[] = [];
  let open: string | undefined;
  for (const change of history) {
    const day = toChinaDate(change.at);
    const pausing = CASE_STATUS_INFO[change.toStatus].pausesClock;
    if (pausing && open === undefined) open = day;
    else if (!pausing && open !== undefined) {
      const end = dayBefore(day);
      if (end >= open) pauses.push({ from: open, to: end });
      open = undefined;
    }
  }
  if (open !== undefined) pauses.push({ from: open });
  return pauses;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The public deadline of a case. Before 受理 the clock has not started: the deadline is *projected* (as if
 * accepted today) so the applicant sees the promised limit at submission, and null once the case ended
 * without acceptance (不予受理, 撤回). Once the clock stops (办结, 撤回, …) it is read as of that day, so a
 * closed case keeps the figures it ended with.
 */
export function caseDeadline(input: {
  limit: TimeLimit;
  acceptedAt: Date | null;
  history: readonly StatusChange[];
  countStartDay: boolean;
  now?: Date;
}): Deadline | null {
  const nowDay = toChinaDate(input.now ?? new Date());
  const stop = input.history.find((c) => CASE_STATUS_INFO[c.toStatus].clock === 'stopped');
  if (input.acceptedAt === null) {
    if (stop !== undefined) return null;
    const projected = computeDeadline({ acceptedOn: nowDay, limit: deadlineLimit(input.limit), countStartDay: input.countStartDay, today: nowDay });
    return {
      limit: input.limit, dueDate: projected.dueDate, remainingWorkingDays: projected.remainingWorkingDays, paused: false, projected: true,
      ...(projected.estimated ? { estimated: true } : {}),
    };
  }
  const acceptedOn = toChinaDate(input.acceptedAt);
  const concludedOn = stop === undefined ? undefined : toChinaDate(stop.at);
  let today = concludedOn ?? nowDay;
  if (today < acceptedOn) today = acceptedOn;
  const pauses = pausesFrom(input.history);
  const status = computeDeadline({
    acceptedOn,
    limit: deadlineLimit(input.limit),
    pauses,
    countStartDay: input.countStartDay,
    today,
  });
  const options = { countStartDay: input.countStartDay };
  const pausedWorkingDays = Math.max(
    0,
    countWorkingDays(acceptedOn, today, options) - countWorkingDays(acceptedOn, today, { ...options, pauses: closeOpen(pauses, today) }),
  );
  return {
    limit: input.limit,
    dueDate: status.dueDate,
    remainingWorkingDays: status.remainingWorkingDays,
    paused: concludedOn === undefined && status.paused,
    pausedWorkingDays,
    ...(status.estimated ? { estimated: true } : {}),
  };
}

function closeOpen(pauses: readonly ClockPause[], today: string): ClockPause[] {
  return pauses.flatMap((p) => (p.to !== undefined ? [p] : p.from > today ? [] : [{ from: p.from, to: today }]));
}
