import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { FormSpecSchema } from '../../schemas/form-spec.js';
import { MatterCodeParamsSchema } from '../params.js';

/** What a client needs to call getMatterForm (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getMatterFormCall = /* @__PURE__ */ defineCall(routes.getMatterForm, { 200: { description: 'The form spec', schema: FormSpecSchema as typeof FormSpecSchema } }) satisfies OperationCall;

export const getMatterFormOperation = /* @__PURE__ */ defineOperation(getMatterFormCall, {
  tags: ['matters', 'forms'], summary: '智能表单 Get the form spec of a matter', adminToken: false,
  params: MatterCodeParamsSchema as typeof MatterCodeParamsSchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
