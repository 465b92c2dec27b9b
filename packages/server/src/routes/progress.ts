import type { Locale, Progress } from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { getForm } from '../repo/catalogue-read.js';
import { evaluableUntil } from '../domain/evaluation-followup.js';
import { toTimestamp } from '../domain/time.js';
import { caseEvents, openStages, toCaseView, toProgressEvents, type CaseRow } from '../repo/cases.js';
import { caseEvaluations } from '../repo/evaluations.js';
import { caseForCitizen } from './case-access.js';
import type { HandlerContext, HandlerResult } from './operation.js';

/** The progress document of a case (also the admin simulator's response). */
export async function buildProgress(db: Queryable, config: ServerConfig, row: CaseRow, locale: Locale): Promise<Progress> {
  const events = await caseEvents(db, row.case_number);
  const evaluations = await caseEvaluations(db, row.case_number);
  const done = new Set<string>(evaluations.map((e) => e.stage));
  const now = config.now().getTime();
  const until: Progress['evaluableUntil'] = {};
  const evaluableStages = openStages(row).filter((stage) => {
    const end = evaluableUntil(row, stage, config.evaluationWindowDays);
    if (done.has(stage) || end === undefined || end.getTime() < now) return false;
    until[stage] = toTimestamp(end);
    return true;
  });
  const progress: Progress = {
    case: toCaseView(row, events, { countStartDay: config.countAcceptanceDay, now: config.now() }),
    events: toProgressEvents(events, locale).slice(-500),
    evaluableStages,
  };
  if (evaluableStages.length > 0) progress.evaluableUntil = until;
  if (evaluations.length > 0) progress.evaluations = evaluations;
  const deferred = row.input.materials.filter((m) => m.status === 'tolerance');
  if (deferred.length > 0 && !['concluded_approved', 'concluded_approved_tolerance', 'delivered'].includes(row.status)) {
    const form = await getForm(db, row.input.formId);
    const names = new Map<string, string>();
    // Material names come from the matter; the form only lists ids, so fall back to the id.
    if (row.matter_code !== null) {
      const m = await db.query<{ doc: { materials: { id: string; name: string }[] } }>('select doc from matters where code = $1', [row.matter_code]);
      for (const mat of m[0]?.doc.materials ?? []) names.set(mat.id, mat.name);
    }
    progress.pendingMaterials = deferred.map((m) => ({
      materialId: m.materialId,
      name: (names.get(m.materialId) ?? form?.materials.find((x) => x.materialId === m.materialId)?.materialId ?? m.materialId).slice(0, 500),
    }));
  }
  return progress;
}

/** GET /v1/applications/{caseNumber}/progress. */
export function progressHandlers(db: Db, config: ServerConfig) {
  return {
    getProgress: async ({ request, params, query, locale }: HandlerContext<{ caseNumber: string }, { verifier: string }>): Promise<HandlerResult> => {
      const row = await caseForCitizen(db, config, request, params.caseNumber, query.verifier);
      return { status: 200, body: await buildProgress(db, config, row, locale) };
    },
  };
}
