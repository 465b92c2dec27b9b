import {
  ONLINE_EVALUATION_CHANNELS, VERIFIER_HEADER, evaluationChannelsFor, type EvaluationChannel, type EvaluationInput, type EvaluationRecorder,
  type EvaluationStage, type Locale, type ProblemFieldError, type RecordedEvaluationInput,
} from '@zwfw/core';
import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import { UNIQUE_VIOLATION, pgErrorCode, type Db, type Queryable } from '../db/types.js';
import { evaluableUntil, rectificationDueDate, responsibleDepartment } from '../domain/evaluation-followup.js';
import { toTimestamp } from '../domain/time.js';
import { findIdempotent, requestHash, runIdempotent, type StoredResponse } from '../http/idempotency.js';
import { ProblemError } from '../problems/problem-error.js';
import { getReasonList } from '../repo/catalogue-read.js';
import { findCase, openStages, stageOpenedAt, type CaseRow } from '../repo/cases.js';
import { caseEvaluations, insertEvaluation } from '../repo/evaluations.js';
import { caseForCitizen, isTail } from './case-access.js';
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

/** A caller claims only the channels it can witness: a website cannot record a hall's rating device. */
function checkChannel(channel: EvaluationChannel, recorder: EvaluationRecorder, locale: Locale): void {
  const allowed = evaluationChannelsFor(recorder);
  if (allowed.includes(channel)) return;
  const who = recorder === 'back_office' ? 'The back office' : `A ${recorder} key`;
  throw new ProblemError('channel_not_allowed', {
    detail: `${who} may record ratings from the channels ${allowed.join(', ')} only, not ${channel}.`
      + (recorder === 'back_office' ? '' : ' Ratings by hotline, SMS or on paper are entered by the back office.'),
    errors: [{ path: '/channel', code: 'channel_not_allowed', message: t(locale, `此处只能使用以下评价渠道：${allowed.join('、')}`, `Allowed channels here: ${allowed.join(', ')}`) }],
  });
}

/** The stage must have opened (受理 / 办结) and its rating window must not have ended by `at`. */
function checkStageOpen(row: CaseRow, stage: EvaluationStage, at: Date, windowDays: number): void {
  if (!openStages(row).includes(stage)) {
    throw new ProblemError('evaluation_not_open', {
      detail: stage === 'acceptance'
        ? `The case (status ${row.status}) has not been through acceptance (受理) yet.`
        : `The case (status ${row.status}) is not concluded (办结) yet.`,
    });
  }
  const until = evaluableUntil(row, stage, windowDays);
  if (until !== undefined && at.getTime() > until.getTime()) {
    throw new ProblemError('evaluation_closed', {
      detail: `Ratings of the ${stage} stage closed at ${toTimestamp(until)}, ${windowDays} days after it opened.`,
    });
  }
}

function duplicate(stage: string): ProblemError {
  return new ProblemError('evaluation_exists', { detail: `This case has already been rated at the ${stage} stage (one evaluation per case per stage).` });
}

/**
 * Rating takes the receipt's access token: a mobile tail is guessable and known to many (family, a counter
 * clerk, anyone who saw a form), and a rating speaks for the applicant. Refused on its form, before any
 * look-up, so the answer tells nothing about the case.
 */
function requireAccessToken(request: FastifyRequest, verifier: string, locale: Locale): void {
  if (!isTail(verifier)) return;
  const header = VERIFIER_HEADER.toLowerCase();
  throw new ProblemError('validation_failed', {
    detail: 'Rating a case needs the access token from the submission receipt; the mobile tail only shows progress.',
    errors: [{
      path: request.headers[header] === undefined ? '/query/verifier' : `/headers/${header}`,
      code: 'access_token_required',
      message: { 'zh-CN': '评价需使用回执上的查询凭证（access token），手机号后四位仅可查询进度', 'zh-TW': '評價需使用回執上的查詢憑證（access token），手機號碼後四碼僅可查詢進度', en: 'Rating needs the access token from the receipt; the mobile tail only shows progress' }[locale],
    }],
  });
}

/** Runs a write once per Idempotency-Key when one is sent, else in a plain transaction. */
export async function writeOnce(
  db: Db,
  request: FastifyRequest,
  scope: string,
  work: (tx: Queryable) => Promise<StoredResponse>,
): Promise<HandlerResult> {
  const key = request.headers['idempotency-key'];
  if (typeof key === 'string' && key !== '') {
    const r = await runIdempotent(db, scope, key, requestHash(request.body), work);
    return { status: r.status, body: r.body, headers: r.replayed ? { 'idempotent-replayed': 'true' } : {} };
  }
  const r = await db.transaction(work);
  return { status: r.status, body: r.body };
}

/** Ratings: a citizen's (publishable key + verifier), the case's list, and the back office's entry. */
export function evaluationHandlers(db: Db, config: ServerConfig) {
  const store = async (tx: Queryable, row: CaseRow, input: EvaluationInput, at: Date): Promise<StoredResponse> => {
    try {
      const evaluation = await insertEvaluation(tx, {
        caseNumber: row.case_number, input, at, department: responsibleDepartment(row),
        dueDate: rectificationDueDate(at, config.rectificationDays),
      });
      if (evaluation === undefined) throw duplicate(input.stage);
      return { status: 201, body: evaluation };
    } catch (err) {
      if (pgErrorCode(err) === UNIQUE_VIOLATION) throw duplicate(input.stage);
      throw err;
    }
  };
  return {
    submitEvaluation: async (
      { request, params, query, body, locale }: HandlerContext<{ caseNumber: string }, { verifier: string }, EvaluationInput>,
    ): Promise<HandlerResult> => {
      checkChannel(body.channel, request.partnerKey?.kind ?? 'website', locale);
      requireAccessToken(request, query.verifier, locale);
      const row = await caseForCitizen(db, config, request, params.caseNumber, query.verifier);
      const key = request.headers['idempotency-key'];
      const scope = `evaluations:${params.caseNumber}`;
      // A keyed retry gets its evaluation back even if the reason list changed since; looked up only after
      // the verifier, so the key alone never reads a case's evaluation.
      const stored = typeof key === 'string' && key !== '' ? await findIdempotent(db, scope, key, requestHash(request.body)) : undefined;
      if (stored !== undefined) return { status: stored.status, body: stored.body, headers: { 'idempotent-replayed': 'true' } };
      const at = config.now();
      checkStageOpen(row, body.stage, at, config.evaluationWindowDays);
      await validateReasons(db, body, locale);
      return writeOnce(db, request, scope, (tx) => store(tx, row, body, at));
    },
    listCaseEvaluations: async (
      { request, params, query }: HandlerContext<{ caseNumber: string }, { verifier: string }>,
    ): Promise<HandlerResult> => {
      const row = await caseForCitizen(db, config, request, params.caseNumber, query.verifier);
      return { status: 200, body: { evaluations: await caseEvaluations(db, row.case_number) } };
    },
    recordEvaluation: async (
      { request, params, body, locale }: HandlerContext<{ caseNumber: string }, unknown, RecordedEvaluationInput>,
    ): Promise<HandlerResult> => {
      const { at: when, ...input } = body;
      checkChannel(input.channel, 'back_office', locale);
      const row = await findCase(db, params.caseNumber);
      if (row === undefined) throw new ProblemError('not_found', { detail: `No case ${params.caseNumber}.` });
      const now = config.now();
      const at = when === undefined ? now : new Date(when);
      const opened = stageOpenedAt(row, input.stage);
      if (at.getTime() > now.getTime()) {
        throw new ProblemError('validation_failed', { errors: [{ path: '/at', code: 'in_future', message: t(locale, '评价时间不能晚于现在', 'The rating cannot be in the future') }] });
      }
      if (opened !== undefined && at.getTime() < opened.getTime()) {
        throw new ProblemError('validation_failed', {
          errors: [{ path: '/at', code: 'before_stage_opened', message: t(locale, `该阶段 ${toTimestamp(opened)} 才开放评价`, `The stage opened for ratings at ${toTimestamp(opened)}`) }],
        });
      }
      checkStageOpen(row, input.stage, at, config.evaluationWindowDays);
      await validateReasons(db, input, locale);
      return writeOnce(db, request, `admin-evaluations:${params.caseNumber}`, (tx) => store(tx, row, input, at));
    },
  };
}
