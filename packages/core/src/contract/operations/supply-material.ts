import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { MaterialSupplyInputSchema, ProgressSchema } from '../../schemas/case.js';
import { CaseNumberParamsSchema, VerifierQuerySchema } from '../params.js';

/** What a client needs to call supplyMaterial (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const supplyMaterialCall = /* @__PURE__ */ defineCall(routes.supplyMaterial, { 200: { description: 'The case after the supply', schema: ProgressSchema as typeof ProgressSchema } }) satisfies OperationCall;

export const supplyMaterialOperation = /* @__PURE__ */ defineOperation(supplyMaterialCall, {
  tags: ['applications'],
  summary: '容缺补齐 Supply a material owed under 容缺 (files uploaded with POST /v1/uploads)',
  description: 'For a bundle case, the material is supplied to every step that owes it. Retrying with the same '
    + 'Idempotency-Key returns the first answer.',
  adminToken: false, params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
  query: VerifierQuerySchema as typeof VerifierQuerySchema,
  body: MaterialSupplyInputSchema as typeof MaterialSupplyInputSchema,
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked', 'file_ref_invalid',
    'invalid_transition', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
}) satisfies OperationDef;
