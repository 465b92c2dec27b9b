import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { ServicePointListQuerySchema, ServicePointPageSchema } from '../../schemas/case.js';

/** What a client needs to call listServicePoints (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const listServicePointsCall = /* @__PURE__ */ defineCall(routes.listServicePoints, { 200: { description: 'A page of service points', schema: ServicePointPageSchema as typeof ServicePointPageSchema } }) satisfies OperationCall;

export const listServicePointsOperation = /* @__PURE__ */ defineOperation(listServicePointsCall, {
  tags: ['partners'],
  summary: '合作网点 List partner bank branches: 帮办代办 service points and licence pick-up points',
  description: 'Public: a form offers them for the bank_branch delivery method (by id).',
  adminToken: false,
  query: ServicePointListQuerySchema as typeof ServicePointListQuerySchema,
  errors: ['validation_failed'],
}) satisfies OperationDef;
