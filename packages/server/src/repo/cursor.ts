import { ProblemError } from '../problems/problem-error.js';

// Cursors are opaque to clients (base64url JSON) so the keyset behind them can change without breaking
// the contract. Lists are ordered by a unique text key; the cursor holds the last key served.

/** Cursor for the page after `lastKey`. */
export function encodeCursor(lastKey: string): string {
  return Buffer.from(JSON.stringify({ k: lastKey }), 'utf8').toString('base64url');
}

/** The key a cursor continues after; a forged or garbled cursor is a 422 on `cursor`. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && 'k' in value && typeof value.k === 'string') return value.k;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError('validation_failed', {
    detail: 'The cursor is not one this server issued; start again without it.',
    errors: [{ path: '/query/cursor', code: 'invalid_cursor', message: 'Unknown or malformed cursor' }],
  });
}

/** Splits `limit + 1` fetched rows into a page and the next cursor. */
export function toPage<T>(rows: readonly T[], limit: number, keyOf: (row: T) => string): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
