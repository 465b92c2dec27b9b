import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { CasePageSchema, PartnerCaseListQuerySchema } from '../../schemas/case.js';

/** What a client needs to call listPartnerCases (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const listPartnerCasesCall = /* @__PURE__ */ defineCall(routes.listPartnerCases, { 200: { description: 'A page of the partner\'s cases', schema: CasePageSchema as typeof CasePageSchema } }) satisfies OperationCall;

export const listPartnerCasesOperation = /* @__PURE__ */ defineOperation(listPartnerCasesCall, {
  tags: ['partners'],
  summary: '帮办代办 List the cases this key\'s partner submitted at its counters (newest first)',
  description: 'Only a key that belongs to a partner may call it, and it sees only that partner\'s cases, each '
    + 'with its assisting agent. Steps of bundle cases are not listed: their parent is.',
  adminToken: false, query: PartnerCaseListQuerySchema as typeof PartnerCaseListQuerySchema,
  errors: ['unauthorized', 'origin_not_allowed', 'forbidden', 'validation_failed'],
}) satisfies OperationDef;
