import type { OperationDef } from '../operations.js';
import { BundleSchema } from '../../schemas/bundle.js';
import { BundleIdParamsSchema } from '../params.js';

export const getBundleOperation = {
  operationId: 'getBundle', method: 'get', path: '/v1/bundles/{id}', tags: ['bundles'],
  summary: '一件事 Get a bundle',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  params: BundleIdParamsSchema as typeof BundleIdParamsSchema,
  responses: { 200: { description: 'The bundle', schema: BundleSchema as typeof BundleSchema } },
  errors: ['validation_failed', 'not_found'],
} as const satisfies OperationDef;
