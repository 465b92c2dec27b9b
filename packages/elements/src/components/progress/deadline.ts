import { CASE_STATUS_INFO, type Case } from '@zwfw/core';

/** Working days left at or under which a running deadline reads 即将到期 (the contract carries no threshold). */
export const DUE_SOON_WORKING_DAYS = 3;

/** How a case stands against its working-day limit: 按时, 即将到期, 已超期. */
export type DeadlineUrgency = 'on-time' | 'due-soon' | 'overdue';

/**
 * Reads the server's deadline (never recomputed here: the server counts on the holiday calendar). Nothing for
 * a case without a running or finished clock (no limit, not yet accepted, ended before acceptance).
 */
export function urgencyOf(c: Pick<Case, 'status' | 'deadline'>): DeadlineUrgency | undefined {
  const d = c.deadline;
  if (d === null || d.projected === true) return undefined;
  if (d.remainingWorkingDays < 0) return 'overdue';
  // A stopped clock (办结, 撤回 …) read within the limit is simply on time.
  if (CASE_STATUS_INFO[c.status].clock !== 'stopped' && d.remainingWorkingDays <= DUE_SOON_WORKING_DAYS) return 'due-soon';
  return 'on-time';
}
