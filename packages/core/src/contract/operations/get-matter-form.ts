import type { OperationDef } from '../operations.js';
import { FormSpecSchema } from '../../schemas/form-spec.js';
import { MatterCodeParamsSchema } from '../params.js';

export const getMatterFormOperation = {
  operationId: 'getMatterForm', method: 'get', path: '/v1/matters/{code}/form', tags: ['matters', 'forms'],
  summary: '智能表单 Get the form spec of a matter',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  params: MatterCodeParamsSchema as typeof MatterCodeParamsSchema,
  responses: { 200: { description: 'The form spec', schema: FormSpecSchema as typeof FormSpecSchema } },
  errors: ['validation_failed', 'not_found'],
} as const satisfies OperationDef;
