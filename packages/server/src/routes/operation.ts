import {
  INVALID_CHARACTERS_ISSUE, cappedProblemErrorsFromZod, toJsonPointer, unstorablePaths, type OperationDef, type OperationId,
} from '@zwfw/core';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Db } from '../db/types.js';
import { adminGuard, keyGuard, publicCors } from '../auth/guards.js';
import { CACHED_OPERATIONS, sendEntry, type CatalogueCache } from '../catalogue-cache/index.js';
import { sendCacheable } from '../http/etag.js';
import { MAX_BODY_DEPTH, MAX_CONTAINER_ENTRIES, firstOversized } from '../http/json-depth.js';
import { CATALOGUE_NOTICE_HEADER, noticeHeaderValue } from '../http/notice.js';
import { ProblemError } from '../problems/problem-error.js';
import { requestLocale } from '../problems/send.js';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema, VERIFIER_HEADER, VerifierSchema, type Locale, type LocalizedLabel } from '@zwfw/core';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract operation a route serves. */
    operationId?: string;
  }
}

/**
 * Idempotency-Key header: checked before the body, so a client missing it learns that first. Required keys
 * must be present; optional ones must be well-formed when sent.
 */
function checkIdempotencyKey(op: OperationDef, header: string | string[] | undefined): void {
  if (op.idempotencyKey === 'none') return;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') {
    if (op.idempotencyKey === 'optional') return;
    throw new ProblemError('idempotency_key_required', {
      detail: `Send an ${IDEMPOTENCY_KEY_HEADER} header (e.g. a UUID) so a retried submission never creates a second case.`,
    });
  }
  if (!IdempotencyKeySchema.safeParse(value).success) {
    throw new ProblemError('idempotency_key_required', {
      detail: `The ${IDEMPOTENCY_KEY_HEADER} header must be 8–255 printable ASCII characters.`,
      errors: [{ path: '/headers/idempotency-key', code: 'invalid_format', message: 'Expected 8–255 printable ASCII characters' }],
    });
  }
}

/** Since when the `?verifier=` form is deprecated (the RFC 9745 `Deprecation` header of a request that uses it). */
export const VERIFIER_QUERY_DEPRECATED_AT = '2026-12-04T00:00:00Z';

/**
 * The case proof of a request: the `X-Zwfw-Verifier` header, else the deprecated `?verifier=` (accepted for
 * one version, answered with a `Deprecation` header). A missing or malformed header is a 422 on the header.
 */
function caseVerifier(request: FastifyRequest, reply: FastifyReply, query: { verifier?: string }, locale: Locale): string {
  const header = request.headers[VERIFIER_HEADER.toLowerCase()];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined && query.verifier !== undefined) {
    reply.header('deprecation', `@${Date.parse(VERIFIER_QUERY_DEPRECATED_AT) / 1000}`);
    return query.verifier;
  }
  const parsed = VerifierSchema.safeParse(value ?? '');
  if (parsed.success) return parsed.data;
  const missing = value === undefined || value === '';
  throw new ProblemError('validation_failed', {
    detail: `Send the case proof in the ${VERIFIER_HEADER} header: the access token from the receipt or the last 4 digits of the applicant's mobile.`,
    errors: [{
      path: `/headers/${VERIFIER_HEADER.toLowerCase()}`,
      code: missing ? 'required' : 'invalid_format',
      message: {
        'zh-CN': missing ? '请提供查询凭证或手机号后四位' : '应为手机号后四位或回执上的查询凭证',
        'zh-TW': missing ? '請提供查詢憑證或手機號碼後四碼' : '應為手機號碼後四碼或回執上的查詢憑證',
        en: missing ? 'Send the access token or the mobile tail' : 'Expected the mobile tail (4 digits) or an access token',
      }[locale],
    }],
  });
}

/** A problem listing a failed parse's field errors, capped (a body of many unknown keys gets a small answer). */
function fieldProblem(
  code: 'validation_failed' | 'not_found',
  error: Parameters<typeof cappedProblemErrorsFromZod>[0],
  prefix: readonly PropertyKey[],
  locale: Locale,
  detail?: string,
): ProblemError {
  const { errors, omitted } = cappedProblemErrorsFromZod(error, prefix, locale);
  return new ProblemError(code, { errors, ...(omitted > 0 ? { errorsOmitted: omitted } : {}), ...(detail !== undefined ? { detail } : {}) });
}

/**
 * Parses a JSON body with a contract schema (after checkDepth). A refinement in a schema may assume the
 * base shape and throw on odd input (seen with a JSON array as body: reported to core); such a throw is the
 * client's malformed input, so it becomes a 422 on the body root instead of a 500.
 */
function parseBody(schema: NonNullable<OperationDef['body']>, value: unknown, locale: Locale): unknown {
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    parsed = schema.safeParse(value);
  } catch {
    throw new ProblemError('validation_failed', {
      errors: [{ path: '', code: 'invalid_type', message: { 'zh-CN': '请求体应为约定格式的 JSON 对象', 'zh-TW': '請求內容應為約定格式的 JSON 物件', en: 'Expected a JSON object of the documented shape' }[locale] }],
    });
  }
  if (!parsed.success) throw fieldProblem('validation_failed', parsed.error, [], locale);
  return parsed.data;
}

/**
 * Refuses a body nested deeper than MAX_BODY_DEPTH, or with a container of more than MAX_CONTAINER_ENTRIES
 * members, with a 422 naming the limit and pointing at the first container over it. Checked iteratively before anything else reads the body: zod, core's form engine and
 * the idempotency hash may walk it recursively, and a body nested thousands deep must be the client's error,
 * not a stack overflow (500).
 */
export function checkDepth(value: unknown, locale: Locale): void {
  const found = firstOversized(value, MAX_BODY_DEPTH, MAX_CONTAINER_ENTRIES);
  if (found === undefined) return;
  const pointer = toJsonPointer(found.path);
  if (found.reason === 'entries') {
    throw new ProblemError('validation_failed', {
      detail: `An object or array of the body has more than ${MAX_CONTAINER_ENTRIES} members; no request of this API needs more.`,
      errors: [{
        path: pointer.length <= 1000 ? pointer : '',
        code: 'too_many_entries',
        message: { 'zh-CN': `超过 ${MAX_CONTAINER_ENTRIES} 项`, 'zh-TW': `超過 ${MAX_CONTAINER_ENTRIES} 項`, en: `More than ${MAX_CONTAINER_ENTRIES} members` }[locale],
      }],
    });
  }
  throw new ProblemError('validation_failed', {
    detail: `The body is nested deeper than ${MAX_BODY_DEPTH} levels; no request of this API needs more.`,
    errors: [{
      path: pointer.length <= 1000 ? pointer : '',
      code: 'too_deep',
      message: { 'zh-CN': `嵌套超过 ${MAX_BODY_DEPTH} 层`, 'zh-TW': `巢狀超過 ${MAX_BODY_DEPTH} 層`, en: `Nested deeper than ${MAX_BODY_DEPTH} levels` }[locale],
    }],
  });
}

/**
 * Refuses NUL and unpaired surrogates anywhere in a query or JSON body (keys included) with a 422 at each
 * path: the database cannot store them, and the open parts of a body (form values) reach it through no string
 * schema. Core's string schemas say the same for clients that validate before sending.
 */
export function checkStorable(value: unknown, prefix: readonly PropertyKey[], locale: Locale): void {
  const paths = unstorablePaths(value);
  if (paths.length === 0) return;
  throw new ProblemError('validation_failed', {
    errors: paths.map((path) => ({ path: toJsonPointer([...prefix, ...path]).slice(0, 1000), code: INVALID_CHARACTERS_ISSUE.code, message: INVALID_CHARACTERS_ISSUE.messages[locale] })),
  });
}

/** Seconds a cache may serve a stale static artifact (the search index) while revalidating it. */
export const STATIC_STALE_WHILE_REVALIDATE = 3600;

/** What a handler receives: the request parts, already parsed by the contract's schemas. */
export interface HandlerContext<P = Record<string, string>, Q = Record<string, unknown>, B = unknown> {
  request: FastifyRequest;
  reply: FastifyReply;
  params: P;
  query: Q;
  body: B;
  locale: Locale;
}

/** What a handler returns: a status and body the wrapper validates against the contract before sending. */
export interface HandlerResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /**
   * Members outside the contract's schema, added to the body after validation (which would strip them).
   * Only for responses whose schema is an open object (additional members allowed).
   */
  extra?: Record<string, unknown>;
  /** Precomputed serialization and ETag of large cacheable bodies (skips response re-validation). */
  serialized?: string;
  etag?: string;
}

/** A handler of one contract operation. */
export type OperationHandler = (ctx: HandlerContext<any, any, any>) => Promise<HandlerResult>;

/**
 * Runs before the body is parsed, with the raw JSON (already depth-checked): answers an idempotent retry
 * with its stored response, or a reused key with a 409, whatever validating the body would now say.
 * Undefined lets the request through to parsing and the handler.
 */
export type ReplayHandler = (ctx: HandlerContext<any, any, unknown>) => Promise<HandlerResult | undefined>;

/**
 * How an operation is protected on this server, straight from the contract: the catalogue is public
 * (`publishableKey: 'none'`), a citizen's case operations need a key bound to the caller's origin.
 */
export function accessOf(op: OperationDef): 'public' | 'key' | 'admin' {
  if (op.adminToken) return 'admin';
  return op.publishableKey === 'required' ? 'key' : 'public';
}

/** Public, cacheable reads of catalogue data (not health or the OpenAPI document): they carry the notice. */
export function isCatalogueRead(op: OperationDef): boolean {
  return accessOf(op) === 'public' && op.cache !== 'none' && !op.tags.includes('meta');
}

/** Fastify URL of a contract path template (`/v1/matters/{code}` → `/v1/matters/:code`). */
export function fastifyPath(template: string): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

/**
 * Registers one contract operation: access guard, parsing of params/query/body with the contract schemas
 * (problems with per-field errors on failure), the handler, then validation of the response with the
 * contract's response schema, so this server can never send what the contract does not promise.
 */
export function registerOperation(
  app: FastifyInstance,
  db: Db,
  op: OperationDef & { operationId: OperationId },
  handler: OperationHandler,
  options: {
    adminToken: string;
    maxAge: number;
    replay?: ReplayHandler | undefined;
    /** The catalogue's notice (e.g. illustrative data), sent as a header on catalogue reads. */
    notice?: (() => Promise<LocalizedLabel | undefined>) | undefined;
    /** Catalogue responses as ready bytes: CACHED_OPERATIONS are answered from it and fill it. */
    cache?: CatalogueCache | undefined;
  },
): void {
  const access = accessOf(op);
  const catalogueRead = isCatalogueRead(op);
  const cache = CACHED_OPERATIONS.has(op.operationId) ? options.cache : undefined;
  // The search index lives at one unversioned URL and changes with the catalogue, so it gets the same
  // short max-age as other catalogue reads (a long one would pin a stale index in caches for hours);
  // stale-while-revalidate lets a cache answer at once while it revalidates the large file by ETag.
  const swr = op.cache === 'static' ? STATIC_STALE_WHILE_REVALIDATE : undefined;
  const cacheControl = `public, max-age=${options.maxAge}${swr === undefined ? '' : `, stale-while-revalidate=${swr}`}`;
  const guard: onRequestHookHandler =
    access === 'admin' ? adminGuard(options.adminToken) : access === 'key' ? keyGuard(db) : publicCors;
  app.route({
    method: op.method.toUpperCase() as 'GET' | 'POST',
    url: fastifyPath(op.path),
    onRequest: guard,
    config: { operationId: op.operationId },
    handler: async (request, reply) => {
      // A hit needs no parsing either: only URLs that parsed and answered 200 are ever stored.
      const hit = cache?.lookup(request.url);
      if (hit !== undefined) return sendEntry(request, reply, hit, cacheControl);
      const locale = requestLocale(request);
      let params: unknown = {};
      if (op.params) {
        const parsed = op.params.safeParse(request.params);
        // A path that cannot name a resource names none: 404, like any unknown URL.
        if (!parsed.success) {
          throw fieldProblem('not_found', parsed.error, ['path'], locale, `No such resource: ${request.url.split('?')[0]?.slice(0, 200) ?? ''}`);
        }
        params = parsed.data;
      }
      let query: unknown = {};
      if (op.query) {
        checkStorable(request.query, ['query'], locale);
        const parsed = op.query.safeParse(request.query ?? {});
        if (!parsed.success) throw fieldProblem('validation_failed', parsed.error, ['query'], locale);
        query = parsed.data;
      }
      if (op.verifier) query = { ...(query as object), verifier: caseVerifier(request, reply, query as { verifier?: string }, locale) };
      checkIdempotencyKey(op, request.headers['idempotency-key']);
      let body: unknown;
      let result: HandlerResult | undefined;
      if (op.body && op.requestMediaType !== 'multipart/form-data') {
        // The multipart parser is registered for uploads; a JSON operation answers a multipart body as before.
        if (request.isMultipart()) throw new ProblemError('unsupported_media_type', { detail: 'Send JSON with Content-Type: application/json.' });
        if (request.body === undefined || request.body === null) {
          throw new ProblemError('bad_request', { detail: 'This operation needs a JSON body (Content-Type: application/json).' });
        }
        checkDepth(request.body, locale);
        checkStorable(request.body, [], locale);
        result = await options.replay?.({ request, reply, params, query, body: request.body, locale });
        if (result === undefined) body = parseBody(op.body, request.body, locale);
      }
      const respond = async (): Promise<{ result: HandlerResult; out: unknown; headers: Record<string, string> }> => {
        const r = result ?? await handler({ request, reply, params, query, body, locale });
        let out = r.body;
        if (r.serialized === undefined) {
          const schema = op.responses[r.status]?.schema;
          const checked = schema?.safeParse(r.body);
          if (!checked?.success) {
            request.log.error(
              { operationId: op.operationId, status: r.status, issues: checked?.error.issues.slice(0, 5).map((i) => ({ path: i.path, code: i.code })) },
              'response does not match the contract',
            );
            throw new Error(`Response of ${op.operationId} does not match the contract`);
          }
          out = r.extra === undefined ? checked.data : { ...(checked.data as object), ...r.extra };
        }
        const headers = { ...r.headers };
        if (catalogueRead && options.notice !== undefined) {
          const notice = await options.notice();
          if (notice !== undefined) headers[CATALOGUE_NOTICE_HEADER.toLowerCase()] = noticeHeaderValue(notice);
        }
        return { result: r, out, headers };
      };
      if (cache !== undefined) {
        // Validated once here, when the cache fills; hits are the stored bytes.
        const entry = await cache.fill(request.url, async () => {
          const { result: r, out, headers } = await respond();
          if (r.status !== 200) throw new Error(`${op.operationId} answered ${r.status}; only 200 responses are cached`);
          return { serialized: r.serialized ?? JSON.stringify(out), etag: r.etag, headers };
        });
        return sendEntry(request, reply, entry, cacheControl);
      }
      const { result: r, out, headers } = await respond();
      reply.headers(headers);
      if (op.cache !== 'none' && r.status === 200) {
        return sendCacheable(request, reply, out, {
          maxAge: options.maxAge,
          ...(swr !== undefined ? { staleWhileRevalidate: swr } : {}),
          ...(r.serialized !== undefined ? { serialized: r.serialized } : {}),
          ...(r.etag !== undefined ? { etag: r.etag } : {}),
        });
      }
      reply.header('cache-control', 'no-store');
      return reply.code(r.status).type('application/json; charset=utf-8').send(JSON.stringify(out));
    },
  });
}
