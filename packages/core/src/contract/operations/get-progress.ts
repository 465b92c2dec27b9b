import type { OperationDef } from '../operations.js';
import { ProgressSchema } from '../../schemas/case.js';
import { CaseNumberParamsSchema, VerifierQuerySchema } from '../params.js';

export const getProgressOperation = {
  operationId: 'getProgress', method: 'get', path: '/v1/applications/{caseNumber}/progress', tags: ['applications'],
  summary: '办件进度 Get the progress of a case',
  publishableKey: 'required', adminToken: false, verifier: true, idempotencyKey: 'none', cache: 'none',
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  query: VerifierQuerySchema as typeof VerifierQuerySchema,
  responses: { 200: { description: 'Case, timeline and deadline', schema: ProgressSchema as typeof ProgressSchema } },
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked'],
} as const satisfies OperationDef;
