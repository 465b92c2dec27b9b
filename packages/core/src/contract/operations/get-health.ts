import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { HealthSchema } from '../params.js';

/** What a client needs to call getHealth (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getHealthCall = /* @__PURE__ */ defineCall(routes.getHealth, { 200: { description: 'Healthy', schema: HealthSchema as typeof HealthSchema } }) satisfies OperationCall;

export const getHealthOperation = /* @__PURE__ */ defineOperation(getHealthCall, {
  tags: ['meta'], summary: 'Liveness and readiness', adminToken: false, errors: [],
}) satisfies OperationDef;
