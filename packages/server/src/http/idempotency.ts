import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../db/types.js';
import { ProblemError } from '../problems/problem-error.js';

/** A stored response to replay. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** Hash of a request body independent of key order, so a semantically equal retry matches. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

// Recursive: safe because request bodies are at most MAX_BODY_DEPTH (32) deep (checked in parseBody).
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      // The keys of one object are distinct, so two are never equal.
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An idempotency record as stored (status_code is null only inside the transaction that creates it). */
interface KeyRow {
  request_hash: string;
  status_code: number | null;
  response: unknown;
}

/** What a stored record means for a request with body hash `hash`: its response, or a problem. */
function outcomeOf(row: KeyRow, hash: string): StoredResponse {
  if (row.status_code === null) {
    // Only possible if the first request is still running on a connection that does not block us.
    throw new ProblemError('conflict', {
      detail: 'A request with this Idempotency-Key is still in progress; retry shortly.',
    });
  }
  if (row.request_hash !== hash) {
    throw new ProblemError('idempotency_key_reused', {
      detail: 'This Idempotency-Key was already used with a different request body. Use a new key for a new submission.',
    });
  }
  return { status: Number(row.status_code), body: row.response };
}

async function keyRow(db: Queryable, scope: string, key: string): Promise<KeyRow | undefined> {
  const rows = await db.query<KeyRow>(
    'select request_hash, status_code, response from idempotency_keys where scope = $1 and key = $2',
    [scope, key],
  );
  return rows[0];
}

/**
 * Looks a key up before the request is validated: the stored response for the same body, a 409 for another
 * body, undefined for a key not used yet. A genuine retry must get its receipt even when validating it again
 * would now fail (the form got a new version, the reason list changed), and a reused key is a 409 whatever
 * the new body holds. A lookup only: a request that finds nothing still goes through `runIdempotent`, which
 * settles concurrent first attempts.
 */
export async function findIdempotent(db: Queryable, scope: string, key: string, hash: string): Promise<StoredResponse | undefined> {
  const row = await keyRow(db, scope, key);
  return row === undefined ? undefined : outcomeOf(row, hash);
}

/**
 * Runs `work` at most once per (scope, key), in one transaction with the key record:
 * - first time: the key row is inserted, `work` runs, its response is stored with it, all committed together;
 * - a retry with the same body gets the stored response (replayed = true);
 * - the same key with another body is a 409;
 * - a concurrent duplicate blocks on the key's unique index until the first commits, then replays.
 * If `work` throws (e.g. a validation problem), everything rolls back and the key stays free for a corrected
 * request.
 */
export async function runIdempotent(
  db: Db,
  scope: string,
  key: string,
  hash: string,
  work: (tx: Queryable) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `insert into idempotency_keys (scope, key, request_hash) values ($1, $2, $3)
       on conflict (scope, key) do nothing returning key`,
      [scope, key, hash],
    );
    if (inserted.length === 0) {
      const row = await keyRow(tx, scope, key);
      if (row === undefined) {
        throw new ProblemError('conflict', {
              detail: 'A request with this Idempotency-Key is still in progress; retry shortly.',
        });
      }
      return { ...outcomeOf(row, hash), replayed: true };
    }
    const result = await work(tx);
    await tx.query(
      'update idempotency_keys set status_code = $3, response = $4::jsonb where scope = $1 and key = $2',
      [scope, key, result.status, JSON.stringify(result.body)],
    );
    return { ...result, replayed: false };
  });
}

/**
 * Deletes the idempotency records older than `days` before `now`. The window must outlast any client that can
 * still hold a key: the SDK keeps a key with a draft, and a draft saved today may be submitted weeks later, so
 * a retry must find the record (24 h once let the same key and body create a second case a day later).
 */
export async function expireIdempotencyRecords(db: Queryable, now: Date, days: number): Promise<void> {
  await db.query('delete from idempotency_keys where created_at < $1', [new Date(now.getTime() - days * 86_400_000).toISOString()]);
}
