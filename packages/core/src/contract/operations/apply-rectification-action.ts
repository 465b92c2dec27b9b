import type { OperationDef } from '../operations.js';
import { EvaluationSchema } from '../../schemas/evaluation.js';
import { RectificationActionInputSchema } from '../../schemas/rectification.js';
import { EvaluationIdParamsSchema } from '../params.js';

export const applyRectificationActionOperation = {
  operationId: 'applyRectificationAction', method: 'post', path: '/v1/admin/evaluations/{evaluationId}/rectification', tags: ['admin', 'evaluations'],
  summary: '差评整改 Record 整改 done, then the 回访 (back-office simulator)',
  publishableKey: 'none', adminToken: true, verifier: false, idempotencyKey: 'optional', cache: 'none',
  params: EvaluationIdParamsSchema as typeof EvaluationIdParamsSchema,
  body: RectificationActionInputSchema as typeof RectificationActionInputSchema,
  responses: { 200: { description: 'The evaluation with its rectification', schema: EvaluationSchema as typeof EvaluationSchema } },
  errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'rectification_exists', 'invalid_transition',
    'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
} as const satisfies OperationDef;
