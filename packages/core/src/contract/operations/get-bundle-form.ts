import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { FormSpecSchema } from '../../schemas/form-spec.js';
import { BundleIdParamsSchema } from '../params.js';

/** What a client needs to call getBundleForm (the SDK loads this alone, without documentation or request schemas). */
export const getBundleFormCall = {
  operationId: 'getBundleForm', method: 'get', path: '/v1/bundles/{id}/form', publishableKey: 'none', verifier: false,
  idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'The merged form spec', schema: FormSpecSchema as typeof FormSpecSchema } },
} as const satisfies OperationCall;

export const getBundleFormOperation = /* @__PURE__ */ defineOperation(getBundleFormCall, {
  tags: ['bundles', 'forms'], summary: '一张表单 Get the merged form spec of a bundle', adminToken: false,
  params: BundleIdParamsSchema as typeof BundleIdParamsSchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
