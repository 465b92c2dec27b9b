import { defineOperation } from '../define.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { FormSpecSchema } from '../../schemas/form-spec.js';
import { MatterCodeParamsSchema } from '../params.js';

/** What a client needs to call getMatterForm (the SDK loads this alone, without documentation or request schemas). */
export const getMatterFormCall = {
  operationId: 'getMatterForm', method: 'get', path: '/v1/matters/{code}/form', publishableKey: 'none',
  verifier: false, idempotencyKey: 'none', cache: 'etag',
  responses: { 200: { description: 'The form spec', schema: FormSpecSchema as typeof FormSpecSchema } },
} as const satisfies OperationCall;

export const getMatterFormOperation = /* @__PURE__ */ defineOperation(getMatterFormCall, {
  tags: ['matters', 'forms'], summary: '智能表单 Get the form spec of a matter', adminToken: false,
  params: MatterCodeParamsSchema as typeof MatterCodeParamsSchema, errors: ['validation_failed', 'not_found'],
}) satisfies OperationDef;
