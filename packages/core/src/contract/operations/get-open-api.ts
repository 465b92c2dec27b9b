import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { OpenApiDocumentSchema } from '../params.js';

/** What a client needs to call getOpenApi (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getOpenApiCall = /* @__PURE__ */ defineCall(routes.getOpenApi, { 200: { description: 'OpenAPI 3.1 document', schema: OpenApiDocumentSchema as typeof OpenApiDocumentSchema } }) satisfies OperationCall;

export const getOpenApiOperation = /* @__PURE__ */ defineOperation(getOpenApiCall, {
  tags: ['meta'], summary: 'The OpenAPI 3.1 document of this contract', adminToken: false, errors: [],
}) satisfies OperationDef;
