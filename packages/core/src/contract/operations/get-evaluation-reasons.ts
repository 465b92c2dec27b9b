import type { OperationDef } from '../operations.js';
import { EvaluationReasonListSchema } from '../../schemas/evaluation.js';

export const getEvaluationReasonsOperation = {
  operationId: 'getEvaluationReasons', method: 'get', path: '/v1/evaluation-reasons', tags: ['evaluations'],
  summary: '评价内容 Get the current versioned reason list',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'The reason list', schema: EvaluationReasonListSchema as typeof EvaluationReasonListSchema } },
  errors: [],
} as const satisfies OperationDef;
