import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Strong ETag of a serialized body. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether If-None-Match matches `etag` (weak comparison, as RFC 9110 asks for If-None-Match). */
export function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/**
 * Sends a cacheable catalogue read: JSON body with ETag and Cache-Control, or 304 when the client's copy is
 * current. `serialized`/`etag` may be precomputed (the search index is large and rarely changes).
 */
export function sendCacheable(
  request: FastifyRequest,
  reply: FastifyReply,
  body: unknown,
  options: { maxAge: number; staleWhileRevalidate?: number; serialized?: string; etag?: string },
): FastifyReply {
  const serialized = options.serialized ?? JSON.stringify(body);
  const etag = options.etag ?? etagOf(serialized);
  const swr = options.staleWhileRevalidate === undefined ? '' : `, stale-while-revalidate=${options.staleWhileRevalidate}`;
  reply.header('etag', etag).header('cache-control', `public, max-age=${options.maxAge}${swr}`);
  if (notModified(request, etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(serialized);
}
