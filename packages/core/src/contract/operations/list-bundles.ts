import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { BundleListQuerySchema, BundlePageSchema } from '../../schemas/queries.js';

/** What a client needs to call listBundles (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const listBundlesCall = /* @__PURE__ */ defineCall(routes.listBundles, { 200: { description: 'A page of bundles', schema: BundlePageSchema as typeof BundlePageSchema } }) satisfies OperationCall;

export const listBundlesOperation = /* @__PURE__ */ defineOperation(listBundlesCall, {
  tags: ['bundles'], summary: '一件事 List bundles', adminToken: false,
  query: BundleListQuerySchema as typeof BundleListQuerySchema, errors: ['validation_failed'],
}) satisfies OperationDef;
