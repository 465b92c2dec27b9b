import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { HealthSchema } from '../params.js';

/** What a client needs to call getHealth (the SDK loads this alone, without documentation or request schemas). */
export const getHealthCall = {
  operationId: 'getHealth', method: 'get', path: '/health', publishableKey: 'none', verifier: false,
  idempotencyKey: 'none', cache: 'none',
  responses: { 200: { description: 'Healthy', schema: HealthSchema as typeof HealthSchema } },
} as const satisfies OperationCall;

export const getHealthOperation = /* @__PURE__ */ defineOperation(getHealthCall, {
  tags: ['meta'], summary: 'Liveness and readiness', adminToken: false, errors: [],
}) satisfies OperationDef;
