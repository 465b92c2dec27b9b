import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { OpenApiDocumentSchema } from '../params.js';

/** What a client needs to call getOpenApi (the SDK loads this alone, without documentation or request schemas). */
export const getOpenApiCall = {
  operationId: 'getOpenApi', method: 'get', path: '/v1/openapi.json', publishableKey: 'none', verifier: false,
  idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'OpenAPI 3.1 document', schema: OpenApiDocumentSchema as typeof OpenApiDocumentSchema } },
} as const satisfies OperationCall;

export const getOpenApiOperation = /* @__PURE__ */ defineOperation(getOpenApiCall, {
  tags: ['meta'], summary: 'The OpenAPI 3.1 document of this contract', adminToken: false, errors: [],
}) satisfies OperationDef;
