import { CASE_STATUS_INFO, type Case, type CaseAction, type ProgressEvent } from '@zwfw/core';

/** Steps of one department or matter inside a parallel group. */
export interface TimelineBranch {
  key: string;
  /** The department, else the first step's name. */
  label: string;
  events: ProgressEvent[];
}

/** One row of the timeline: a step, or steps that ran side by side (events sharing a `parallelGroup`). */
export type TimelineRow =
  | { kind: 'step'; event: ProgressEvent }
  | { kind: 'parallel'; group: string; branches: TimelineBranch[] };

/**
 * Orders a case's history for display. Events of one `parallelGroup` (e.g. 刻章 / 发票 / 社保 in 企业开办) become one
 * row at the place of the group's first event, with one branch per matter (else per department).
 */
export function timelineRows(events: readonly ProgressEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const groups = new Map<string, TimelineBranch[]>();
  for (const event of events) {
    const group = event.parallelGroup;
    if (group === undefined) {
      rows.push({ kind: 'step', event });
      continue;
    }
    let branches = groups.get(group);
    if (!branches) {
      groups.set(group, (branches = []));
      rows.push({ kind: 'parallel', group, branches });
    }
    const key = event.matterCode ?? event.department ?? event.id;
    let branch = branches.find((b) => b.key === key);
    if (!branch) branches.push((branch = { key, label: event.department ?? event.name, events: [] }));
    branch.events.push(event);
  }
  return rows;
}

/** The main-path steps still ahead of a case (受理, 办结, 送达), none once it has ended. */
export function upcomingSteps(c: Case): CaseAction[] {
  const info = CASE_STATUS_INFO[c.status];
  if (info.terminal) return [];
  const steps: CaseAction[] = [];
  if (c.acceptedAt === undefined) steps.push('accept');
  if (!info.concluded) steps.push('conclude');
  steps.push('deliver');
  return steps;
}
