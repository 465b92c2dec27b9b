import {
  CASE_ACTIONS, CASE_ACTION_FROM, nextCaseStatus, type CaseActionInput, type Locale,
} from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { blockingSteps, isBundleParent, refreshParent } from '../domain/bundle-cases.js';
import { casesOwing, fixOwedDueDates, stillOwed, supplyOwed } from '../domain/owed-materials.js';
import { specialProcedureDetail } from '../domain/special-procedures.js';
import { findIdempotent, requestHash, runIdempotent, type StoredResponse } from '../http/idempotency.js';
import { ProblemError } from '../problems/problem-error.js';
import { caseEvents, caseSteps, findCase, insertEvent, type CaseRow, type EventDetail } from '../repo/cases.js';
import type { HandlerContext, HandlerResult, ReplayHandler } from './operation.js';
import { buildProgress } from './progress.js';

const replayed = (r: StoredResponse): HandlerResult => ({ status: r.status, body: r.body, headers: { 'idempotent-replayed': 'true' } });

const fieldError = (path: string, code: string, message: string) => new ProblemError('validation_failed', { errors: [{ path, code, message }] });

/** A keyed action sent again: its stored result, or a 409 for the key with another body (even an invalid one). */
export function adminReplay(db: Db): ReplayHandler {
  return async ({ request, params }: HandlerContext<{ caseNumber: string }, unknown, unknown>) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key === '') return undefined;
    const stored = await findIdempotent(db, `admin:${params.caseNumber}`, key, requestHash(request.body));
    return stored === undefined ? undefined : replayed(stored);
  };
}

/**
 * The cases an action on `named` moves. A bundle's parent follows its steps, so the back office acts on a
 * step (named by its own case number, or by `matterCode` on the parent); withdrawing the parent withdraws
 * every open step, and supplying a shared 容缺 material on the parent supplies it to every step owing it.
 */
async function actionTargets(tx: Queryable, named: CaseRow, input: CaseActionInput): Promise<CaseRow[]> {
  if (!isBundleParent(named)) {
    if (input.matterCode !== undefined && input.matterCode !== named.matter_code) {
      throw fieldError('/matterCode', 'not_a_bundle', `Case ${named.case_number} is not a bundle case; act on it without matterCode.`);
    }
    return [named];
  }
  const steps = await caseSteps(tx, named.case_number, true);
  if (input.matterCode !== undefined) {
    const step = steps.find((s) => s.matter_code === input.matterCode);
    if (step === undefined) {
      throw fieldError('/matterCode', 'unknown_step', `The bundle case has no step ${input.matterCode}; its steps: ${steps.map((s) => s.matter_code).join(', ')}.`);
    }
    return [step];
  }
  if (input.action === 'withdraw') return steps.filter((s) => CASE_ACTION_FROM.withdraw.includes(s.status));
  if (input.action === 'supply' && input.materialId !== undefined) return casesOwing(tx, steps, input.materialId);
  throw new ProblemError('invalid_transition', {
    detail: `Case ${named.case_number} is a bundle (一件事) whose status follows its steps: act on one step, by its case number or with matterCode (${steps.map((s) => `${s.matter_code} = ${s.case_number}`).join('; ')}).`,
  });
}

/** One action on one case: the state machine, the 容缺 rules and the bundle order, then the event. */
async function applyOne(tx: Queryable, row: CaseRow, input: CaseActionInput, at: Date, locale: Locale): Promise<void> {
  const next = nextCaseStatus(row.status, input.action, input.outcome);
  if (!next.ok) {
    const allowed = CASE_ACTIONS.filter((a) => CASE_ACTION_FROM[a].includes(row.status));
    throw new ProblemError('invalid_transition', {
      detail: `The case ${row.case_number} is ${row.status}; "${input.action}" is not allowed. Allowed actions: ${allowed.join(', ') || 'none'}.`,
    });
  }
  if (input.action === 'conclude' && input.outcome === 'approved_tolerance' && !row.tolerance) {
    // 容缺办结 approves a case whose 容缺 materials are still owed under the signed commitment; a case
    // submitted with every material has nothing owed, and its record would claim a commitment it never had.
    throw new ProblemError('invalid_transition', {
      detail: 'The outcome approved_tolerance (容缺通过) needs a case submitted with 容缺 (tolerated) materials; this case has none. Conclude it as approved or refused.',
    });
  }
  if (input.action === 'conclude' && input.outcome === 'approved') {
    const owed = await stillOwed(tx, [row.case_number]);
    if (owed.length > 0) {
      throw new ProblemError('materials_owed', {
        detail: `The case ${row.case_number} still owes ${owed.map((o) => o.name).join('、')}: record them with "supply", or conclude as approved_tolerance (容缺通过, the list stays owed) or refused.`,
      });
    }
  }
  if ((input.action === 'accept' || input.action === 'precheck') && row.parent_case_number !== null) {
    const waiting = blockingSteps(row, await caseSteps(tx, row.parent_case_number));
    if (waiting.length > 0) {
      throw new ProblemError('invalid_transition', {
        detail: `This step waits for the earlier steps of its bundle to be approved: ${waiting.map((s) => `${s.name} (${s.case_number}, ${s.status})`).join('; ')}.`,
      });
    }
  }
  const events = await caseEvents(tx, row.case_number);
  const last = events[events.length - 1];
  if (last !== undefined && at.getTime() < last.at.getTime()) {
    throw fieldError('/at', 'before_previous_event', `The case's last event was at ${last.at.toISOString()}; actions happen in order.`);
  }
  const detail: EventDetail = {};
  if (input.action === 'supply' && input.materialId !== undefined) {
    const owed = (await stillOwed(tx, [row.case_number])).find((o) => o.material_id === input.materialId);
    if (owed === undefined || !(await supplyOwed(tx, row.case_number, input.materialId, { at, by: 'window' }))) {
      throw fieldError('/materialId', 'not_owed', `The case ${row.case_number} does not owe ${input.materialId} (never deferred, or supplied already).`);
    }
    detail.materialId = input.materialId;
    detail.opinion = owed.name;
  }
  if (input.action === 'start_special_procedure' && input.procedureName !== undefined) {
    Object.assign(detail, await specialProcedureDetail(tx, row, input.procedureName, locale));
  }
  if (input.handler !== undefined) detail.handler = input.handler;
  if (input.note !== undefined) detail.opinion = [detail.opinion, input.note].filter(Boolean).join('\n');
  if (input.department !== undefined) detail.department = input.department;
  if (input.items !== undefined) detail.items = input.items;
  await insertEvent(tx, row.case_number, { action: input.action, from: row.status, to: next.status, at, detail });
  await tx.query(
    `update applications set status = $2, updated_at = $3,
       accepted_at = case when $4 then $3 else accepted_at end,
       concluded_at = case when $5 then $3 else concluded_at end
     where case_number = $1`,
    [row.case_number, next.status, at.toISOString(), input.action === 'accept', input.action === 'conclude'],
  );
  if (input.action === 'accept') await fixOwedDueDates(tx, row.case_number, at);
}

/** POST /v1/admin/cases/{caseNumber}/actions: the back-office simulator driving the case state machine. */
export function adminHandlers(db: Db, config: ServerConfig) {
  const apply = async (tx: Queryable, caseNumber: string, input: CaseActionInput, locale: Locale): Promise<StoredResponse> => {
    // Parent before step, whichever the path names, so two actions on one bundle always lock in one order.
    const peek = await findCase(tx, caseNumber);
    if (peek === undefined) throw new ProblemError('not_found', { detail: `No case ${caseNumber}.` });
    if (peek.parent_case_number !== null) await findCase(tx, peek.parent_case_number, true);
    const named = await findCase(tx, caseNumber, true);
    if (named === undefined) throw new ProblemError('not_found', { detail: `No case ${caseNumber}.` });
    const targets = await actionTargets(tx, named, input);
    if (targets.length === 0) {
      throw new ProblemError('invalid_transition', {
        detail: input.action === 'supply'
          ? `No step of the bundle case ${caseNumber} owes ${input.materialId ?? 'that material'}.`
          : `No step of the bundle case ${caseNumber} can be withdrawn any more.`,
      });
    }
    const at = input.at === undefined ? config.now() : new Date(input.at);
    for (const target of targets) await applyOne(tx, target, input, at, locale);
    const parent = isBundleParent(named) ? named.case_number : named.parent_case_number;
    if (parent !== null) await refreshParent(tx, parent, at);
    const updated = await findCase(tx, caseNumber);
    if (updated === undefined) throw new Error('case vanished');
    return { status: 200, body: await buildProgress(tx, config, updated, locale) };
  };
  return {
    applyCaseAction: async (
      { request, params, body, locale }: HandlerContext<{ caseNumber: string }, unknown, CaseActionInput>,
    ): Promise<HandlerResult> => {
      const key = request.headers['idempotency-key'];
      if (typeof key === 'string' && key !== '') {
        const r = await runIdempotent(db, `admin:${params.caseNumber}`, key, requestHash(request.body), (tx) =>
          apply(tx, params.caseNumber, body, locale));
        return r.replayed ? replayed(r) : { status: r.status, body: r.body };
      }
      const r = await db.transaction((tx) => apply(tx, params.caseNumber, body, locale));
      return { status: r.status, body: r.body };
    },
  };
}
