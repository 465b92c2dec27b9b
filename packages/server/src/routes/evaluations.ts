import {
  ONLINE_EVALUATION_CHANNELS, isNegativeLevel, type Evaluation, type EvaluationInput, type Locale,
  type ProblemFieldError,
} from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import { UNIQUE_VIOLATION, pgErrorCode, type Db, type Queryable } from '../db/types.js';
import { toTimestamp, asDate } from '../domain/time.js';
import { findIdempotent, requestHash, runIdempotent } from '../http/idempotency.js';
import { ProblemError } from '../problems/problem-error.js';
import { getReasonList } from '../repo/catalogue-read.js';
import { openStages } from '../repo/cases.js';
import { caseForCitizen } from './case-access.js';
import type { HandlerContext, HandlerResult } from './operation.js';

const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** Reasons must come from the current list version and fit the level and the channel (线上/线下). */
async function validateReasons(db: Db, input: EvaluationInput, locale: Locale): Promise<void> {
  const list = await getReasonList(db);
  const errors: ProblemFieldError[] = [];
  if (list === undefined || list.version !== input.reasonListVersion) {
    throw new ProblemError('validation_failed', {
      errors: [{
        path: '/reasonListVersion',
        code: 'reason_list_outdated',
        message: t(locale, `评价内容已更新为 ${list?.version ?? '-'} 版，请刷新后重新评价`, `The reason list is now version ${list?.version ?? '-'}; reload it`),
      }],
    });
  }
  const online = ONLINE_EVALUATION_CHANNELS.includes(input.channel);
  input.reasons.forEach((code, i) => {
    const reason = list.reasons.find((r) => r.code === code);
    const path = `/reasons/${i}`;
    if (reason === undefined) errors.push({ path, code: 'unknown_reason', message: t(locale, `没有评价内容“${code}”`, `Unknown reason "${code}"`) });
    else if (!reason.appliesToLevels.includes(input.level)) errors.push({ path, code: 'reason_level_mismatch', message: t(locale, '该评价内容不适用于所选等级', 'This reason does not apply to the chosen level') });
    else if (reason.channel !== 'both' && (reason.channel === 'online') !== online) errors.push({ path, code: 'reason_channel_mismatch', message: t(locale, '该评价内容不适用于此评价渠道', 'This reason does not apply to the channel') });
  });
  if (errors.length > 0) throw new ProblemError('validation_failed', { errors });
}

/** A stored evaluation as the contract shows it (its row's id and time, the citizen's input). */
export function toEvaluation(row: { id: string | number; created_at: Date | string }, caseNumber: string, input: EvaluationInput): Evaluation {
  const evaluation: Evaluation = {
    id: `ev${String(row.id)}`,
    caseNumber,
    stage: input.stage,
    level: input.level,
    isNegative: isNegativeLevel(input.level),
    reasons: input.reasons,
    channel: input.channel,
    reasonListVersion: input.reasonListVersion,
    anonymous: input.anonymous,
    createdAt: toTimestamp(asDate(row.created_at)),
  };
  if (input.comment !== undefined && input.comment !== '') evaluation.comment = input.comment;
  return evaluation;
}

/** The evaluations of a case, acceptance first. */
export async function caseEvaluations(db: Queryable, caseNumber: string): Promise<Evaluation[]> {
  const rows = await db.query<{ id: string | number; created_at: Date | string; doc: EvaluationInput }>(
    'select id, created_at, doc from evaluations where case_number = $1 order by created_at, id',
    [caseNumber],
  );
  return rows.map((row) => toEvaluation(row, caseNumber, row.doc));
}

/** POST /v1/applications/{caseNumber}/evaluations. */
export function evaluationHandlers(db: Db, config: ServerConfig) {
  const store = async (tx: Queryable, caseNumber: string, input: EvaluationInput): Promise<Evaluation> => {
    try {
      const rows = await tx.query<{ id: string | number; created_at: Date }>(
        `insert into evaluations (case_number, stage, level, doc) values ($1, $2, $3, $4::jsonb)
         on conflict (case_number, stage) do nothing returning id, created_at`,
        [caseNumber, input.stage, input.level, JSON.stringify(input)],
      );
      const row = rows[0];
      if (row === undefined) throw duplicate(input.stage);
      return toEvaluation(row, caseNumber, input);
    } catch (err) {
      if (pgErrorCode(err) === UNIQUE_VIOLATION) throw duplicate(input.stage);
      throw err;
    }
  };
  return {
    submitEvaluation: async (
      { request, params, query, body, locale }: HandlerContext<{ caseNumber: string }, { verifier: string }, EvaluationInput>,
    ): Promise<HandlerResult> => {
      const row = await caseForCitizen(db, config, request, params.caseNumber, query.verifier);
      const key = request.headers['idempotency-key'];
      const keyed = typeof key === 'string' && key !== '';
      const scope = `evaluations:${params.caseNumber}`;
      // A keyed retry gets its evaluation back even if the reason list changed since; looked up only after
      // the verifier, so the key alone never reads a case's evaluation.
      const stored = keyed ? await findIdempotent(db, scope, key, requestHash(request.body)) : undefined;
      if (stored !== undefined) return { status: stored.status, body: stored.body, headers: { 'idempotent-replayed': 'true' } };
      if (!openStages(row).includes(body.stage)) {
        throw new ProblemError('evaluation_not_open', {
          detail: body.stage === 'acceptance'
            ? `The case (status ${row.status}) has not been through acceptance (受理) yet.`
            : `The case (status ${row.status}) is not concluded (办结) yet.`,
        });
      }
      await validateReasons(db, body, locale);
      if (keyed) {
        const result = await runIdempotent(db, scope, key, requestHash(request.body), async (tx) => ({
          status: 201,
          body: await store(tx, params.caseNumber, body),
        }));
        return { status: result.status, body: result.body, headers: result.replayed ? { 'idempotent-replayed': 'true' } : {} };
      }
      return { status: 201, body: await store(db, params.caseNumber, body) };
    },
  };
}

function duplicate(stage: string): ProblemError {
  return new ProblemError('evaluation_exists', { detail: `This case has already been rated at the ${stage} stage (one evaluation per case per stage).` });
}
