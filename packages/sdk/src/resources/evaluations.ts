import type { BodyOf, Evaluation, EvaluationReasonList, EvaluationSummary, EvaluationSummaryQuery } from '@zwfw/core';
import { routes } from '@zwfw/core/light';
import { callOperation } from '../operation.js';
import type { CallOptions, Transport } from '../transport.js';
import type { WriteOptions } from './applications.js';
import { checkIdempotencyKey, newIdempotencyKey } from './args.js';
import { type CaseRefLike, checkCaseRef } from './cases.js';

/** Body of `evaluations.create`: the contract's EvaluationInput, as the caller writes it. */
export type EvaluationSubmission = BodyOf<'submitEvaluation'>;

/** 好差评: rate a case (one evaluation per case per stage), read its ratings and their 整改, and the public figures. */
export interface EvaluationsResource {
  /**
   * Rate a case. Levels 1–2 (差评) need at least one reason from `evaluations.reasons()`; pass its `version` as
   * `reasonListVersion`. Retried safely with an Idempotency-Key, like submissions.
   * @example
   * const reasons = await client.evaluations.reasons();
   * await client.evaluations.create(receipt, { stage: 'conclusion', level: 5, reasons: [], channel: 'web', reasonListVersion: reasons.version, anonymous: false });
   */
  create(ref: CaseRefLike, input: EvaluationSubmission, options?: WriteOptions): Promise<Evaluation>;
  /**
   * The current, versioned list of reasons (评价内容) to offer per level.
   * @example const { version, reasons } = await client.evaluations.reasons();
   */
  reasons(options?: CallOptions): Promise<EvaluationReasonList>;
  /**
   * The case's ratings, acceptance first; a 差评 carries its 整改 (`rectification`: department, due date,
   * measures once done) and the 回访 (`rectification.returnVisit`).
   * @example const ratings = await client.evaluations.list(receipt);
   */
  list(ref: CaseRefLike, options?: CallOptions): Promise<Evaluation[]>;
  /**
   * Public figures per department (评价结果及整改情况向社会公开): ratings per level, share of 差评, 整改 done and on
   * time. Dates are China calendar days, inclusive; by default the 365 days up to today.
   * @example const { departments } = await client.evaluations.summary({ from: '2026-01-01', to: '2026-06-30' });
   */
  summary(query?: EvaluationSummaryQuery, options?: CallOptions): Promise<EvaluationSummary>;
}

/** @internal */
export function createEvaluations(transport: Transport): EvaluationsResource {
  return {
    create(ref, input, options = {}) {
      const { caseNumber, verifier } = checkCaseRef(ref, 'evaluations.create');
      const { idempotencyKey, ...callOptions } = options;
      checkIdempotencyKey(idempotencyKey, 'evaluations.create');
      return callOperation(
        transport,
        'evaluations.create',
        routes.submitEvaluation,
        () => import('../operations/submit-evaluation.js'),
        { params: { caseNumber }, verifier, body: input, idempotencyKey: idempotencyKey ?? newIdempotencyKey() },
        callOptions,
      );
    },
    reasons: (options) => callOperation(transport, 'evaluations.reasons', routes.getEvaluationReasons, () => import('../operations/get-evaluation-reasons.js'), {}, options),
    list(ref, options) {
      const { caseNumber, verifier } = checkCaseRef(ref, 'evaluations.list');
      return callOperation(transport, 'evaluations.list', routes.listCaseEvaluations, () => import('../operations/list-case-evaluations.js'), { params: { caseNumber }, verifier }, options)
        .then((r) => r.evaluations);
    },
    summary: (query = {}, options = undefined) =>
      callOperation(transport, 'evaluations.summary', routes.getEvaluationSummary, () => import('../operations/get-evaluation-summary.js'), { query: { ...query } }, options),
  };
}
