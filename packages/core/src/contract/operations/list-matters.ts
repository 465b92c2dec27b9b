import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { MatterListQuerySchema, MatterSummaryPageSchema } from '../../schemas/queries.js';

/** What a client needs to call listMatters (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const listMattersCall = /* @__PURE__ */ defineCall(routes.listMatters, { 200: { description: 'A page of matter summaries', schema: MatterSummaryPageSchema as typeof MatterSummaryPageSchema } }) satisfies OperationCall;

export const listMattersOperation = /* @__PURE__ */ defineOperation(listMattersCall, {
  tags: ['matters'],
  summary: '事项列表 List matters (summaries), filtered and cursor-paginated',
  adminToken: false, query: MatterListQuerySchema as typeof MatterListQuerySchema, errors: ['validation_failed'],
}) satisfies OperationDef;
