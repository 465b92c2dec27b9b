import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { EvaluationReasonListSchema } from '../../schemas/evaluation.js';

/** What a client needs to call getEvaluationReasons (the SDK loads this alone, without documentation or request schemas). */
export const getEvaluationReasonsCall = {
  operationId: 'getEvaluationReasons', method: 'get', path: '/v1/evaluation-reasons', publishableKey: 'none',
  verifier: false, idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'The reason list', schema: EvaluationReasonListSchema as typeof EvaluationReasonListSchema } },
} as const satisfies OperationCall;

export const getEvaluationReasonsOperation = /* @__PURE__ */ defineOperation(getEvaluationReasonsCall, {
  tags: ['evaluations'], summary: '评价内容 Get the current versioned reason list', adminToken: false, errors: [],
}) satisfies OperationDef;
