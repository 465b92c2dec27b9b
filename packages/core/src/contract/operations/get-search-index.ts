import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { SearchIndexDocumentSchema } from '../../schemas/queries.js';

/** What a client needs to call getSearchIndex (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getSearchIndexCall = /* @__PURE__ */ defineCall(routes.getSearchIndex, { 200: { description: 'The search index document', schema: SearchIndexDocumentSchema as typeof SearchIndexDocumentSchema } }) satisfies OperationCall;

export const getSearchIndexOperation = /* @__PURE__ */ defineOperation(getSearchIndexCall, {
  tags: ['search'], summary: '搜索索引 Get the static search index (built by @zwfw/search)',
  description: 'A static, CDN-cacheable artifact: the key is optional so the file can be served from a CDN.',
  adminToken: false, errors: [],
}) satisfies OperationDef;
