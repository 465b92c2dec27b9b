import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { EvaluationSummaryQuerySchema, EvaluationSummarySchema } from '../../schemas/rectification.js';

/** What a client needs to call getEvaluationSummary (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getEvaluationSummaryCall = /* @__PURE__ */ defineCall(routes.getEvaluationSummary, { 200: { description: 'Counts per department', schema: EvaluationSummarySchema as typeof EvaluationSummarySchema } }) satisfies OperationCall;

export const getEvaluationSummaryOperation = /* @__PURE__ */ defineOperation(getEvaluationSummaryCall, {
  tags: ['evaluations'],
  summary: '评价公开 Ratings and 整改 per department (public aggregates, no personal data)',
  description: 'Ratings made from `from` to `to` (China dates, inclusive; default: the 365 days up to today).',
  adminToken: false,
  query: EvaluationSummaryQuerySchema as typeof EvaluationSummaryQuerySchema,
  errors: ['validation_failed'],
}) satisfies OperationDef;
