// Storage: migrations are versioned, idempotent and safe to run concurrently; case serials are atomic; the
// embedded database persists in its folder; replicas share one PostgreSQL (idempotency across replicas).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createServer, loadConfig, migrate, MIGRATIONS, openDb, seed } from '../src/index.js';
import { allocateCaseNumber } from '../src/domain/case-number.js';
import { legalApplication, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, call, idemKey, keyHeaders, openTestDb } from './helpers/server.js';

describe(`storage (${DB_KIND})`, () => {
  it('migrates once, records versions, and is idempotent under concurrent starts', async () => {
    const db = await openTestDb();
    try {
      const results = await Promise.all([migrate(db), migrate(db), migrate(db)]);
      const applied = results.flat();
      assert.deepEqual(applied, MIGRATIONS.map((m) => m.version), 'each migration applied exactly once');
      assert.deepEqual(await migrate(db), []);
      const rows = await db.query<{ version: number; name: string }>('select version, name from schema_migrations order by version');
      assert.deepEqual(rows.map((r) => Number(r.version)), MIGRATIONS.map((m) => m.version));
      for (const table of ['matters', 'forms', 'bundles', 'regions', 'applications', 'progress_events', 'idempotency_keys', 'evaluations', 'partner_keys', 'rate_limits', 'case_serials', 'evaluation_reason_lists']) {
        await db.query(`select 1 from ${table} limit 1`);
      }
    } finally {
      await db.close();
    }
  });

  it('allocates case serials atomically per task code and day', async () => {
    const db = await openTestDb();
    try {
      await migrate(db);
      const code = '11440106MB2C12345E4000117007000';
      const day = new Date('2025-03-03T02:00:00Z');
      const numbers = await Promise.all(Array.from({ length: 25 }, () => db.transaction((tx) => allocateCaseNumber(tx, code, day))));
      assert.equal(new Set(numbers).size, 25);
      assert.deepEqual(numbers.map((n) => n.slice(-4)).sort(), Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(4, '0')));
      assert.ok(numbers.every((n) => n.length === 43 && n.startsWith(`${code}20250303`)));
      const nextDay = await db.transaction((tx) => allocateCaseNumber(tx, code, new Date('2025-03-03T17:00:00Z')));
      assert.equal(nextDay, `${code}202503040001`, '01:00 in Shanghai is already the next day');
      const other = await db.transaction((tx) => allocateCaseNumber(tx, 'SHORT', day));
      assert.equal(other.length, 43);
    } finally {
      await db.close();
    }
  });

  // Always on a PGlite folder, whichever database the rest of the suite uses: persistence is the embedded path's.
  it('seeds once and keeps data across restarts of the embedded database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zwfw-pglite-'));
    try {
      const first = await openDb({ dataDir: join(dir, 'data') });
      await migrate(first);
      const r1 = await seed(first, { catalogue: testCatalogue(3) });
      assert.equal(r1.catalogue?.matters, 5);
      await first.close();
      const second = await openDb({ dataDir: join(dir, 'data') });
      assert.deepEqual(await migrate(second), []);
      const r2 = await seed(second, { catalogue: testCatalogue(10) });
      assert.equal(r2.catalogue, undefined, 'an already seeded database is left alone');
      const n = await second.query<{ n: number }>('select count(*)::int as n from matters');
      assert.equal(n[0]?.n, 5);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Two app instances on one database (in-process PGlite, or PostgreSQL with DATABASE_URL): no replica state.
  it(`lets two replicas share one database (${DB_KIND}): a retry on the other replica replays the same case`, async () => {
    const db = await openTestDb();
    const config = loadConfig({}, { adminToken: ADMIN_TOKEN, adminTokenGenerated: false, logLevel: 'silent' });
    await migrate(db);
    await seed(db, { catalogue: testCatalogue() });
    const a = await createServer({ db, config });
    const b = await createServer({ db, config });
    try {
      const [ua, ub] = await Promise.all([a.listen({ port: 0, host: '127.0.0.1' }), b.listen({ port: 0, host: '127.0.0.1' })]);
      const key = idemKey();
      const send = (url: string) => call(url, '/v1/applications', { method: 'POST', headers: keyHeaders({ 'idempotency-key': key }), body: legalApplication() });
      const results = await Promise.all([send(ua), send(ub), send(ua), send(ub)]);
      assert.ok(results.every((r) => r.status === 201), results.map((r) => r.text.slice(0, 200)).join('\n'));
      assert.equal(new Set(results.map((r) => r.body.case.caseNumber)).size, 1);
    } finally {
      await a.close();
      await b.close();
      await db.close();
    }
  });
});
