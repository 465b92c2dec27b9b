import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { ProgressSchema } from '../../schemas/case.js';
import { CaseNumberParamsSchema, VerifierQuerySchema } from '../params.js';

/** What a client needs to call getProgress (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getProgressCall = /* @__PURE__ */ defineCall(routes.getProgress, { 200: { description: 'Case, timeline and deadline', schema: ProgressSchema as typeof ProgressSchema } }) satisfies OperationCall;

export const getProgressOperation = /* @__PURE__ */ defineOperation(getProgressCall, {
  tags: ['applications'], summary: '办件进度 Get the progress of a case', adminToken: false,
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  query: VerifierQuerySchema as typeof VerifierQuerySchema,
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked'],
}) satisfies OperationDef;
