import type { OperationDef } from '../operations.js';
import { RegionListQuerySchema, RegionPageSchema } from '../../schemas/queries.js';

export const listRegionsOperation = {
  operationId: 'listRegions', method: 'get', path: '/v1/regions', tags: ['regions'],
  summary: '行政区划 List regions (children of ?parent=, or provinces)',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  query: RegionListQuerySchema as typeof RegionListQuerySchema,
  responses: { 200: { description: 'A page of regions', schema: RegionPageSchema as typeof RegionPageSchema } },
  errors: ['validation_failed', 'not_found'],
} as const satisfies OperationDef;
