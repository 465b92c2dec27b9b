import type { FastifyReply, FastifyRequest } from 'fastify';
import { notModified } from '../http/etag.js';
import { negotiateEncoding } from './encoding.js';
import type { CachedEntry } from './entry.js';

/**
 * Sends a cached entry: 304 when If-None-Match names any of its variants (they decode to the same JSON),
 * else the variant Accept-Encoding prefers, with that variant's ETag. Touches no database.
 */
export function sendEntry(request: FastifyRequest, reply: FastifyReply, entry: CachedEntry, cacheControl: string): FastifyReply {
  const accept = request.headers['accept-encoding'];
  const coding = negotiateEncoding(Array.isArray(accept) ? accept.join(',') : accept, entry.codings);
  reply.headers(entry.headers);
  reply.header('etag', entry.etags[coding]).header('cache-control', cacheControl).header('vary', 'Accept-Encoding');
  if (entry.codings.some((c) => notModified(request, entry.etags[c]!))) return reply.code(304).send();
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return reply.type('application/json; charset=utf-8').send(entry.bodies[coding]);
}
