import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { MatterListQuerySchema, MatterSummaryPageSchema } from '../../schemas/queries.js';

/** What a client needs to call listMatters (the SDK loads this alone, without documentation or request schemas). */
export const listMattersCall = {
  operationId: 'listMatters', method: 'get', path: '/v1/matters', publishableKey: 'none', verifier: false,
  idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'A page of matter summaries', schema: MatterSummaryPageSchema as typeof MatterSummaryPageSchema } },
} as const satisfies OperationCall;

export const listMattersOperation = /* @__PURE__ */ defineOperation(listMattersCall, {
  tags: ['matters'],
  summary: '事项列表 List matters (summaries), filtered and cursor-paginated',
  adminToken: false, query: MatterListQuerySchema as typeof MatterListQuerySchema, errors: ['validation_failed'],
}) satisfies OperationDef;
