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
 * carries a client IP, which the limiter needs to compare but nobody needs to read.
 */
export async function hitRateLimit(
  db: Queryable,
  bucket: string,
  limit: { max: number; windowSeconds: number },
  now: number = Date.now(),
): Promise<RateDecision> {
  const { key, start, windowMs } = windowOf(bucket, limit, now);
  const rows = await db.query<{ hits: number }>(
    `insert into rate_limits (bucket, window_start, hits) values ($1, $2, 1)
     on conflict (bucket, window_start) do update set hits = rate_limits.hits + 1
     returning hits`,
    [key, new Date(start).toISOString()],
  );
  const hits = Number(rows[0]?.hits ?? 0);
  return { allowed: hits <= limit.max, retryAfter: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
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
  const { key, start, windowMs } = windowOf(bucket, limit, now);
  const rows = await db.query<{ hits: number }>('select hits from rate_limits where bucket = $1 and window_start = $2', [key, new Date(start).toISOString()]);
  const hits = Number(rows[0]?.hits ?? 0);
  return { allowed: hits < limit.max, retryAfter: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

function windowOf(bucket: string, limit: { windowSeconds: number }, now: number): { key: string; start: number; windowMs: number } {
  const windowMs = limit.windowSeconds * 1000;
  return {
    key: createHash('sha256').update(bucket).digest('base64url').slice(0, 32),
    start: Math.floor(now / windowMs) * windowMs,
    windowMs,
  };
}

/**
 * Deletes expired counters; called now and then, never on a hot path's critical part. Idempotency records
 * keep their own, much longer window (expireIdempotencyRecords).
 */
export async function housekeeping(db: Queryable): Promise<void> {
  await db.query("delete from rate_limits where window_start < now() - interval '1 day'");
}
