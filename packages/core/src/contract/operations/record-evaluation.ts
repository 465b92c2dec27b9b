import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { EvaluationSchema, RecordedEvaluationInputSchema } from '../../schemas/evaluation.js';
import { CaseNumberParamsSchema } from '../params.js';

/** What a client needs to call recordEvaluation (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const recordEvaluationCall = /* @__PURE__ */ defineCall(routes.recordEvaluation, { 201: { description: 'The stored evaluation', schema: EvaluationSchema as typeof EvaluationSchema } }) satisfies OperationCall;

export const recordEvaluationOperation = /* @__PURE__ */ defineOperation(recordEvaluationCall, {
  tags: ['admin', 'evaluations'],
  summary: '好差评 Record a rating given by phone, SMS or on paper (back office)',
  adminToken: true, params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  body: RecordedEvaluationInputSchema as typeof RecordedEvaluationInputSchema,
  errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'channel_not_allowed', 'evaluation_exists',
    'evaluation_not_open', 'evaluation_closed', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
}) satisfies OperationDef;
