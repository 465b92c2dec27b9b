import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { RegionListQuerySchema, RegionPageSchema } from '../../schemas/queries.js';

/** What a client needs to call listRegions (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const listRegionsCall = /* @__PURE__ */ defineCall(routes.listRegions, { 200: { description: 'A page of regions', schema: RegionPageSchema as typeof RegionPageSchema } }) satisfies OperationCall;

export const listRegionsOperation = /* @__PURE__ */ defineOperation(listRegionsCall, {
  tags: ['regions'], summary: '行政区划 List regions (children of ?parent=, or provinces)', adminToken: false,
  query: RegionListQuerySchema as typeof RegionListQuerySchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
