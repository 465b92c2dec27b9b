import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { etagOf } from '../http/etag.js';
import type { Coding } from './encoding.js';
import type { Sized } from './lru.js';

/** Bodies smaller than this are kept (and sent) only as they are: compressing them saves next to nothing. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * Brotli quality of the stored variants: 6 is within a few per cent of 11 on catalogue JSON and an order of
 * magnitude faster, which matters because a fill compresses on the request that missed.
 */
const BROTLI_QUALITY = 6;

/** Bookkeeping a Map entry and its key cost beyond the bodies (rough, so the budget errs on the safe side). */
const ENTRY_OVERHEAD = 512;

/** One cached 200 response: the body in each coding, compressed once when the cache filled. */
export interface CachedEntry extends Sized {
  readonly bodies: Readonly<Partial<Record<Coding, Buffer>>> & { readonly identity: Buffer };
  readonly codings: readonly Coding[];
  /** Strong ETag of each coding (a compressed body is another representation, RFC 9110 §8.8.3). */
  readonly etags: Readonly<Partial<Record<Coding, string>>> & { readonly identity: string };
  /** Response headers of the operation besides the caching ones (e.g. the catalogue notice). */
  readonly headers: Readonly<Record<string, string>>;
}

/** The ETag of a coded variant: the identity tag with the coding appended inside the quotes. */
function variantTag(identity: string, coding: Coding): string {
  return coding === 'identity' ? identity : `${identity.slice(0, -1)}-${coding}"`;
}

/** Builds the entry of a serialized JSON body: its ETag (`etag` when precomputed) and compressed variants. */
export function makeEntry(serialized: string, headers: Readonly<Record<string, string>>, key: string, etag?: string): CachedEntry {
  const identity = Buffer.from(serialized, 'utf8');
  const bodies: Partial<Record<Coding, Buffer>> & { identity: Buffer } = { identity };
  if (identity.length >= MIN_COMPRESS_BYTES) {
    bodies.br = brotliCompressSync(identity, {
      params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    });
    bodies.gzip = gzipSync(identity, { level: 9 });
  }
  const codings = (Object.keys(bodies) as Coding[]);
  const tag = etag ?? etagOf(serialized);
  const etags = Object.fromEntries(codings.map((c) => [c, variantTag(tag, c)])) as CachedEntry['etags'];
  const headerBytes = Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length, 0);
  const bytes = codings.reduce((n, c) => n + bodies[c]!.length, 0) + key.length * 2 + headerBytes * 2 + ENTRY_OVERHEAD;
  return { bodies, codings, etags, headers, bytes };
}
