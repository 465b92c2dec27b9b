import type { BodyOf, Evaluation, EvaluationReasonList } from '@zwfw/core';
import { callOperation } from '../operation.js';
import type { CallOptions, Transport } from '../transport.js';
import type { WriteOptions } from './applications.js';
import { checkIdempotencyKey, newIdempotencyKey } from './args.js';
import { type CaseRefLike, checkCaseRef } from './cases.js';

/** Body of `evaluations.create`: the contract's EvaluationInput, as the caller writes it. */
export type EvaluationSubmission = BodyOf<'submitEvaluation'>;

/** 好差评: rate a case, one evaluation per case per stage. */
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
        'submitEvaluation',
        { params: { caseNumber }, query: { verifier }, body: input, idempotencyKey: idempotencyKey ?? newIdempotencyKey() },
        callOptions,
      );
    },
    reasons: (options) => callOperation(transport, 'evaluations.reasons', 'getEvaluationReasons', {}, options),
  };
}
