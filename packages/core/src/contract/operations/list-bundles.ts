import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { BundleListQuerySchema, BundlePageSchema } from '../../schemas/queries.js';

/** What a client needs to call listBundles (the SDK loads this alone, without documentation or request schemas). */
export const listBundlesCall = {
  operationId: 'listBundles', method: 'get', path: '/v1/bundles', publishableKey: 'none', verifier: false,
  idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'A page of bundles', schema: BundlePageSchema as typeof BundlePageSchema } },
} as const satisfies OperationCall;

export const listBundlesOperation = /* @__PURE__ */ defineOperation(listBundlesCall, {
  tags: ['bundles'], summary: '一件事 List bundles', adminToken: false,
  query: BundleListQuerySchema as typeof BundleListQuerySchema, errors: ['validation_failed'],
}) satisfies OperationDef;
