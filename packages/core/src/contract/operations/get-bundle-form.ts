import type { OperationDef } from '../operations.js';
import { FormSpecSchema } from '../../schemas/form-spec.js';
import { BundleIdParamsSchema } from '../params.js';

export const getBundleFormOperation = {
  operationId: 'getBundleForm', method: 'get', path: '/v1/bundles/{id}/form', tags: ['bundles', 'forms'],
  summary: '一张表单 Get the merged form spec of a bundle',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  params: BundleIdParamsSchema as typeof BundleIdParamsSchema,
  responses: { 200: { description: 'The merged form spec', schema: FormSpecSchema as typeof FormSpecSchema } },
  errors: ['validation_failed', 'not_found'],
} as const satisfies OperationDef;
