import * as z from 'zod/mini';
import { IdSchema, MatterCodeSchema, TimestampSchema, textSchema } from './primitives.js';

// Material uploads (POST /v1/uploads). A file is uploaded before the application that cites it: the receipt's
// opaque fileRef then goes into `materials[i].fileRefs`. The upload names the form material it is for, so the
// server can hold it to that material's accepted types and size.

export { DEFAULT_MATERIAL_ACCEPT, DEFAULT_MATERIAL_MAX_SIZE_MB } from './upload-defaults.js';

/** A file reference as the upload endpoint issues it: `upl_` and 24 random bytes in base64url. */
export const FileRefSchema = z.string().check(z.regex(/^upl_[A-Za-z0-9_-]{32}$/, 'Expected a file reference issued by POST /v1/uploads'));

/** The text fields of an upload (multipart/form-data parts before the file). */
export const UploadFieldsSchema = z.strictObject({
  formId: IdSchema,
  /** The form material the file is for. */
  materialId: IdSchema,
  /** Bundle forms: the matter the material belongs to. */
  matterCode: z.optional(MatterCodeSchema),
});
/** The text fields of an upload. */
export type UploadFields = z.infer<typeof UploadFieldsSchema>;

/** POST /v1/uploads body as the OpenAPI document describes it: the fields, then exactly one `file` part. */
export const UploadBodySchema = z.extend(UploadFieldsSchema, {
  /**
   * The file; its real type is sniffed from its bytes, never taken from its name or Content-Type. Described as
   * binary string content (OpenAPI 3.1) rather than with z.file(), which would add zod's File class to every
   * bundle that imports the contract.
   */
  file: z.string().check(z.meta({ contentMediaType: 'application/octet-stream' })),
});

/** 201 of POST /v1/uploads. */
export const UploadReceiptSchema = z.object({
  /** Opaque and unguessable; usable only in submissions made with the same publishable key. */
  fileRef: FileRefSchema,
  formId: IdSchema,
  materialId: IdSchema,
  matterCode: z.optional(MatterCodeSchema),
  /** The file name as sent, stripped of paths and control characters. */
  name: textSchema(200),
  /** The type found in the file's bytes. */
  contentType: z.string().check(z.maxLength(100)),
  /** Bytes. */
  size: z.number().check(z.int(), z.positive()),
  /** Hex SHA-256 of the bytes, so a client can check what was stored. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Unless an application cites it first, the file is deleted after this time. */
  expiresAt: TimestampSchema,
});
/** 201 of POST /v1/uploads. */
export type UploadReceipt = z.infer<typeof UploadReceiptSchema>;
