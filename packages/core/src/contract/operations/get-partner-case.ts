import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { ProgressSchema } from '../../schemas/case.js';
import { CaseNumberParamsSchema } from '../params.js';

/** What a client needs to call getPartnerCase (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getPartnerCaseCall = /* @__PURE__ */ defineCall(routes.getPartnerCase, { 200: { description: 'Case, timeline, department steps and deadline', schema: ProgressSchema as typeof ProgressSchema } }) satisfies OperationCall;

export const getPartnerCaseOperation = /* @__PURE__ */ defineOperation(getPartnerCaseCall, {
  tags: ['partners'],
  summary: '帮办代办 The progress of one case this key\'s partner submitted, per department step',
  description: 'The same document as getProgress (personal data masked, the agent shown), without the applicant\'s '
    + 'verifier: the partner helped submit it. A case of another partner (or of none), and any case asked with a '
    + 'key of no partner, answers exactly as an unknown case number does (404 not_found): no answer tells whether it exists.',
  adminToken: false, params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found'],
}) satisfies OperationDef;
