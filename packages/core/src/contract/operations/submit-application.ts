import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { ApplicationInputSchema } from '../../schemas/application.js';
import { ApplicationReceiptSchema } from '../../schemas/case.js';

/** What a client needs to call submitApplication (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const submitApplicationCall = /* @__PURE__ */ defineCall(routes.submitApplication, { 201: { description: 'The case was created', schema: ApplicationReceiptSchema as typeof ApplicationReceiptSchema } }) satisfies OperationCall;

export const submitApplicationOperation = /* @__PURE__ */ defineOperation(submitApplicationCall, {
  tags: ['applications'], summary: '申报 Submit an application for a matter or a bundle',
  description: 'Idempotent: retrying with the same Idempotency-Key and body returns the original receipt '
    + '(header Idempotent-Replayed: true) for at least 30 days; the same key with a different body is a 409.',
  adminToken: false, body: ApplicationInputSchema as typeof ApplicationInputSchema,
  errors: ['unauthorized', 'origin_not_allowed', 'idempotency_key_required', 'idempotency_key_reused',
    'validation_failed', 'not_found', 'payload_too_large', 'unsupported_media_type', 'bad_request',
    'channel_not_allowed', 'agent_not_allowed', 'file_ref_invalid', 'rate_limited'],
}) satisfies OperationDef;
