import { defineCall, defineOperation } from '../define.js';
import { routes } from '../routes.js';
import type { OperationCall, OperationDef } from '../operations.js';
import { UploadBodySchema, UploadReceiptSchema } from '../../schemas/upload.js';

/** What a client needs to call createUpload (the SDK loads this alone, without documentation or request schemas; its route is in ../routes.ts). */
export const createUploadCall = /* @__PURE__ */ defineCall(routes.createUpload, { 201: { description: 'The file was stored', schema: UploadReceiptSchema as typeof UploadReceiptSchema } }) satisfies OperationCall;

export const createUploadOperation = /* @__PURE__ */ defineOperation(createUploadCall, {
  tags: ['applications'],
  summary: '材料上传 Upload one file for a material of a form, before submitting the application',
  description: 'multipart/form-data: the text parts formId, materialId (and matterCode for a bundle form), then '
    + 'exactly one part `file`. The type is sniffed from the bytes and must be one the material accepts; the '
    + 'size is bounded by the material and the server. The returned fileRef is usable only with the same '
    + 'publishable key and expires unless an application cites it first. Idempotency-Key optional: a retry '
    + 'with the same key and the same bytes returns the same receipt.',
  adminToken: false, body: UploadBodySchema as typeof UploadBodySchema, requestMediaType: 'multipart/form-data',
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'upload_too_large', 'upload_type_not_allowed',
    'upload_quota_exceeded', 'idempotency_key_required', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
}) satisfies OperationDef;
