import type { OperationDef } from '../operations.js';
import { SearchIndexDocumentSchema } from '../../schemas/queries.js';

export const getSearchIndexOperation = {
  operationId: 'getSearchIndex', method: 'get', path: '/v1/search-index', tags: ['search'],
  summary: '搜索索引 Get the static search index (built by @zwfw/search)',
  description: 'A static, CDN-cacheable artifact: the key is optional so the file can be served from a CDN.',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'static',
  responses: { 200: { description: 'The search index document', schema: SearchIndexDocumentSchema as typeof SearchIndexDocumentSchema } },
  errors: [],
} as const satisfies OperationDef;
