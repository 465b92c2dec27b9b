// Edges of the idempotency and rate-limit machinery, driven directly on a real database with explicit times:
// a key still in progress, a failed first attempt, the expiry boundary, and Retry-After at a window's edge.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expireIdempotencyRecords, findIdempotent, runIdempotent } from '../src/http/idempotency.js';
import { hitRateLimit, peekRateLimit } from '../src/http/rate-limit.js';
import { ProblemError } from '../src/problems/problem-error.js';
import { migrate, type Db } from '../src/index.js';
import type { Queryable } from '../src/db/types.js';
import { DB_KIND, openTestDb } from './helpers/server.js';

// The detail tells the client which header the problem is about.
const isProblem = (code: string) => (e: unknown) => e instanceof ProblemError && e.code === code && /Idempotency-Key/.test(e.detail ?? '');

describe(`idempotency records (${DB_KIND})`, () => {
  let db: Db;
  before(async () => {
    db = await openTestDb();
    await migrate(db);
  });
  after(() => db.close());

  const stored = async (key: string) => Number((await db.query<{ n: number }>('select count(*)::int as n from idempotency_keys where key = $1', [key]))[0]?.n);

  it('a key whose first request is still running is a 409 conflict, not a second run', async () => {
    // What another connection's open transaction looks like: the key claimed, no response yet.
    await db.query('insert into idempotency_keys (scope, key, request_hash) values ($1, $2, $3)', ['s', 'running-key', 'h1']);
    await assert.rejects(findIdempotent(db, 's', 'running-key', 'h1'), isProblem('conflict'));
    let ran = false;
    await assert.rejects(runIdempotent(db, 's', 'running-key', 'h1', async () => ((ran = true), { status: 201, body: {} })), isProblem('conflict'));
    assert.equal(ran, false);
  });

  it('replays the stored response for the same body, refuses another body, and keys are per scope', async () => {
    let runs = 0;
    const work = async () => ({ status: 201, body: { n: ++runs } });
    assert.deepEqual(await runIdempotent(db, 's', 'k-replay', 'h1', work), { status: 201, body: { n: 1 }, replayed: false });
    assert.deepEqual(await runIdempotent(db, 's', 'k-replay', 'h1', work), { status: 201, body: { n: 1 }, replayed: true });
    assert.deepEqual(await findIdempotent(db, 's', 'k-replay', 'h1'), { status: 201, body: { n: 1 } });
    await assert.rejects(runIdempotent(db, 's', 'k-replay', 'h2', work), isProblem('idempotency_key_reused'));
    await assert.rejects(findIdempotent(db, 's', 'k-replay', 'h2'), isProblem('idempotency_key_reused'));
    assert.deepEqual(await runIdempotent(db, 'other-scope', 'k-replay', 'h2', work), { status: 201, body: { n: 2 }, replayed: false });
    assert.equal(await findIdempotent(db, 's', 'never-used', 'h1'), undefined);
  });

  it('a first attempt that fails stores nothing, so its retry runs afresh', async () => {
    await assert.rejects(runIdempotent(db, 's', 'k-fails', 'h1', async () => { throw new Error('database hiccup'); }), /database hiccup/);
    assert.equal(await stored('k-fails'), 0);
    assert.deepEqual(await runIdempotent(db, 's', 'k-fails', 'h1', async () => ({ status: 201, body: { ok: true } })), { status: 201, body: { ok: true }, replayed: false });
  });

  it('a record that vanishes between the conflict and the read (expired by another replica) is a 409 to retry, not a 500', async () => {
    await runIdempotent(db, 's', 'k-vanish', 'h1', async () => ({ status: 201, body: {} }));
    // The same database, with another connection's housekeeping committing right after our insert conflicted.
    const racing: Db = Object.create(db, {
      transaction: {
        value: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn({
          query: async <R>(sql: string, params?: readonly unknown[]) => {
            const rows = await tx.query<R>(sql, params);
            if (sql.trimStart().startsWith('insert into idempotency_keys')) await tx.query('delete from idempotency_keys where key = $1', ['k-vanish']);
            return rows;
          },
        })),
      },
    });
    let ran = false;
    await assert.rejects(runIdempotent(racing, 's', 'k-vanish', 'h1', async () => ((ran = true), { status: 201, body: {} })), isProblem('conflict'));
    assert.equal(ran, false);
  });

  it('expiry removes records older than the window only; a retry after expiry runs again', async () => {
    await runIdempotent(db, 's', 'k-expiry', 'h1', async () => ({ status: 201, body: { first: true } }));
    const createdAt = new Date((await db.query<{ t: string | Date }>('select created_at as t from idempotency_keys where key = $1', ['k-expiry']))[0]!.t);
    const DAY = 86_400_000;
    await expireIdempotencyRecords(db, new Date(createdAt.getTime() + 30 * DAY), 30); // exactly 30 days old: kept
    assert.equal(await stored('k-expiry'), 1);
    await expireIdempotencyRecords(db, new Date(createdAt.getTime() + 30 * DAY + 1), 30);
    assert.equal(await stored('k-expiry'), 0);
    assert.deepEqual(await runIdempotent(db, 's', 'k-expiry', 'h1', async () => ({ status: 201, body: { second: true } })), { status: 201, body: { second: true }, replayed: false });
  });
});

describe(`rate-limit Retry-After at a window's edges (${DB_KIND})`, () => {
  let db: Db;
  before(async () => {
    db = await openTestDb();
    await migrate(db);
  });
  after(() => db.close());

  const limit = { max: 1, windowSeconds: 60 };
  const start = Date.parse('2026-03-10T02:00:00Z'); // a window boundary (a whole minute)

  it('is the whole window at its first millisecond and 1 s in its last; never 0', async () => {
    assert.deepEqual(await hitRateLimit(db, 'edge-a', limit, start), { allowed: true, retryAfter: 60 });
    assert.deepEqual(await hitRateLimit(db, 'edge-a', limit, start + 1), { allowed: false, retryAfter: 60 });
    assert.deepEqual(await hitRateLimit(db, 'edge-a', limit, start + 58_999), { allowed: false, retryAfter: 2 });
    assert.deepEqual(await hitRateLimit(db, 'edge-a', limit, start + 59_000), { allowed: false, retryAfter: 1 });
    assert.deepEqual(await hitRateLimit(db, 'edge-a', limit, start + 59_999), { allowed: false, retryAfter: 1 });
    assert.deepEqual(await peekRateLimit(db, 'edge-a', limit, start + 59_999), { allowed: false, retryAfter: 1 });
  });

  it('stores a bucket as a fixed 32-character hash, never the client address it names', async () => {
    const address = 'submit:203.0.113.77:a-rather-long-publishable-key-name-that-would-not-fit-in-32-characters';
    await hitRateLimit(db, address, limit, start);
    await hitRateLimit(db, address, limit, start);
    const buckets = (await db.query<{ bucket: string; hits: number }>('select bucket, hits from rate_limits')).filter((r) => r.hits === 2);
    assert.equal(buckets.length, 1);
    assert.match(buckets[0]!.bucket, /^[A-Za-z0-9_-]{32}$/);
    assert.ok(!buckets[0]!.bucket.includes('203.0.113.77'));
  });

  it('the next window starts at its first millisecond with a fresh count', async () => {
    assert.deepEqual(await hitRateLimit(db, 'edge-b', limit, start + 59_999), { allowed: true, retryAfter: 1 });
    assert.deepEqual(await hitRateLimit(db, 'edge-b', limit, start + 60_000), { allowed: true, retryAfter: 60 });
    assert.deepEqual(await peekRateLimit(db, 'edge-b', limit, start + 60_000), { allowed: false, retryAfter: 60 });
    assert.deepEqual(await peekRateLimit(db, 'edge-b', limit, start + 120_000), { allowed: true, retryAfter: 60 });
  });
});
