import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { SearchQuerySchema, SearchResponseSchema } from '../../schemas/queries.js';

/** What a client needs to call searchMatters (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const searchMattersCall = /* @__PURE__ */ defineCall(routes.searchMatters, { 200: { description: 'Ranked hits with highlights and facets', schema: SearchResponseSchema as typeof SearchResponseSchema } }) satisfies OperationCall;

export const searchMattersOperation = /* @__PURE__ */ defineOperation(searchMattersCall, {
  tags: ['search'],
  summary: '事项搜索 Search matters (server-side; browsers usually query the index locally)',
  adminToken: false, query: SearchQuerySchema as typeof SearchQuerySchema, errors: ['validation_failed'],
}) satisfies OperationDef;
