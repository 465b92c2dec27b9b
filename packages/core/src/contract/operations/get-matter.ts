import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { MatterSchema } from '../../schemas/matter.js';
import { MatterCodeParamsSchema } from '../params.js';

/** What a client needs to call getMatter (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getMatterCall = /* @__PURE__ */ defineCall(routes.getMatter, { 200: { description: 'The matter', schema: MatterSchema as typeof MatterSchema } }) satisfies OperationCall;

export const getMatterOperation = /* @__PURE__ */ defineOperation(getMatterCall, {
  tags: ['matters'], summary: '办事指南 Get the full guide of a matter', adminToken: false,
  params: MatterCodeParamsSchema as typeof MatterCodeParamsSchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
