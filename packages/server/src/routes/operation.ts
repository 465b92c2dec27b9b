import {
  problemErrorsFromZod, type OperationDef, type OperationId,
} from '@zwfw/core';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Db } from '../db/types.js';
import { adminGuard, keyGuard, publicCors } from '../auth/guards.js';
import { sendCacheable } from '../http/etag.js';
import { ProblemError } from '../problems/problem-error.js';
import { requestLocale } from '../problems/send.js';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema, type Locale } from '@zwfw/core';

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

/**
 * Parses a JSON body with a contract schema. A refinement in a schema may assume the base shape and throw on
 * odd input (seen with a JSON array as body: reported to core); such a throw is the client's malformed input,
 * so it becomes a 422 on the body root instead of a 500.
 */
function parseBody(schema: NonNullable<OperationDef['body']>, value: unknown): unknown {
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    parsed = schema.safeParse(value);
  } catch {
    throw new ProblemError('validation_failed', {
      errors: [{ path: '', code: 'invalid_type', message: 'Expected a JSON object of the documented shape' }],
    });
  }
  if (!parsed.success) throw new ProblemError('validation_failed', { errors: problemErrorsFromZod(parsed.error) });
  return parsed.data;
}

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
  /** Precomputed serialization and ETag of large cacheable bodies (skips response re-validation). */
  serialized?: string;
  etag?: string;
}

/** A handler of one contract operation. */
export type OperationHandler = (ctx: HandlerContext<any, any, any>) => Promise<HandlerResult>;

/**
 * How an operation is protected on this server, straight from the contract: the catalogue is public
 * (`publishableKey: 'none'`), a citizen's case operations need a key bound to the caller's origin.
 */
export function accessOf(op: OperationDef): 'public' | 'key' | 'admin' {
  if (op.adminToken) return 'admin';
  return op.publishableKey === 'required' ? 'key' : 'public';
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
  options: { adminToken: string; maxAge: number },
): void {
  const access = accessOf(op);
  const guard: onRequestHookHandler =
    access === 'admin' ? adminGuard(options.adminToken) : access === 'key' ? keyGuard(db) : publicCors;
  app.route({
    method: op.method.toUpperCase() as 'GET' | 'POST',
    url: fastifyPath(op.path),
    onRequest: guard,
    config: { operationId: op.operationId },
    handler: async (request, reply) => {
      const locale = requestLocale(request);
      let params: unknown = {};
      if (op.params) {
        const parsed = op.params.safeParse(request.params);
        // A path that cannot name a resource names none: 404, like any unknown URL.
        if (!parsed.success) {
          throw new ProblemError('not_found', {
            detail: `No such resource: ${request.url.split('?')[0]?.slice(0, 200) ?? ''}`,
            errors: problemErrorsFromZod(parsed.error, ['path']),
          });
        }
        params = parsed.data;
      }
      let query: unknown = {};
      if (op.query) {
        const parsed = op.query.safeParse(request.query ?? {});
        if (!parsed.success) throw new ProblemError('validation_failed', { errors: problemErrorsFromZod(parsed.error, ['query']) });
        query = parsed.data;
      }
      checkIdempotencyKey(op, request.headers['idempotency-key']);
      let body: unknown;
      if (op.body) {
        if (request.body === undefined || request.body === null) {
          throw new ProblemError('bad_request', { detail: 'This operation needs a JSON body (Content-Type: application/json).' });
        }
        body = parseBody(op.body, request.body);
      }
      const result = await handler({ request, reply, params, query, body, locale });
      for (const [k, v] of Object.entries(result.headers ?? {})) reply.header(k, v);
      let out = result.body;
      if (result.serialized === undefined) {
        const schema = op.responses[result.status]?.schema;
        const checked = schema?.safeParse(result.body);
        if (!checked?.success) {
          request.log.error(
            { operationId: op.operationId, status: result.status, issues: checked?.error.issues.slice(0, 5).map((i) => ({ path: i.path, code: i.code })) },
            'response does not match the contract',
          );
          throw new Error(`Response of ${op.operationId} does not match the contract`);
        }
        out = checked.data;
      }
      if (op.cache !== 'none' && result.status === 200) {
        return sendCacheable(request, reply, out, {
          maxAge: op.cache === 'static' ? Math.max(options.maxAge, 3600) : options.maxAge,
          ...(result.serialized !== undefined ? { serialized: result.serialized } : {}),
          ...(result.etag !== undefined ? { etag: result.etag } : {}),
        });
      }
      reply.header('cache-control', 'no-store');
      return reply.code(result.status).type('application/json; charset=utf-8').send(JSON.stringify(out));
    },
  });
}
