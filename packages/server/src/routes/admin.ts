import {
  CASE_ACTIONS, CASE_ACTION_FROM, nextCaseStatus, type CaseActionInput, type Locale,
} from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { findIdempotent, requestHash, runIdempotent, type StoredResponse } from '../http/idempotency.js';
import { ProblemError } from '../problems/problem-error.js';
import { caseEvents, findCase, insertEvent, type EventDetail } from '../repo/cases.js';
import type { HandlerContext, HandlerResult, ReplayHandler } from './operation.js';
import { buildProgress } from './progress.js';

const replayed = (r: StoredResponse): HandlerResult => ({ status: r.status, body: r.body, headers: { 'idempotent-replayed': 'true' } });

/** A keyed action sent again: its stored result, or a 409 for the key with another body (even an invalid one). */
export function adminReplay(db: Db): ReplayHandler {
  return async ({ request, params }: HandlerContext<{ caseNumber: string }, unknown, unknown>) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key === '') return undefined;
    const stored = await findIdempotent(db, `admin:${params.caseNumber}`, key, requestHash(request.body));
    return stored === undefined ? undefined : replayed(stored);
  };
}

/** POST /v1/admin/cases/{caseNumber}/actions: the back-office simulator driving the case state machine. */
export function adminHandlers(db: Db, config: ServerConfig) {
  const apply = async (tx: Queryable, caseNumber: string, input: CaseActionInput, locale: Locale): Promise<StoredResponse> => {
    const row = await findCase(tx, caseNumber, true);
    if (row === undefined) throw new ProblemError('not_found', { detail: `No case ${caseNumber}.` });
    const next = nextCaseStatus(row.status, input.action, input.outcome);
    if (!next.ok) {
      const allowed = CASE_ACTIONS.filter((a) => CASE_ACTION_FROM[a].includes(row.status));
      throw new ProblemError('invalid_transition', {
        detail: `The case is ${row.status}; "${input.action}" is not allowed. Allowed actions: ${allowed.join(', ') || 'none'}.`,
      });
    }
    if (input.action === 'conclude' && input.outcome === 'approved_tolerance' && !row.tolerance) {
      // 容缺办结 approves a case whose 容缺 materials are still owed under the signed commitment; a case
      // submitted with every material has nothing owed, and its record would claim a commitment it never had.
      throw new ProblemError('invalid_transition', {
        detail: 'The outcome approved_tolerance (容缺通过) needs a case submitted with 容缺 (tolerated) materials; this case has none. Conclude it as approved or refused.',
      });
    }
    const events = await caseEvents(tx, caseNumber);
    const last = events[events.length - 1];
    const at = input.at === undefined ? config.now() : new Date(input.at);
    if (last !== undefined && at.getTime() < last.at.getTime()) {
      throw new ProblemError('validation_failed', {
        errors: [{ path: '/at', code: 'before_previous_event', message: `The case's last event was at ${last.at.toISOString()}; actions happen in order.` }],
      });
    }
    const detail: EventDetail = {};
    if (input.action === 'start_special_procedure' && input.procedureName !== undefined) detail.name = input.procedureName;
    if (input.handler !== undefined) detail.handler = input.handler;
    if (input.note !== undefined) detail.opinion = input.note;
    if (input.department !== undefined) detail.department = input.department;
    if (input.items !== undefined) detail.items = input.items;
    await insertEvent(tx, caseNumber, { action: input.action, from: row.status, to: next.status, at, detail });
    await tx.query(
      `update applications set status = $2, updated_at = $3,
         accepted_at = case when $4 then $3 else accepted_at end,
         concluded_at = case when $5 then $3 else concluded_at end
       where case_number = $1`,
      [caseNumber, next.status, at.toISOString(), input.action === 'accept', input.action === 'conclude'],
    );
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
