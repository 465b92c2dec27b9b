import { chinaToday, type CaseStatus, type CaseStep, type Locale, type Progress, type ProgressEvent } from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { DERIVED_ACTION, isBundleParent } from '../domain/bundle-cases.js';
import { pendingMaterials, stillOwed } from '../domain/owed-materials.js';
import { evaluableUntil } from '../domain/evaluation-followup.js';
import { toTimestamp } from '../domain/time.js';
import {
  caseEvents, caseSteps, openStages, toCaseView, toProgressEvents, type CaseRow, type EventRow,
} from '../repo/cases.js';
import { caseEvaluations } from '../repo/evaluations.js';
import { caseForCitizen } from './case-access.js';
import type { HandlerContext, HandlerResult } from './operation.js';

const ENDED_UNAPPROVED: readonly CaseStatus[] = ['withdrawn', 'not_accepted', 'concluded_refused', 'revoked'];

/** Who is looking: the partner of the key, which alone sees the 帮办代办 agent of the cases it submitted. */
export interface Viewer {
  partnerId?: string | undefined;
}

/** A step's events on its parent's timeline: each step's own sequence, labelled with its matter and department. */
function stepEvents(step: CaseRow, events: readonly EventRow[], locale: Locale): ProgressEvent[] {
  return toProgressEvents(events.filter((e) => e.action !== 'submit'), locale).map((e) => {
    const ev: ProgressEvent = { ...e, id: `${step.case_number}-${e.id}` };
    if (step.matter_code !== null) ev.matterCode = step.matter_code;
    if (ev.department === undefined && step.department !== null) ev.department = step.department;
    if (step.parallel_group !== null) ev.parallelGroup = step.parallel_group;
    return ev;
  });
}

function stepView(step: CaseRow, events: readonly EventRow[], config: ServerConfig): CaseStep {
  const c = toCaseView(step, events, { countStartDay: config.countAcceptanceDay, officeDay: config.officeDay, now: config.now() });
  const view: CaseStep = {
    caseNumber: step.case_number,
    matterCode: step.matter_code ?? '',
    name: step.name,
    order: step.step_order ?? 0,
    optional: step.step_optional,
    status: step.status,
    deadline: c.deadline,
  };
  if (step.department !== null) view.department = step.department;
  if (step.parallel_group !== null) view.parallelGroup = step.parallel_group;
  if (step.accepted_at !== null) view.acceptedAt = toTimestamp(step.accepted_at);
  if (step.concluded_at !== null) view.concludedAt = toTimestamp(step.concluded_at);
  return view;
}

/** The progress document of a case (also the admin simulator's response). */
export async function buildProgress(db: Queryable, config: ServerConfig, row: CaseRow, locale: Locale, viewer: Viewer = {}): Promise<Progress> {
  const own = await caseEvents(db, row.case_number);
  const evaluations = await caseEvaluations(db, row.case_number);
  const done = new Set<string>(evaluations.map((e) => e.stage));
  const steps = isBundleParent(row) ? await caseSteps(db, row.case_number) : [];
  let events = toProgressEvents(own.filter((e) => e.action !== DERIVED_ACTION), locale);
  const stepViews: CaseStep[] = [];
  for (const step of steps) {
    const stepHistory = await caseEvents(db, step.case_number);
    events.push(...stepEvents(step, stepHistory, locale));
    stepViews.push(stepView(step, stepHistory, config));
  }
  // One timeline in time order; a step's events keep their order among equal times (stable sort).
  if (steps.length > 0) events = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.startAt.localeCompare(b.e.startAt) || a.i - b.i).map(({ e }) => e);
  const now = config.now().getTime();
  const until: Progress['evaluableUntil'] = {};
  const evaluableStages = openStages(row).filter((stage) => {
    const end = evaluableUntil(row, stage, config.evaluationWindowDays);
    if (done.has(stage) || end === undefined || end.getTime() < now) return false;
    until[stage] = toTimestamp(end);
    return true;
  });
  const progress: Progress = {
    case: toCaseView(row, own, {
      countStartDay: config.countAcceptanceDay, officeDay: config.officeDay, now: config.now(), viewerPartnerId: viewer.partnerId,
    }),
    events: events.slice(-500),
    evaluableStages,
  };
  if (evaluableStages.length > 0) progress.evaluableUntil = until;
  if (evaluations.length > 0) progress.evaluations = evaluations;
  const matterOf = new Map(steps.map((s) => [s.case_number, s.matter_code ?? undefined]));
  // A case that ended without approval owes nothing any more (补齐 is moot once refused or withdrawn).
  const owing = (steps.length > 0 ? steps : [row]).filter((c) => !ENDED_UNAPPROVED.includes(c.status));
  const owed = await stillOwed(db, owing.map((c) => c.case_number));
  const pending = pendingMaterials(owed, chinaToday(config.now()), (n) => matterOf.get(n));
  if (pending.length > 0) progress.pendingMaterials = pending;
  if (stepViews.length > 0) progress.steps = stepViews;
  return progress;
}

/** GET /v1/applications/{caseNumber}/progress. */
export function progressHandlers(db: Db, config: ServerConfig) {
  return {
    getProgress: async ({ request, params, query, locale }: HandlerContext<{ caseNumber: string }, { verifier: string }>): Promise<HandlerResult> => {
      const row = await caseForCitizen(db, config, request, params.caseNumber, query.verifier);
      return { status: 200, body: await buildProgress(db, config, row, locale, { partnerId: request.partnerKey?.partnerId }) };
    },
  };
}
