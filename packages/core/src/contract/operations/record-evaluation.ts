import type { OperationDef } from '../operations.js';
import { EvaluationSchema, RecordedEvaluationInputSchema } from '../../schemas/evaluation.js';
import { CaseNumberParamsSchema } from '../params.js';

export const recordEvaluationOperation = {
  operationId: 'recordEvaluation', method: 'post', path: '/v1/admin/cases/{caseNumber}/evaluations', tags: ['admin', 'evaluations'],
  summary: '好差评 Record a rating given by phone, SMS or on paper (back office)',
  publishableKey: 'none', adminToken: true, verifier: false, idempotencyKey: 'optional', cache: 'none',
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  body: RecordedEvaluationInputSchema as typeof RecordedEvaluationInputSchema,
  responses: { 201: { description: 'The stored evaluation', schema: EvaluationSchema as typeof EvaluationSchema } },
  errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'channel_not_allowed', 'evaluation_exists',
    'evaluation_not_open', 'evaluation_closed', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
} as const satisfies OperationDef;
