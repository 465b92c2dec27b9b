// Runs the conformance suite against the reference server: on PGlite always, and on the PostgreSQL of
// DATABASE_URL when set (a fresh schema, dropped afterwards); each with the one-matter core examples and
// with the full generated catalogue that `npm start` seeds (1,199 matters; seeding takes a few seconds).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  createServer, exampleCatalogue, loadConfig, migrate, openDb, seed, DEMO_COUNTER_KEY, DEMO_ORIGINS, DEMO_PARTNER,
  DEMO_PUBLISHABLE_KEY, type Db,
} from '../../packages/server/src/index.js';
import { runConformance, type CheckResult } from './suite.js';

const ADMIN = 'conformance-admin-token-0123';

type Catalogue = 'examples' | 'generated';

async function reference(db: Db, catalogue: Catalogue): Promise<{ url: string; close: () => Promise<void> }> {
  await migrate(db);
  // No catalogue given: seed generates the sample district, as on a fresh `npm start`.
  await seed(db, catalogue === 'examples' ? { catalogue: exampleCatalogue() } : {});
  const uploads = { ...loadConfig({}).uploads, dir: await mkdtemp(join(tmpdir(), 'zwfw-conformance-uploads-')) };
  const app = await createServer({ db, config: loadConfig({}, { adminToken: ADMIN, adminTokenGenerated: false, logLevel: 'silent', uploads }) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

function suiteFor(label: string, open: () => Promise<{ db: Db; cleanup: () => Promise<void> }>) {
  for (const catalogue of ['examples', 'generated'] as const) suiteWith(label, catalogue, open);
}

function suiteWith(label: string, catalogue: Catalogue, open: () => Promise<{ db: Db; cleanup: () => Promise<void> }>) {
  describe(`conformance of the reference server (${label}, ${catalogue === 'examples' ? 'core examples' : 'full generated catalogue'})`, () => {
    let results: CheckResult[] = [];
    let stop: () => Promise<void> = async () => {};
    before(async () => {
      const { db, cleanup } = await open();
      const server = await reference(db, catalogue);
      stop = async () => {
        await server.close();
        await db.close();
        await cleanup();
      };
      results = await runConformance({
        baseUrl: server.url, key: DEMO_PUBLISHABLE_KEY, origin: DEMO_ORIGINS[0], adminToken: ADMIN,
        counter: { key: DEMO_COUNTER_KEY, partnerId: DEMO_PARTNER.id, branch: DEMO_PARTNER.branches[0]!.id }, otherKey: DEMO_COUNTER_KEY,
      });
    });
    after(() => stop());
    it('runs every check (none skipped)', () => {
      assert.ok(results.length >= 20, `${results.length} checks`);
      assert.deepEqual(results.filter((r) => r.status === 'skip').map((r) => r.name), []);
    });
    it('passes every check', () => {
      const failed = results.filter((r) => r.status === 'fail');
      assert.deepEqual(failed.map((r) => `${r.name}: ${r.detail}`), []);
    });
  });
}

suiteFor('PGlite', async () => ({ db: await openDb({ dataDir: 'memory://' }), cleanup: async () => {} }));

const url = process.env['DATABASE_URL'];
if (url) {
  suiteFor('PostgreSQL', async () => {
    const schema = `conf_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Pool({ connectionString: url, max: 1 });
    await admin.query(`create schema ${schema}`);
    const db = await openDb({ databaseUrl: url, postgres: { schema } });
    return { db, cleanup: async () => { await admin.query(`drop schema ${schema} cascade`); await admin.end(); } };
  });
}
