import type { OperationDef } from '../operations.js';
import { ServicePointListQuerySchema, ServicePointPageSchema } from '../../schemas/case.js';

export const listServicePointsOperation = {
  operationId: 'listServicePoints', method: 'get', path: '/v1/service-points', tags: ['partners'],
  summary: '合作网点 List partner bank branches: 帮办代办 service points and licence pick-up points',
  description: 'Public: a form offers them for the bank_branch delivery method (by id).',
  publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
  query: ServicePointListQuerySchema as typeof ServicePointListQuerySchema,
  responses: { 200: { description: 'A page of service points', schema: ServicePointPageSchema as typeof ServicePointPageSchema } },
  errors: ['validation_failed'],
} as const satisfies OperationDef;
