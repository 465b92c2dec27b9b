import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { CaseEvaluationsSchema } from '../../schemas/evaluation.js';
import { CaseNumberParamsSchema, VerifierQuerySchema } from '../params.js';

/** What a client needs to call listCaseEvaluations (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const listCaseEvaluationsCall = /* @__PURE__ */ defineCall(routes.listCaseEvaluations, { 200: { description: 'The case\'s ratings, acceptance first', schema: CaseEvaluationsSchema as typeof CaseEvaluationsSchema } }) satisfies OperationCall;

export const listCaseEvaluationsOperation = /* @__PURE__ */ defineOperation(listCaseEvaluationsCall, {
  tags: ['evaluations'], summary: '好差评 The ratings of a case, each with its 整改 and 回访', adminToken: false,
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  query: VerifierQuerySchema as typeof VerifierQuerySchema,
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked'],
}) satisfies OperationDef;
