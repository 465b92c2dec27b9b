import { createHash } from 'node:crypto';
import type { Queryable } from '../db/types.js';

/** Outcome of counting one hit. */
export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets (for Retry-After). */
  retryAfter: number;
}

/**
 * Fixed-window counter in the database, so every replica sees the same count. `bucket` is hashed: it
 * carries a client IP, which the limiter needs to compare but nobody needs to read. One row per bucket: a
 * hit in a later window restarts the count in place, and the row expires when its window ends (deleted by
 * `housekeeping`), so the table holds at most the buckets active within their windows. `cost` is the units
 * this hit spends (a negative cost refunds part of an earlier charge, never below zero).
 */
export async function hitRateLimit(
  db: Queryable,
  bucket: string,
  limit: { max: number; windowSeconds: number },
  now: number = Date.now(),
  cost = 1,
): Promise<RateDecision> {
  const { key, start, end } = windowOf(bucket, limit, now);
  // A replica whose clock lags may send an older window: it adds to the current one rather than rewinding it.
  const rows = await db.query<{ hits: number }>(
    `insert into rate_limits (bucket, window_start, hits, expires_at) values ($1, $2, greatest($3::int, 0), $4)
     on conflict (bucket) do update set
       hits = case when excluded.window_start > rate_limits.window_start then excluded.hits
                   else greatest(rate_limits.hits + $3::int, 0) end,
       window_start = greatest(rate_limits.window_start, excluded.window_start),
       expires_at = greatest(rate_limits.expires_at, excluded.expires_at)
     returning hits`,
    [key, new Date(start).toISOString(), cost, new Date(end).toISOString()],
  );
  // Stryker disable next-line OptionalChaining: an upsert with RETURNING always returns its one row
  const hits = Number(rows[0]?.hits ?? 0);
  return { allowed: hits <= limit.max, retryAfter: retryAfter(end, now) };
}

/**
 * The current window's count of `bucket` without counting a hit: whether it has reached `limit.max`, and
 * when the window ends. For limits that count only some outcomes (failures) but refuse every attempt.
 */
export async function peekRateLimit(
  db: Queryable,
  bucket: string,
  limit: { max: number; windowSeconds: number },
  now: number = Date.now(),
): Promise<RateDecision> {
  const { key, start, end } = windowOf(bucket, limit, now);
  const rows = await db.query<{ hits: number }>('select hits from rate_limits where bucket = $1 and window_start = $2', [key, new Date(start).toISOString()]);
  const hits = Number(rows[0]?.hits ?? 0);
  return { allowed: hits < limit.max, retryAfter: retryAfter(end, now) };
}

const retryAfter = (end: number, now: number): number => Math.max(1, Math.ceil((end - now) / 1000));

function windowOf(bucket: string, limit: { windowSeconds: number }, now: number): { key: string; start: number; end: number } {
  const windowMs = limit.windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  return { key: createHash('sha256').update(bucket).digest('base64url').slice(0, 32), start, end: start + windowMs };
}

/**
 * Deletes counters whose window has ended (run on a timer by the server). Idempotency records keep their own,
 * much longer window (expireIdempotencyRecords).
 */
export async function housekeeping(db: Queryable, now: Date = new Date()): Promise<void> {
  await db.query('delete from rate_limits where expires_at <= $1', [now.toISOString()]);
}
