import type { FormMaterial, UploadReceipt } from '@zwfw/core';
import { acceptedMimeTypes, acceptsType, label, materialFileRules, typeFromName, type LocalizedLabel, routes } from '@zwfw/core/light';
import { ZwfwApiError } from '../errors.js';
import { callOperation } from '../operation.js';
import type { CallOptions, Transport } from '../transport.js';
import { hasXhr, xhrFetch } from '../xhr-fetch.js';
import { checkIdempotencyKey, newIdempotencyKey, requireString } from './args.js';

/** The slowest uplink an upload's default timeout allows for (64 KiB/s, about 0.5 Mbit/s). */
const UPLOAD_BYTES_PER_SECOND = 64 * 1024;

/** How far an upload has got: bytes sent of the total, and their fraction (0–1). */
export interface UploadProgress {
  loaded: number;
  total: number;
  fraction: number;
}

/** What `checkUpload` needs of a form material (all optional: the defaults apply when absent). */
export type UploadMaterial = Partial<Pick<FormMaterial, 'accept' | 'maxSizeMb'>>;

/** Outcome of {@link checkUpload}: fine, or the problem code the server would answer with and a message. */
export type UploadCheck =
  | { ok: true }
  | { ok: false; code: 'upload_too_large' | 'upload_type_not_allowed'; message: LocalizedLabel };

/**
 * Checks a file against a form material's `accept` and `maxSizeMb` before it is sent, so a form can say at
 * once what is wrong. Its type is judged from the browser's `type` or the name's extension, which only hint
 * at the content: the server checks the bytes and has the last word. A file whose type cannot be told passes.
 * @example
 * const check = checkUpload(input.files[0], form.materials[0]);
 * if (!check.ok) showError(check.message['zh-CN']);
 */
export function checkUpload(file: Blob & { name?: string }, material: UploadMaterial = {}): UploadCheck {
  const { accept, maxSizeMb, maxBytes } = materialFileRules({ materialId: '', ...material });
  if (file.size > maxBytes) {
    return { ok: false, code: 'upload_too_large', message: label(`文件不能超过 ${maxSizeMb} MB`, `檔案不能超過 ${maxSizeMb} MB`, `The file must be at most ${maxSizeMb} MB`) };
  }
  const type = file.type !== '' ? file.type : typeof file.name === 'string' ? typeFromName(file.name) : undefined;
  if (type !== undefined && !acceptsType(accept, type)) {
    const list = acceptedMimeTypes(accept).join(', ');
    return { ok: false, code: 'upload_type_not_allowed', message: label(`仅接受：${list}`, `僅接受：${list}`, `Accepted: ${list}`) };
  }
  return { ok: true };
}

/** Options of `uploads.create`. */
export interface UploadOptions extends CallOptions {
  /** The form the material belongs to (`FormSpec.id`). */
  formId: string;
  /** The form material the file is for (`FormSpec.materials[i].materialId`). */
  materialId: string;
  /** Bundle forms: the matter the material belongs to. */
  matterCode?: string;
  /** Pass the form's material to check size and type before sending (see {@link checkUpload}). */
  material?: UploadMaterial;
  /** Called as the file goes out: in browsers as bytes are sent; elsewhere at 0 % and at 100 %. */
  onProgress?: (progress: UploadProgress) => void;
  /**
   * Idempotency-Key for this upload; by default one is generated per call and reused on every retry, so a
   * retried upload returns the first receipt instead of storing the file twice.
   */
  idempotencyKey?: string;
}

/** 材料上传: files for the materials of an application, uploaded before it is submitted. */
export interface UploadsResource {
  /**
   * Upload one file for a form material. Put the receipt's `fileRef` in the submission's
   * `materials[i].fileRefs`; it is usable only with this client's publishable key and expires unless a
   * submission cites it (see `expiresAt`). Retried on network failures, 5xx and 429 with the same key.
   * @example
   * const receipt = await client.uploads.create(file, { formId: form.id, materialId: 'id-card', onProgress: (p) => bar.value = p.fraction });
   * materials.push({ materialId: 'id-card', status: 'provided', fileRefs: [receipt.fileRef] });
   */
  create(file: Blob, options: UploadOptions): Promise<UploadReceipt>;
}

/** @internal */
export function createUploads(transport: Transport): UploadsResource {
  return {
    async create(file, options) {
      const operation = 'uploads.create';
      const { formId, materialId, matterCode, material, onProgress, idempotencyKey, ...callOptions } = options ?? ({} as UploadOptions);
      requireString(formId, 'formId', operation, "'form-11440106MB2C9F7X2K4000117016000'");
      requireString(materialId, 'materialId', operation, "'id-card'");
      checkIdempotencyKey(idempotencyKey, operation);
      if (material !== undefined) {
        const check = checkUpload(file, material);
        if (!check.ok) {
          // The statuses the server answers with (core's PROBLEM_CODES, not imported: its labels would weigh ~4 kB gzip).
          const status = check.code === 'upload_too_large' ? 413 : 415;
          throw new ZwfwApiError(`${operation} refused the file before sending it: ${check.message.en}.`, {
            operation, attempts: 0, status, code: check.code, title: check.message.en, detail: check.message.en,
            problemType: undefined, errors: [{ path: 'file', message: check.message.en, code: check.code }], retryAfter: undefined, problem: undefined,
          });
        }
      }
      const total = file.size;
      const report = (loaded: number): void => onProgress?.({ loaded, total, fraction: total === 0 ? 1 : Math.min(1, loaded / total) });
      const form = new FormData();
      // The server reads the fields before the file, to know the material's limits while the bytes arrive.
      form.append('formId', formId);
      form.append('materialId', materialId);
      if (matterCode !== undefined) form.append('matterCode', matterCode);
      form.append('file', file, (file as { name?: string }).name ?? 'file');
      report(0);
      // The multipart body is a little larger than the file: progress is scaled to the file's bytes.
      const progressFetch = onProgress !== undefined && hasXhr() && transport.config.fetch === undefined
        ? xhrFetch((loaded, sent) => report(sent > 0 ? Math.round((loaded / sent) * total) : 0))
        : undefined;
      // The client's timeout is sized for JSON calls; a file on a slow uplink needs longer, so unless the caller
      // sets one, each attempt gets one more second per 64 KiB (a 10 MB file: about 2.5 more minutes).
      const timeout = callOptions.timeout ?? transport.config.timeout + Math.ceil(total / UPLOAD_BYTES_PER_SECOND) * 1000;
      const receipt = await callOperation(transport, operation, routes.createUpload, () => import('../operations/create-upload.js'), {
        formData: form, idempotencyKey: idempotencyKey ?? newIdempotencyKey(), ...(progressFetch ? { fetch: progressFetch } : {}),
      }, { ...callOptions, timeout });
      report(total);
      return receipt;
    },
  };
}
