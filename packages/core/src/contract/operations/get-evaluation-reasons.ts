import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { EvaluationReasonListSchema } from '../../schemas/evaluation.js';

/** What a client needs to call getEvaluationReasons (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const getEvaluationReasonsCall = /* @__PURE__ */ defineCall(routes.getEvaluationReasons, { 200: { description: 'The reason list', schema: EvaluationReasonListSchema as typeof EvaluationReasonListSchema } }) satisfies OperationCall;

export const getEvaluationReasonsOperation = /* @__PURE__ */ defineOperation(getEvaluationReasonsCall, {
  tags: ['evaluations'], summary: '评价内容 Get the current versioned reason list', adminToken: false, errors: [],
}) satisfies OperationDef;
