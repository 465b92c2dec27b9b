import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { EvaluationSchema } from '../../schemas/evaluation.js';
import { RectificationActionInputSchema } from '../../schemas/rectification.js';
import { EvaluationIdParamsSchema } from '../params.js';

/** What a client needs to call applyRectificationAction (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const applyRectificationActionCall = /* @__PURE__ */ defineCall(routes.applyRectificationAction, { 200: { description: 'The evaluation with its rectification', schema: EvaluationSchema as typeof EvaluationSchema } }) satisfies OperationCall;

export const applyRectificationActionOperation = /* @__PURE__ */ defineOperation(applyRectificationActionCall, {
  tags: ['admin', 'evaluations'], summary: '差评整改 Record 整改 done, then the 回访 (back-office simulator)',
  adminToken: true, params: EvaluationIdParamsSchema as typeof EvaluationIdParamsSchema,
  body: RectificationActionInputSchema as typeof RectificationActionInputSchema,
  errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'rectification_exists', 'invalid_transition',
    'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
}) satisfies OperationDef;
