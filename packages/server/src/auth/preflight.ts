import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';
import { isKnownOrigin, normalizeOrigin } from './keys.js';

const KEY_PATH = /^\/v1\/(?:applications|uploads)(?:\/|$|\?)/;
const ADMIN_PATH = /^\/v1\/admin(?:\/|$|\?)/;
// Authorization carries the publishable key as `Bearer pk_…`, the contract's alternative to X-Zwfw-Key.
export const KEY_HEADERS = 'Content-Type, X-Zwfw-Key, X-Zwfw-Verifier, Authorization, Idempotency-Key, Accept-Language, If-None-Match';
// The key headers are allowed (and ignored) on public reads, so a client that always sends its key still works.
export const PUBLIC_HEADERS = 'Accept-Language, If-None-Match, X-Zwfw-Key, Authorization';

/**
 * Answers every CORS preflight. A preflight carries no X-Zwfw-Key, so for key-protected paths the best it can
 * check is that some active key allows the origin; the real request then checks its own key.
 */
export function registerPreflight(app: FastifyInstance, db: Db): void {
  app.options('*', async (request, reply) => {
    const path = request.url;
    const rawOrigin = request.headers.origin;
    const isPreflight = request.headers['access-control-request-method'] !== undefined && rawOrigin !== undefined;
    if (!isPreflight) return reply.code(204).header('allow', 'GET, HEAD, POST, OPTIONS').send();
    if (ADMIN_PATH.test(path)) {
      throw new ProblemError('forbidden', { detail: 'The admin simulator is not callable from browsers.' });
    }
    if (KEY_PATH.test(path)) {
      const origin = normalizeOrigin(rawOrigin);
      reply.header('vary', 'Origin');
      if (origin === undefined || !(await isKnownOrigin(db, origin))) {
        throw new ProblemError('origin_not_allowed', { detail: `No publishable key allows the origin ${String(origin ?? rawOrigin).slice(0, 200)}.` });
      }
      return reply
        .code(204)
        .header('access-control-allow-origin', origin)
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', KEY_HEADERS)
        .header('access-control-max-age', '600')
        .send();
    }
    return reply
      .code(204)
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'GET, HEAD')
      .header('access-control-allow-headers', PUBLIC_HEADERS)
      .header('access-control-max-age', '86400')
      .send();
  });
}
