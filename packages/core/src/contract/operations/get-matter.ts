import type { OperationDef } from '../operations.js';
import { MatterSchema } from '../../schemas/matter.js';
import { MatterCodeParamsSchema } from '../params.js';

export const getMatterOperation = {
  operationId: 'getMatter', method: 'get', path: '/v1/matters/{code}', tags: ['matters'],
  summary: '办事指南 Get the full guide of a matter',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  params: MatterCodeParamsSchema as typeof MatterCodeParamsSchema,
  responses: { 200: { description: 'The matter', schema: MatterSchema as typeof MatterSchema } },
  errors: ['validation_failed', 'not_found'],
} as const satisfies OperationDef;
