import type { OperationDef } from '../operations.js';
import { CasePageSchema, PartnerCaseListQuerySchema } from '../../schemas/case.js';

export const listPartnerCasesOperation = {
  operationId: 'listPartnerCases', method: 'get', path: '/v1/partner/cases', tags: ['partners'],
  summary: '帮办代办 List the cases this key\'s partner submitted at its counters (newest first)',
  description: 'Only a key that belongs to a partner may call it, and it sees only that partner\'s cases, each '
    + 'with its assisting agent. Steps of bundle cases are not listed: their parent is.',
  publishableKey: 'required', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'none',
  query: PartnerCaseListQuerySchema as typeof PartnerCaseListQuerySchema,
  responses: { 200: { description: 'A page of the partner\'s cases', schema: CasePageSchema as typeof CasePageSchema } },
  errors: ['unauthorized', 'origin_not_allowed', 'forbidden', 'validation_failed'],
} as const satisfies OperationDef;
