import type { OperationDef } from '../operations.js';
import { CaseEvaluationsSchema } from '../../schemas/evaluation.js';
import { CaseNumberParamsSchema, VerifierQuerySchema } from '../params.js';

export const listCaseEvaluationsOperation = {
  operationId: 'listCaseEvaluations', method: 'get', path: '/v1/applications/{caseNumber}/evaluations', tags: ['evaluations'],
  summary: '好差评 The ratings of a case, each with its 整改 and 回访',
  publishableKey: 'required', adminToken: false, verifier: true, idempotencyKey: 'none', cache: 'none',
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  query: VerifierQuerySchema as typeof VerifierQuerySchema,
  responses: { 200: { description: 'The case\'s ratings, acceptance first', schema: CaseEvaluationsSchema as typeof CaseEvaluationsSchema } },
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked'],
} as const satisfies OperationDef;
