import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { RegionListQuerySchema, RegionPageSchema } from '../../schemas/queries.js';

/** What a client needs to call listRegions (the SDK loads this alone, without documentation or request schemas). */
export const listRegionsCall = {
  operationId: 'listRegions', method: 'get', path: '/v1/regions', publishableKey: 'none', verifier: false,
  idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'A page of regions', schema: RegionPageSchema as typeof RegionPageSchema } },
} as const satisfies OperationCall;

export const listRegionsOperation = /* @__PURE__ */ defineOperation(listRegionsCall, {
  tags: ['regions'], summary: '行政区划 List regions (children of ?parent=, or provinces)', adminToken: false,
  query: RegionListQuerySchema as typeof RegionListQuerySchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
