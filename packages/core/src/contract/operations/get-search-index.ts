import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { SearchIndexDocumentSchema } from '../../schemas/queries.js';

/** What a client needs to call getSearchIndex (the SDK loads this alone, without documentation or request schemas). */
export const getSearchIndexCall = {
  operationId: 'getSearchIndex', method: 'get', path: '/v1/search-index', publishableKey: 'none', verifier: false,
  idempotencyKey: 'none', cache: 'static',
  responses: { 200: { description: 'The search index document', schema: SearchIndexDocumentSchema as typeof SearchIndexDocumentSchema } },
} as const satisfies OperationCall;

export const getSearchIndexOperation = /* @__PURE__ */ defineOperation(getSearchIndexCall, {
  tags: ['search'], summary: '搜索索引 Get the static search index (built by @zwfw/search)',
  description: 'A static, CDN-cacheable artifact: the key is optional so the file can be served from a CDN.',
  adminToken: false, errors: [],
}) satisfies OperationDef;
