import { createHash } from 'node:crypto';
import { toChinaDate } from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';
import { secondsToNextChinaDay } from './time.js';

/** Length of the 实施编码 part of a national 办件编号 (domain.md §1.2). */
export const TASK_CODE_LENGTH = 31;

/**
 * The 31-character task code used in case numbers. National 实施编码 are 31 characters; local catalogues
 * sometimes carry other lengths (≤36), so those are fitted (right-padded with 0 / cut) to keep every case
 * number at the national 43 characters.
 */
export function caseTaskCode(taskCode: string): string {
  // Stryker disable next-line ConditionalExpression: padding then cutting a 31-character code gives it back unchanged; the test is a shortcut
  return taskCode.length === TASK_CODE_LENGTH ? taskCode : taskCode.padEnd(TASK_CODE_LENGTH, '0').slice(0, TASK_CODE_LENGTH);
}

/** A stable 31-character stand-in task code for a bundle whose first matter is not in the catalogue. */
export function syntheticTaskCode(id: string): string {
  return createHash('sha256').update(id).digest('hex').toUpperCase().slice(0, TASK_CODE_LENGTH);
}

/** Serials that are four decimal digits (the national format's own): 0001–9999. */
const DECIMAL_SERIALS = 9999;
const SERIAL_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Serials past 9999 are a letter then three base-36 characters (A000–ZZZZ): still four characters. */
const LETTERED_SERIALS = 26 * 36 ** 3;
/** The most case numbers one task code can get in one China day (1,223,055). */
export const MAX_DAILY_SERIAL = DECIMAL_SERIALS + LETTERED_SERIALS;

/**
 * The four-character 流水号 of the `serial`-th case of a day (1-based). 1–9999 are the national zero-padded
 * digits, so every number issued before stays what it was; after them come A000…ZZZZ, which sort after 9999
 * (ASCII letters follow digits) and keep the case number at 43 URL-safe characters. Undefined past the last.
 */
export function formatSerial(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_DAILY_SERIAL) return undefined;
  if (serial <= DECIMAL_SERIALS) return String(serial).padStart(4, '0');
  let rest = serial - DECIMAL_SERIALS - 1;
  let tail = '';
  for (let i = 0; i < 3; i++) {
    tail = SERIAL_DIGITS[rest % 36]! + tail;
    rest = Math.floor(rest / 36);
  }
  return SERIAL_DIGITS[10 + rest]! + tail;
}

/**
 * Allocates the next case number for (taskCode, China date of `at`): 实施编码 (31) + yyyyMMdd + 4-character
 * serial (formatSerial). The upsert is atomic, so concurrent submissions on any number of replicas get
 * distinct serials. A day whose serials are all used is a 429 until China midnight, not a failure: the
 * transaction rolls back, so nothing is stored.
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
  // Stryker disable next-line OptionalChaining: an upsert with RETURNING always returns its one row
  const serial = formatSerial(Number(rows[0]?.last_serial));
  if (serial === undefined) {
    const retryAfter = secondsToNextChinaDay(at);
    throw new ProblemError('rate_limited', {
      // Stryker disable next-line StringLiteral: wording of the problem detail; tests assert the code and Retry-After
      detail: `This matter has received the most applications one day can number (${MAX_DAILY_SERIAL}); submit again after midnight China time (in ${retryAfter} s).`,
      headers: { 'retry-after': String(retryAfter) },
    });
  }
  return `${code}${day}${serial}`;
}
