import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { FormSpecSchema } from '../../schemas/form-spec.js';
import { BundleIdParamsSchema } from '../params.js';

/** What a client needs to call getBundleForm (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getBundleFormCall = /* @__PURE__ */ defineCall(routes.getBundleForm, { 200: { description: 'The merged form spec', schema: FormSpecSchema as typeof FormSpecSchema } }) satisfies OperationCall;

export const getBundleFormOperation = /* @__PURE__ */ defineOperation(getBundleFormCall, {
  tags: ['bundles', 'forms'], summary: '一张表单 Get the merged form spec of a bundle', adminToken: false,
  params: BundleIdParamsSchema as typeof BundleIdParamsSchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
