import type { Locale, RectificationActionInput } from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { rectifiedOnTime } from '../domain/evaluation-followup.js';
import { toTimestamp } from '../domain/time.js';
import type { StoredResponse } from '../http/idempotency.js';
import { ProblemError } from '../problems/problem-error.js';
import {
  completeRectification, evaluationSerial, findEvaluation, lockRectification, recordReturnVisit,
} from '../repo/evaluations.js';
import { writeOnce } from './evaluations.js';
import type { HandlerContext, HandlerResult } from './operation.js';

/** Steps happen in order: a step dated before the one it follows is the caller's mistake. */
function notBefore(at: Date, earlier: Date, what: string, locale: Locale): void {
  if (at.getTime() >= earlier.getTime()) return;
  const when = toTimestamp(earlier);
  throw new ProblemError('validation_failed', {
    errors: [{ path: '/at', code: 'before_previous_step', message: locale === 'en' ? `Not before ${what} (${when})` : `不能早于${what === 'the rating' ? '评价时间' : '整改完成时间'}（${when}）` }],
  });
}

/** POST /v1/admin/evaluations/{evaluationId}/rectification: 整改 done, then the 回访 (back-office simulator). */
export function rectificationHandlers(db: Db, config: ServerConfig) {
  const apply = async (tx: Queryable, id: string, serial: string, input: RectificationActionInput, locale: Locale): Promise<StoredResponse> => {
    const rect = await lockRectification(tx, serial);
    if (rect === undefined) {
      const rated = await findEvaluation(tx, serial);
      throw new ProblemError('not_found', {
        detail: rated === undefined ? `No rating ${id}.` : `Rating ${id} is level ${rated.level}, not a 差评 (levels 1–2): it has no 整改 record.`,
      });
    }
    const at = input.at === undefined ? config.now() : new Date(input.at);
    if (input.action === 'complete') {
      if (rect.doneAt !== null) {
        throw new ProblemError('rectification_exists', { detail: `The 整改 of rating ${id} was recorded done at ${toTimestamp(rect.doneAt)}; a rating has one.` });
      }
      notBefore(at, rect.openedAt, 'the rating', locale);
      await completeRectification(tx, serial, { at, measures: input.measures, handler: input.handler, onTime: rectifiedOnTime(at, rect.dueDate) });
    } else {
      if (rect.doneAt === null) {
        throw new ProblemError('invalid_transition', {
          detail: `The 整改 of rating ${id} is still open: record it done first ({"action":"complete","measures":"…"}), then the 回访.`,
        });
      }
      if (rect.visitAt !== null) {
        throw new ProblemError('invalid_transition', { detail: `The 回访 of rating ${id} was recorded at ${toTimestamp(rect.visitAt)}; a 整改 has one.` });
      }
      notBefore(at, rect.doneAt, 'the 整改 completion', locale);
      await recordReturnVisit(tx, serial, { at, satisfaction: input.satisfaction, note: input.note, handler: input.handler });
    }
    return { status: 200, body: await findEvaluation(tx, serial) };
  };
  return {
    applyRectificationAction: async (
      { request, params, body, locale }: HandlerContext<{ evaluationId: string }, unknown, RectificationActionInput>,
    ): Promise<HandlerResult> => {
      const serial = evaluationSerial(params.evaluationId);
      if (serial === undefined) throw new ProblemError('not_found', { detail: `No rating ${params.evaluationId}.` });
      return writeOnce(db, request, `rectification:${serial}`, (tx) => apply(tx, params.evaluationId, serial, body, locale));
    },
  };
}
