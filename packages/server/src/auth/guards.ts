import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';
import { findPartnerKey, normalizeOrigin, type PartnerKey } from './keys.js';

/** Who may call an operation. */
export type Access = 'public' | 'key' | 'admin';

/** Response headers browsers may read cross-origin. */
export const EXPOSED_HEADERS = 'ETag, Retry-After, Location, Idempotent-Replayed, Content-Language, Zwfw-Catalogue-Notice, X-Request-Id';

declare module 'fastify' {
  interface FastifyRequest {
    /** The partner key of a key-protected request, once checked. */
    partnerKey?: PartnerKey;
  }
}

/**
 * The origin a browser request comes from. Browsers send Origin on every cross-origin request and on
 * same-origin POSTs; a same-origin GET (the demo pages reading progress) only says Sec-Fetch-Site, so the
 * origin is then the server's own.
 */
export function requestOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null') return normalizeOrigin(origin);
  if (request.headers['sec-fetch-site'] === 'same-origin' && request.headers.host) {
    return normalizeOrigin(`${request.protocol}://${request.headers.host}`);
  }
  return undefined;
}

/** Catalogue reads: public information, readable from any origin without credentials. */
export async function publicCors(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', EXPOSED_HEADERS);
}

/**
 * Applications, progress, evaluations: a publishable key (X-Zwfw-Key) whose allowed origins include the
 * request's origin. The CORS answer names that origin only; others get no CORS headers and a 403 problem.
 * A request without any origin (not a browser, or a browser hiding it) is refused too: the key is only
 * meaningful bound to origins.
 */
export function keyGuard(db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers['x-zwfw-key'];
    // The contract also accepts the publishable key as `Authorization: Bearer <key>`.
    const bearer = /^Bearer (pk_\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const value = (Array.isArray(header) ? header[0] : header) ?? bearer;
    const origin = requestOrigin(request);
    const key = value ? await findPartnerKey(db, value) : undefined;
    if (key !== undefined && origin !== undefined && key.origins.includes(origin)) {
      reply
        .header('access-control-allow-origin', origin)
        .header('access-control-expose-headers', EXPOSED_HEADERS)
        .header('vary', 'Origin');
      request.partnerKey = key;
      return;
    }
    reply.header('vary', 'Origin');
    if (!value) {
      throw new ProblemError('unauthorized', { detail: 'Send your publishable key in the X-Zwfw-Key header.' });
    }
    if (key === undefined) throw new ProblemError('unauthorized', { detail: 'The X-Zwfw-Key is unknown or revoked.' });
    throw new ProblemError('origin_not_allowed', {
      detail: origin === undefined
        ? 'This key is bound to origins; send the request from a page on one of them (Origin header).'
        : `The origin ${origin} is not allowed for this key.`,
    });
  };
}

/** The admin simulator: Authorization: Bearer <ZWFW_ADMIN_TOKEN>, compared in constant time. */
export function adminGuard(token: string) {
  const expected = Buffer.from(`Bearer ${token}`);
  return async (request: FastifyRequest): Promise<void> => {
    const got = Buffer.from(request.headers.authorization ?? '');
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
      throw new ProblemError('unauthorized', {
        detail: 'The admin simulator needs Authorization: Bearer <ZWFW_ADMIN_TOKEN>.',
        headers: { 'www-authenticate': 'Bearer realm="zwfw-admin"' },
      });
    }
  };
}
