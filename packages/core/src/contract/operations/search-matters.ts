import type { OperationDef } from '../operations.js';
import { SearchQuerySchema, SearchResponseSchema } from '../../schemas/queries.js';

export const searchMattersOperation = {
  operationId: 'searchMatters', method: 'get', path: '/v1/search', tags: ['search'],
  summary: '事项搜索 Search matters (server-side; browsers usually query the index locally)',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  query: SearchQuerySchema as typeof SearchQuerySchema,
  responses: { 200: { description: 'Ranked hits with highlights and facets', schema: SearchResponseSchema as typeof SearchResponseSchema } },
  errors: ['validation_failed'],
} as const satisfies OperationDef;
