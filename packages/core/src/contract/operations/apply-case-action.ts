import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { CaseActionInputSchema, ProgressSchema } from '../../schemas/case.js';
import { CaseNumberParamsSchema } from '../params.js';

/** What a client needs to call applyCaseAction (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const applyCaseActionCall = /* @__PURE__ */ defineCall(routes.applyCaseAction, { 200: { description: 'The case after the action', schema: ProgressSchema as typeof ProgressSchema } }) satisfies OperationCall;

export const applyCaseActionOperation = /* @__PURE__ */ defineOperation(applyCaseActionCall, {
  tags: ['admin'],
  summary: '模拟办理 Move a case through its lifecycle (back-office simulator)',
  adminToken: true, params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  body: CaseActionInputSchema as typeof CaseActionInputSchema,
  errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'invalid_transition', 'materials_owed',
    'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
}) satisfies OperationDef;
