import type { OperationDef } from '../operations.js';
import { CaseActionInputSchema, ProgressSchema } from '../../schemas/case.js';
import { CaseNumberParamsSchema } from '../params.js';

export const applyCaseActionOperation = {
  operationId: 'applyCaseAction', method: 'post', path: '/v1/admin/cases/{caseNumber}/actions', tags: ['admin'],
  summary: '模拟办理 Move a case through its lifecycle (back-office simulator)',
  publishableKey: 'none', adminToken: true, verifier: false, idempotencyKey: 'optional', cache: 'none',
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  body: CaseActionInputSchema as typeof CaseActionInputSchema,
  responses: { 200: { description: 'The case after the action', schema: ProgressSchema as typeof ProgressSchema } },
  errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'invalid_transition', 'materials_owed',
    'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
} as const satisfies OperationDef;
