import type { OperationDef } from '../operations.js';
import { ProgressSchema } from '../../schemas/case.js';
import { CaseNumberParamsSchema } from '../params.js';

export const getPartnerCaseOperation = {
  operationId: 'getPartnerCase', method: 'get', path: '/v1/partner/cases/{caseNumber}', tags: ['partners'],
  summary: '帮办代办 The progress of one case this key\'s partner submitted, per department step',
  description: 'The same document as getProgress (personal data masked, the agent shown), without the applicant\'s '
    + 'verifier: the partner helped submit it. A case of another partner (or of none), and any case asked with a '
    + 'key of no partner, answers exactly as an unknown case number does (404 not_found): no answer tells whether it exists.',
  publishableKey: 'required', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'none',
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  responses: { 200: { description: 'Case, timeline, department steps and deadline', schema: ProgressSchema as typeof ProgressSchema } },
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found'],
} as const satisfies OperationDef;
