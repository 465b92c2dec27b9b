/** Content codings the cache keeps ready, besides identity. */
export type Coding = 'br' | 'gzip' | 'identity';

/**
 * Weight of identity when the header lists neither it nor `*`: acceptable (RFC 9110 §12.5.3), but below any
 * listed coding (q-values have at most three decimals), so `br;q=0.5` still gets br, as browsers expect.
 */
const UNLISTED_IDENTITY = 0.0001;

/** Server preference among equally acceptable codings: smallest first. */
const PREFERENCE: readonly Coding[] = ['br', 'gzip', 'identity'];

/** q-values of an Accept-Encoding header by coding (lower-cased; `x-gzip` is gzip, RFC 9110 §8.4.1.3). */
function qualities(header: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name === '') continue;
    let q = 1;
    for (const p of params) {
      const m = /^q\s*=\s*([01](?:\.\d{0,3})?)$/.exec(p);
      if (m) q = Number(m[1]);
    }
    const coding = name === 'x-gzip' ? 'gzip' : name;
    // A coding listed twice keeps its best weight.
    out.set(coding, Math.max(out.get(coding) ?? 0, Math.min(q, 1)));
  }
  return out;
}

/**
 * The coding to send (RFC 9110 §12.5.3): the acceptable one with the highest q among `available` and
 * identity, br before gzip before identity on a tie. No header means any coding is fine, but a client that
 * says nothing may not decode one, so it gets identity. Identity is acceptable unless `identity;q=0`, or
 * `*;q=0` without an identity entry, excludes it, and comes last when unlisted; if nothing is acceptable,
 * identity is sent anyway (a body the client can read is better than a 406 for a public read).
 */
export function negotiateEncoding(header: string | undefined, available: readonly Coding[]): Coding {
  if (header === undefined || header.trim() === '') return 'identity';
  const q = qualities(header);
  const star = q.get('*');
  const weight = (c: Coding): number => q.get(c) ?? (star !== undefined ? star : c === 'identity' ? UNLISTED_IDENTITY : 0);
  let best: Coding = 'identity';
  let bestQ = 0;
  for (const c of PREFERENCE) {
    if (c !== 'identity' && !available.includes(c)) continue;
    const w = weight(c);
    if (w > bestQ) {
      best = c;
      bestQ = w;
    }
  }
  return best;
}
