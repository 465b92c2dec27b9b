import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import {
  IDEMPOTENT_REPLAYED_HEADER, acceptedMimeTypes, acceptsType, label, problemErrorsFromZod, UploadFieldsSchema,
  type Locale, type ProblemFieldError, type UploadFields,
} from '@zwfw/core';
import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { SNIFF_BYTES, sniffTypes } from '../domain/sniff.js';
import { chinaDayStart } from '../domain/time.js';
import { resolveUploadTarget, sanitizeFileName, type UploadTarget } from '../domain/uploads.js';
import { findIdempotent, requestHash, runIdempotent, type StoredResponse } from '../http/idempotency.js';
import { hitRateLimit } from '../http/rate-limit.js';
import { ProblemError } from '../problems/problem-error.js';
import { bytesSince, insertUpload, toUploadReceipt, type NewUpload } from '../repo/uploads.js';
import type { FileStorage } from '../storage/file-storage.js';
import type { HandlerContext, HandlerResult } from './operation.js';

const MB = 1024 * 1024;
const DAY_MS = 86_400_000;

/** What streaming a file part produced. */
interface Metered {
  size: number;
  sha256: string;
  head: Buffer;
}

/** Counts, hashes and keeps the head of a stream, failing it as soon as it passes `maxBytes`. */
function meter(maxBytes: number, result: Metered): Transform {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      result.size += chunk.length;
      if (result.size > maxBytes) return done(new TooLarge());
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headLength));
        headLength += Math.min(chunk.length, SNIFF_BYTES - headLength);
      }
      done(null, chunk);
    },
    flush(done) {
      result.sha256 = hash.digest('hex');
      result.head = Buffer.concat(head);
      done();
    },
  });
}

class TooLarge extends Error {}

const fieldProblem = (path: string, code: string, message: { 'zh-CN': string; 'zh-TW': string; en: string }, locale: Locale) =>
  new ProblemError('validation_failed', { errors: [{ path, code, message: message[locale] }] });

function parseFields(raw: Record<string, string>, locale: Locale): UploadFields {
  const parsed = UploadFieldsSchema.safeParse(raw);
  if (!parsed.success) throw new ProblemError('validation_failed', { errors: problemErrorsFromZod(parsed.error, [], locale) });
  return parsed.data;
}

/** Errors of the multipart parser (malformed body, too many parts) as problems. */
function parserProblem(err: unknown, locale: Locale): ProblemError {
  const code = (err as { code?: string }).code ?? '';
  if (/^FST_(PARTS|FILES|FIELDS)_LIMIT$/.test(code)) {
    return fieldProblem('', 'too_many_parts', label('请只发送 formId、materialId、matterCode 和一个文件', '請只傳送 formId、materialId、matterCode 和一個檔案', 'Send only formId, materialId, matterCode and one file'), locale);
  }
  return new ProblemError('bad_request', { detail: 'The multipart/form-data body is malformed.' });
}

/** POST /v1/uploads. */
export function uploadHandlers(db: Db, config: ServerConfig, storage: FileStorage) {
  const limits = config.uploads;

  /** Streams the file part into storage under `key`; refuses a wrong type or size (storing nothing). */
  async function store(part: MultipartFile, target: UploadTarget, key: string, locale: Locale): Promise<Metered & { contentType: string }> {
    const metered: Metered = { size: 0, sha256: '', head: Buffer.alloc(0) };
    try {
      await storage.put(key, (part.file as Readable).pipe(meter(target.maxBytes, metered)));
    } catch (err) {
      part.file.resume();
      if (err instanceof TooLarge) {
        const mb = Math.round((target.maxBytes / MB) * 100) / 100;
        throw new ProblemError('upload_too_large', {
          detail: `Files for this material may be at most ${mb} MB.`,
          errors: [{ path: '/file', code: 'too_large', message: label(`文件不能超过 ${mb} MB`, `檔案不能超過 ${mb} MB`, `At most ${mb} MB`)[locale] }],
        });
      }
      throw err;
    }
    const fail = (e: ProblemError) => storage.delete(key).then(() => { throw e; });
    if (metered.size === 0) {
      return fail(fieldProblem('/file', 'empty_file', label('文件为空', '檔案為空', 'The file is empty'), locale));
    }
    const contentType = sniffTypes(metered.head).find((t) => acceptsType(target.accept, t));
    if (contentType === undefined) {
      const accepted = acceptedMimeTypes(target.accept).join(', ');
      return fail(new ProblemError('upload_type_not_allowed', {
        detail: `The file's content is not one of the types this material accepts: ${accepted}.`,
        errors: [{ path: '/file', code: 'type_not_allowed', message: label(`仅接受：${accepted}`, `僅接受：${accepted}`, `Accepted: ${accepted}`)[locale] }],
      }));
    }
    return { ...metered, contentType };
  }

  /** 429 when `extra` more bytes would take the key over its allowance for today (China time). */
  async function checkQuota(partner: string, extra: number, now: Date): Promise<void> {
    const dayStart = chinaDayStart(now);
    const used = await bytesSince(db, partner, dayStart);
    if (used + extra <= limits.dailyMb * MB && (extra > 0 || used < limits.dailyMb * MB)) return;
    const retryAfter = Math.max(1, Math.ceil((dayStart.getTime() + DAY_MS - now.getTime()) / 1000));
    throw new ProblemError('upload_quota_exceeded', {
      detail: `This key may upload ${limits.dailyMb} MB per day (China time); the allowance renews at midnight.`,
      headers: { 'retry-after': String(retryAfter) },
    });
  }

  /** Reads the parts: the text fields first, then exactly one file, streamed into storage. */
  async function receive(request: FastifyRequest, locale: Locale) {
    const raw: Record<string, string> = {};
    const storageKey = `${new Date().toISOString().slice(0, 10)}/${randomUUID()}`;
    let stored: (Metered & { contentType: string; name: string; fields: UploadFields }) | undefined;
    const parts = request.parts({
      limits: { fileSize: limits.maxMb * MB + 1, files: 2, fields: 8, fieldSize: 1000, parts: 10 },
    });
    try {
      for await (const part of parts) {
        if (part.type === 'field') {
          if (part.fieldname === 'file') {
            throw fieldProblem('/file', 'not_a_file', label('file 应为文件', 'file 應為檔案', 'The part named file must be a file'), locale);
          }
          if (stored !== undefined) {
            throw fieldProblem(`/${part.fieldname.slice(0, 100)}`, 'part_order', label('请先发送 formId 和 materialId，最后发送一个文件（file）', '請先傳送 formId 和 materialId，最後傳送一個檔案（file）', 'Send formId and materialId first, then one part named file'), locale);
          }
          raw[part.fieldname] = String(part.value);
          continue;
        }
        if (part.fieldname !== 'file' || stored !== undefined) {
          part.file.resume();
          throw fieldProblem(stored !== undefined ? '/file' : `/${part.fieldname.slice(0, 100)}`, stored !== undefined ? 'too_many_files' : 'unrecognized_key', label('每次只能上传一个文件，字段名为 file', '每次只能上傳一個檔案，欄位名稱為 file', 'Upload exactly one file, in the part named file'), locale);
        }
        let fields: UploadFields;
        let target: UploadTarget;
        try {
          fields = parseFields(raw, locale);
          target = await resolveUploadTarget(db, fields, limits, locale);
        } catch (err) {
          part.file.resume();
          throw err;
        }
        const result = await store(part, target, storageKey, locale);
        stored = { ...result, fields, name: sanitizeFileName(part.filename) };
      }
    } catch (err) {
      if (stored !== undefined) await storage.delete(storageKey);
      throw err instanceof ProblemError ? err : parserProblem(err, locale);
    }
    if (stored === undefined) {
      const fieldErrors: ProblemFieldError[] = [];
      const parsed = UploadFieldsSchema.safeParse(raw);
      if (!parsed.success) fieldErrors.push(...problemErrorsFromZod(parsed.error, [], locale));
      fieldErrors.push({ path: '/file', code: 'required', message: label('请附上一个文件（file）', '請附上一個檔案（file）', 'Attach one file in the part named file')[locale] });
      throw new ProblemError('validation_failed', { errors: fieldErrors });
    }
    return { ...stored, storageKey };
  }

  return {
    createUpload: async ({ request, locale }: HandlerContext): Promise<HandlerResult> => {
      if (!request.isMultipart()) {
        throw new ProblemError('unsupported_media_type', { detail: 'Send the file as multipart/form-data (fields formId, materialId, then file).' });
      }
      const partner = request.partnerKey?.key ?? 'anonymous';
      const rate = await hitRateLimit(db, `uploads:${partner}:${request.ip}`, limits.rate);
      if (!rate.allowed) throw new ProblemError('rate_limited', { headers: { 'retry-after': String(rate.retryAfter) } });
      const idempotencyKey = request.headers['idempotency-key'];
      const keyed = typeof idempotencyKey === 'string' && idempotencyKey !== '';
      // A key already over its allowance is refused before its bytes are read, unless this may be a retry.
      if (!keyed) await checkQuota(partner, 0, new Date());
      const file = await receive(request, locale);
      const now = new Date();
      const row: NewUpload = {
        ref: `upl_${randomBytes(24).toString('base64url')}`,
        partner_key: partner,
        form_id: file.fields.formId,
        material_id: file.fields.materialId,
        matter_code: file.fields.matterCode ?? null,
        name: file.name,
        content_type: file.contentType,
        size: file.size,
        sha256: file.sha256,
        storage_key: file.storageKey,
        expires_at: new Date(now.getTime() + limits.ttlHours * 3_600_000),
      };
      // A retry with the same key and the same bytes for the same material gets the first receipt.
      const scope = `uploads:${partner}`;
      const hash = requestHash({ ...file.fields, sha256: file.sha256, size: file.size });
      const replay = (result: StoredResponse): HandlerResult =>
        ({ status: result.status, body: result.body, headers: { [IDEMPOTENT_REPLAYED_HEADER.toLowerCase()]: 'true' } });
      let result: (StoredResponse & { replayed: boolean }) | undefined;
      try {
        // Looked up before the quota: a retry of an upload already counted must not be refused for it.
        const stored = keyed ? await findIdempotent(db, scope, idempotencyKey, hash) : undefined;
        if (stored === undefined) {
          await checkQuota(partner, file.size, now);
          const work = async (tx: Queryable) => {
            await insertUpload(tx, row);
            return { status: 201, body: toUploadReceipt(row) };
          };
          result = keyed ? await runIdempotent(db, scope, idempotencyKey, hash, work) : { ...(await work(db)), replayed: false };
        } else {
          result = { ...stored, replayed: true };
        }
      } finally {
        if (result?.replayed !== false) await storage.delete(file.storageKey);
      }
      return result.replayed ? replay(result) : { status: result.status, body: result.body };
    },
  };
}
