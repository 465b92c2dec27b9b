import type { OperationDef } from '../operations.js';
import { MatterListQuerySchema, MatterSummaryPageSchema } from '../../schemas/queries.js';

export const listMattersOperation = {
  operationId: 'listMatters', method: 'get', path: '/v1/matters', tags: ['matters'],
  summary: '事项列表 List matters (summaries), filtered and cursor-paginated',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  query: MatterListQuerySchema as typeof MatterListQuerySchema,
  responses: { 200: { description: 'A page of matter summaries', schema: MatterSummaryPageSchema as typeof MatterSummaryPageSchema } },
  errors: ['validation_failed'],
} as const satisfies OperationDef;
