import type { OperationDef } from '../operations.js';
import { EvaluationSummaryQuerySchema, EvaluationSummarySchema } from '../../schemas/rectification.js';

export const getEvaluationSummaryOperation = {
  operationId: 'getEvaluationSummary', method: 'get', path: '/v1/evaluation-summary', tags: ['evaluations'],
  summary: '评价公开 Ratings and 整改 per department (public aggregates, no personal data)',
  description: 'Ratings made from `from` to `to` (China dates, inclusive; default: the 365 days up to today).',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  query: EvaluationSummaryQuerySchema as typeof EvaluationSummaryQuerySchema,
  responses: { 200: { description: 'Counts per department', schema: EvaluationSummarySchema as typeof EvaluationSummarySchema } },
  errors: ['validation_failed'],
} as const satisfies OperationDef;
