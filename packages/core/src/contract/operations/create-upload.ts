import type { OperationDef } from '../operations.js';
import { UploadBodySchema, UploadReceiptSchema } from '../../schemas/upload.js';

export const createUploadOperation = {
  operationId: 'createUpload', method: 'post', path: '/v1/uploads', tags: ['applications'],
  summary: '材料上传 Upload one file for a material of a form, before submitting the application',
  description: 'multipart/form-data: the text parts formId, materialId (and matterCode for a bundle form), then '
    + 'exactly one part `file`. The type is sniffed from the bytes and must be one the material accepts; the '
    + 'size is bounded by the material and the server. The returned fileRef is usable only with the same '
    + 'publishable key and expires unless an application cites it first. Idempotency-Key optional: a retry '
    + 'with the same key and the same bytes returns the same receipt.',
  publishableKey: 'required', adminToken: false, verifier: false, idempotencyKey: 'optional', cache: 'none',
  body: UploadBodySchema as typeof UploadBodySchema,
  requestMediaType: 'multipart/form-data',
  responses: { 201: { description: 'The file was stored', schema: UploadReceiptSchema as typeof UploadReceiptSchema } },
  errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'upload_too_large', 'upload_type_not_allowed',
    'upload_quota_exceeded', 'idempotency_key_required', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
} as const satisfies OperationDef;
