import type { OperationDef } from '../operations.js';
import { HealthSchema } from '../params.js';

export const getHealthOperation = {
  operationId: 'getHealth', method: 'get', path: '/health', tags: ['meta'],
  summary: 'Liveness and readiness',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'none',
  responses: { 200: { description: 'Healthy', schema: HealthSchema as typeof HealthSchema } },
  errors: [],
} as const satisfies OperationDef;
