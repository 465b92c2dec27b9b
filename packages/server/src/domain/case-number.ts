import { createHash } from 'node:crypto';
import { toChinaDate } from '@zwfw/core';
import type { Queryable } from '../db/types.js';

/** Length of the 实施编码 part of a national 办件编号 (domain.md §1.2). */
export const TASK_CODE_LENGTH = 31;

/**
 * The 31-character task code used in case numbers. National 实施编码 are 31 characters; local catalogues
 * sometimes carry other lengths (≤36), so those are fitted (right-padded with 0 / cut) to keep every case
 * number at the national 43 characters.
 */
export function caseTaskCode(taskCode: string): string {
  return taskCode.length === TASK_CODE_LENGTH ? taskCode : taskCode.padEnd(TASK_CODE_LENGTH, '0').slice(0, TASK_CODE_LENGTH);
}

/** A stable 31-character stand-in task code for a bundle whose first matter is not in the catalogue. */
export function syntheticTaskCode(id: string): string {
  return createHash('sha256').update(id).digest('hex').toUpperCase().slice(0, TASK_CODE_LENGTH);
}

/**
 * Allocates the next case number for (taskCode, China date of `at`): 实施编码 (31) + yyyyMMdd + 4-digit
 * serial. The upsert is atomic, so concurrent submissions on any number of replicas get distinct serials.
 */
export async function allocateCaseNumber(tx: Queryable, taskCode: string, at: Date): Promise<string> {
  const code = caseTaskCode(taskCode);
  const day = toChinaDate(at).replaceAll('-', '');
  const rows = await tx.query<{ last_serial: number }>(
    `insert into case_serials (task_code, day, last_serial) values ($1, $2, 1)
     on conflict (task_code, day) do update set last_serial = case_serials.last_serial + 1
     returning last_serial`,
    [code, day],
  );
  const serial = Number(rows[0]?.last_serial);
  // Four digits is the national format; a matter with 10,000 cases in one day would need a wider format.
  if (!(serial >= 1 && serial <= 9999)) throw new Error(`Case serials exhausted for ${code} on ${day}`);
  return `${code}${day}${String(serial).padStart(4, '0')}`;
}
