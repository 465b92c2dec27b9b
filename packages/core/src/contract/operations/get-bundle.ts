import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { BundleSchema } from '../../schemas/bundle.js';
import { BundleIdParamsSchema } from '../params.js';

/** What a client needs to call getBundle (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getBundleCall = /* @__PURE__ */ defineCall(routes.getBundle, { 200: { description: 'The bundle', schema: BundleSchema as typeof BundleSchema } }) satisfies OperationCall;

export const getBundleOperation = /* @__PURE__ */ defineOperation(getBundleCall, {
  tags: ['bundles'], summary: '一件事 Get a bundle', adminToken: false,
  params: BundleIdParamsSchema as typeof BundleIdParamsSchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
