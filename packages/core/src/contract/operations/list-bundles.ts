import type { OperationDef } from '../operations.js';
import { BundleListQuerySchema, BundlePageSchema } from '../../schemas/queries.js';

export const listBundlesOperation = {
  operationId: 'listBundles', method: 'get', path: '/v1/bundles', tags: ['bundles'],
  summary: '一件事 List bundles',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  query: BundleListQuerySchema as typeof BundleListQuerySchema,
  responses: { 200: { description: 'A page of bundles', schema: BundlePageSchema as typeof BundlePageSchema } },
  errors: ['validation_failed'],
} as const satisfies OperationDef;
