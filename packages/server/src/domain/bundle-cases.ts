import { CASE_STATUS_INFO, bundleCaseStatus, type CaseStatus } from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import { caseSteps, findCase, insertEvent, type CaseRow } from '../repo/cases.js';

// 一窗受理, 并联审批: a bundle (一件事) is one parent case, the one the applicant tracks, and one case per step in
// its own department. The back office works on the steps; the parent's status follows from them (core's
// bundleCaseStatus), and each change of it is stored as a parent event so the parent's clock (its 受理, its
// pauses, its 办结) is read from its own history like any case's.

/** Action code of a parent event that records a status derived from its steps (not shown on the timeline). */
export const DERIVED_ACTION = 'bundle_status';

/** Whether a case is the parent of a bundle's steps. */
export function isBundleParent(row: Pick<CaseRow, 'bundle_id' | 'parent_case_number'>): boolean {
  return row.bundle_id !== null && row.parent_case_number === null;
}

/**
 * The steps that must be done before `step` may start: every required step of an earlier order (串联). Steps
 * of the same order run in parallel (并联).
 */
export function blockingSteps(step: CaseRow, steps: readonly CaseRow[]): CaseRow[] {
  const order = step.step_order ?? 0;
  return steps.filter((s) => !s.step_optional && (s.step_order ?? 0) < order && !isApprovedStatus(s.status));
}

function isApprovedStatus(status: CaseStatus): boolean {
  return status === 'concluded_approved' || status === 'concluded_approved_tolerance' || status === 'delivered';
}

/** Re-derives the parent's status from its steps after a step changed; records the change at `at`. */
export async function refreshParent(tx: Queryable, parentCaseNumber: string, at: Date): Promise<void> {
  const parent = await findCase(tx, parentCaseNumber, true);
  if (parent === undefined) return;
  const steps = await caseSteps(tx, parentCaseNumber);
  const next = bundleCaseStatus(steps.map((s) => ({ status: s.status, optional: s.step_optional })));
  const accepted = steps.map((s) => s.accepted_at).filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0];
  const concluded = CASE_STATUS_INFO[next].concluded && parent.concluded_at === null;
  if (next === parent.status && (accepted === undefined || parent.accepted_at !== null)) return;
  if (next !== parent.status) {
    await insertEvent(tx, parentCaseNumber, { action: DERIVED_ACTION, from: parent.status, to: next, at, detail: {} });
  }
  await tx.query(
    `update applications set status = $2, updated_at = $3,
       accepted_at = coalesce(accepted_at, $4::timestamptz),
       concluded_at = case when $5 then $3 else concluded_at end
     where case_number = $1`,
    [parentCaseNumber, next, at.toISOString(), accepted?.toISOString() ?? null, concluded],
  );
}
