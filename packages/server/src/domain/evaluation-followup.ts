import { addWorkingDays, toChinaDate, type CalendarDate, type EvaluationStage } from '@zwfw/core';
import { stageOpenedAt, type CaseRow } from '../repo/cases.js';

const DAY_MS = 86_400_000;

/** Who answers for a case's service in 好差评 and 整改 when the case names no department (bundles). */
export const FALLBACK_DEPARTMENT = '综合窗口';

/**
 * The department answerable for a rating of the case: the case's own, else the 综合窗口 (the one-stop
 * window that takes in bundle cases). Kept in one place so per-step departments can refine it.
 */
export function responsibleDepartment(row: Pick<CaseRow, 'department'>): string {
  return row.department ?? FALLBACK_DEPARTMENT;
}

/** Due date of a 整改: `days` working days after the day of the rating (China time, holiday calendar). */
export function rectificationDueDate(ratedAt: Date, days: number): CalendarDate {
  return addWorkingDays(toChinaDate(ratedAt), days);
}

/** A 整改 done on or before its due date (China day of completion). */
export function rectifiedOnTime(doneAt: Date, dueDate: CalendarDate): boolean {
  return toChinaDate(doneAt) <= dueDate;
}

/** Until when `stage` takes ratings: `windowDays` calendar days after it opened; undefined if not open. */
export function evaluableUntil(
  row: Pick<CaseRow, 'accepted_at' | 'concluded_at' | 'status' | 'updated_at'>,
  stage: EvaluationStage,
  windowDays: number,
): Date | undefined {
  const opened = stageOpenedAt(row, stage);
  return opened === undefined ? undefined : new Date(opened.getTime() + windowDays * DAY_MS);
}
