import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { EvaluationInputSchema, EvaluationSchema } from '../../schemas/evaluation.js';
import { CaseNumberParamsSchema, VerifierQuerySchema } from '../params.js';

/** What a client needs to call submitEvaluation (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const submitEvaluationCall = /* @__PURE__ */ defineCall(routes.submitEvaluation, { 201: { description: 'The stored evaluation', schema: EvaluationSchema as typeof EvaluationSchema } }) satisfies OperationCall;

export const submitEvaluationOperation = /* @__PURE__ */ defineOperation(submitEvaluationCall, {
  tags: ['evaluations'], summary: '好差评 Rate a case (one evaluation per case per stage)', adminToken: false,
  params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  query: VerifierQuerySchema as typeof VerifierQuerySchema,
  body: EvaluationInputSchema as typeof EvaluationInputSchema,
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked',
    'evaluation_exists', 'evaluation_not_open', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request',
    'channel_not_allowed', 'evaluation_closed'],
}) satisfies OperationDef;
