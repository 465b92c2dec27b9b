import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { BundleSchema } from '../../schemas/bundle.js';
import { BundleIdParamsSchema } from '../params.js';

/** What a client needs to call getBundle (the SDK loads this alone, without documentation or request schemas). */
export const getBundleCall = {
  operationId: 'getBundle', method: 'get', path: '/v1/bundles/{id}', publishableKey: 'none', verifier: false,
  idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'The bundle', schema: BundleSchema as typeof BundleSchema } },
} as const satisfies OperationCall;

export const getBundleOperation = /* @__PURE__ */ defineOperation(getBundleCall, {
  tags: ['bundles'], summary: '一件事 Get a bundle', adminToken: false,
  params: BundleIdParamsSchema as typeof BundleIdParamsSchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
