import type { OperationDef } from '../operations.js';
import { OpenApiDocumentSchema } from '../params.js';

export const getOpenApiOperation = {
  operationId: 'getOpenApi', method: 'get', path: '/v1/openapi.json', tags: ['meta'],
  summary: 'The OpenAPI 3.1 document of this contract',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'OpenAPI 3.1 document', schema: OpenApiDocumentSchema as typeof OpenApiDocumentSchema } },
  errors: [],
} as const satisfies OperationDef;
