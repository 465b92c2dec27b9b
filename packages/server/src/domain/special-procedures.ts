import type { Locale, SpecialProcedure } from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';
import { getBundle, getMatter } from '../repo/catalogue-read.js';

/**
 * The special procedures (特别程序) the given matters define, in matter order; a name defined by two matters
 * is kept once (the first definition wins). The one place that says which procedures a case may start: a
 * case of one matter passes its code, a case of a bundle the codes of the bundle's matters.
 */
export async function specialProceduresOf(db: Queryable, matterCodes: readonly string[]): Promise<SpecialProcedure[]> {
  const out = new Map<string, SpecialProcedure>();
  for (const code of new Set(matterCodes)) {
    for (const p of (await getMatter(db, code))?.specialProcedures ?? []) if (!out.has(p.name)) out.set(p.name, p);
  }
  return [...out.values()];
}

/** The matter codes of a case: its matter, or the matters of its bundle's steps. */
export async function caseMatterCodes(db: Queryable, row: { matter_code: string | null; bundle_id: string | null }): Promise<string[]> {
  if (row.matter_code !== null) return [row.matter_code];
  if (row.bundle_id === null) return [];
  return (await getBundle(db, row.bundle_id))?.steps.map((s) => s.matterCode) ?? [];
}

/**
 * The event detail of start_special_procedure on a case: the procedure's name, and whether the matter counts
 * it toward the limit (then the clock runs on). Refuses a procedure the case's matters do not define.
 */
export async function specialProcedureDetail(
  db: Queryable, row: { matter_code: string | null; bundle_id: string | null }, name: string, locale: Locale,
): Promise<{ name: string; countsTowardLimit?: true }> {
  const procedure = pickSpecialProcedure(await specialProceduresOf(db, await caseMatterCodes(db, row)), name, locale);
  return procedure.countsTowardLimit ? { name: procedure.name, countsTowardLimit: true } : { name: procedure.name };
}

/**
 * The procedure named by a start_special_procedure action, which must be one the matters define; otherwise a
 * 422 on /procedureName (code unknown_procedure) naming the allowed procedures, or saying there are none.
 */
export function pickSpecialProcedure(procedures: readonly SpecialProcedure[], name: string, locale: Locale): SpecialProcedure {
  const found = procedures.find((p) => p.name === name);
  if (found !== undefined) return found;
  const names = procedures.map((p) => p.name);
  const message = names.length === 0
    ? {
      'zh-CN': `该事项未规定特别程序，不能启动“${name}”。`,
      'zh-TW': `該事項未規定特別程序，不能啟動「${name}」。`,
      en: `The matter defines no special procedure; "${name}" cannot be started.`,
    }
    : {
      'zh-CN': `“${name}”不是该事项规定的特别程序。可启动：${names.join('、')}。`,
      'zh-TW': `「${name}」不是該事項規定的特別程序。可啟動：${names.join('、')}。`,
      en: `"${name}" is not a special procedure of the matter. Allowed: ${names.join(', ')}.`,
    };
  throw new ProblemError('validation_failed', {
    errors: [{ path: '/procedureName', code: 'unknown_procedure', message: message[locale].slice(0, 1000) }],
  });
}
