import { addWorkingDays, toChinaDate, type CalendarDate, type PendingMaterial } from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import type { CaseRow } from '../repo/cases.js';
import { asDate } from './time.js';

// 容缺受理 (domain.md §2): a non-key material may be owed on a signed commitment. The commitment text says
// within how many working days of 受理 it is due; the due date is fixed when the case is accepted, and the
// material stays owed (also after a 容缺通过 conclusion) until it is supplied.

/** Working days to supply an owed material when the commitment text does not say (the strictest common rule). */
export const DEFAULT_SUPPLY_WORKING_DAYS = 5;

/** An owed material as stored. */
export interface OwedRow {
  case_number: string;
  material_id: string;
  name: string;
  within_working_days: number;
  due_date: string | null;
  supplied_at: Date | null;
}

/** Records the materials a new case owes. */
export async function recordOwed(
  tx: Queryable,
  caseNumber: string,
  materials: readonly { materialId: string; name: string }[],
  withinWorkingDays: number,
): Promise<void> {
  for (const m of materials) {
    await tx.query(
      `insert into owed_materials (case_number, material_id, name, within_working_days) values ($1, $2, $3, $4)
       on conflict do nothing`,
      [caseNumber, m.materialId, m.name.slice(0, 500), withinWorkingDays],
    );
  }
}

/** At 受理: each owed material becomes due its commitment's working days later (the 受理 day not counted). */
export async function fixOwedDueDates(tx: Queryable, caseNumber: string, acceptedAt: Date): Promise<void> {
  const rows = await tx.query<{ material_id: string; within_working_days: number }>(
    'select material_id, within_working_days from owed_materials where case_number = $1 and due_date is null',
    [caseNumber],
  );
  const acceptedOn = toChinaDate(acceptedAt);
  for (const r of rows) {
    await tx.query('update owed_materials set due_date = $3 where case_number = $1 and material_id = $2', [
      caseNumber, r.material_id, addWorkingDays(acceptedOn, Number(r.within_working_days)),
    ]);
  }
}

/**
 * Marks an owed material supplied; false when the case does not owe it (never owed, or supplied already),
 * so the caller can refuse without changing anything.
 */
export async function supplyOwed(
  tx: Queryable,
  caseNumber: string,
  materialId: string,
  supply: { at: Date; by: 'applicant' | 'window'; fileRefs?: readonly string[] },
): Promise<boolean> {
  const rows = await tx.query<{ material_id: string }>(
    `update owed_materials set supplied_at = $3, supplied_by = $4, file_refs = $5::jsonb
     where case_number = $1 and material_id = $2 and supplied_at is null returning material_id`,
    [caseNumber, materialId, supply.at.toISOString(), supply.by, JSON.stringify(supply.fileRefs ?? [])],
  );
  return rows.length > 0;
}

/** Materials the given cases still owe. */
export async function stillOwed(db: Queryable, caseNumbers: readonly string[]): Promise<OwedRow[]> {
  if (caseNumbers.length === 0) return [];
  const rows = await db.query<OwedRow>(
    `select case_number, material_id, name, within_working_days, due_date, supplied_at from owed_materials
     where case_number = any($1::text[]) and supplied_at is null order by case_number, material_id`,
    [caseNumbers],
  );
  return rows.map((r) => ({ ...r, supplied_at: r.supplied_at === null ? null : asDate(r.supplied_at) }));
}

/**
 * The pending list a progress document shows: one entry per material (a document owed to two steps of a
 * bundle is supplied once), due on its earliest due date, overdue once that day has passed.
 */
export function pendingMaterials(
  rows: readonly OwedRow[],
  today: CalendarDate,
  matterOf: (caseNumber: string) => string | undefined,
): PendingMaterial[] {
  const byId = new Map<string, PendingMaterial>();
  for (const r of rows) {
    const seen = byId.get(r.material_id);
    const due = r.due_date ?? undefined;
    if (seen !== undefined) {
      if (due !== undefined && (seen.dueDate === undefined || due < seen.dueDate)) seen.dueDate = due;
      delete seen.matterCode;
      continue;
    }
    const item: PendingMaterial = { materialId: r.material_id, name: r.name };
    const matterCode = matterOf(r.case_number);
    if (matterCode !== undefined) item.matterCode = matterCode;
    if (due !== undefined) item.dueDate = due;
    byId.set(r.material_id, item);
  }
  return [...byId.values()].map((p) => (p.dueDate !== undefined && p.dueDate < today ? { ...p, overdue: true } : p));
}

/** Of `cases`, those that still owe `materialId` (a bundle's shared document may be owed by several steps). */
export async function casesOwing<C extends Pick<CaseRow, 'case_number'>>(db: Queryable, cases: readonly C[], materialId: string): Promise<C[]> {
  const owing = new Set((await stillOwed(db, cases.map((c) => c.case_number))).filter((o) => o.material_id === materialId).map((o) => o.case_number));
  return cases.filter((c) => owing.has(c.case_number));
}
