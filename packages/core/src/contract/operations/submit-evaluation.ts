import type { OperationDef } from '../operations.js';
import { EvaluationInputSchema, EvaluationSchema } from '../../schemas/evaluation.js';
import { CaseNumberParamsSchema, VerifierQuerySchema } from '../params.js';

export const submitEvaluationOperation = {
  operationId: 'submitEvaluation', method: 'post', path: '/v1/applications/{caseNumber}/evaluations', tags: ['evaluations'],
  summary: '好差评 Rate a case (one evaluation per case per stage)',
  publishableKey: 'required', adminToken: false, verifier: true, idempotencyKey: 'optional', cache: 'none',
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  query: VerifierQuerySchema as typeof VerifierQuerySchema,
  body: EvaluationInputSchema as typeof EvaluationInputSchema,
  responses: { 201: { description: 'The stored evaluation', schema: EvaluationSchema as typeof EvaluationSchema } },
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked',
    'evaluation_exists', 'evaluation_not_open', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request',
    'channel_not_allowed', 'evaluation_closed'],
} as const satisfies OperationDef;
