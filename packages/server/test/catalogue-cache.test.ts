// The catalogue cache: byte-budget LRU, Accept-Encoding negotiation, invalidation by catalogue writes, 304s
// and hits without the database, no response mixing two catalogue versions, and replicas on one PostgreSQL.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { operations, type OperationDef, type OperationId } from '@zwfw/core';
import { negotiateEncoding } from '../src/catalogue-cache/encoding.js';
import { ByteLru } from '../src/catalogue-cache/lru.js';
import { writeCatalogue, saveReasonList } from '../src/repo/catalogue-write.js';
import {
  createCatalogueCache, createServer, loadConfig, migrate, openDb, saveCatalogue, seed,
  type CatalogueCache, type Db,
} from '../src/index.js';
import { BUNDLE, PERSON_FORM, PERSON_MATTER, testCatalogue } from './helpers/fixtures.js';
import { ADMIN_TOKEN, DB_KIND, openTestDb } from './helpers/server.js';

/** A GET as a browser or CDN sends it: raw bytes back, nothing decoded behind the test's back. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The JSON of a response, whatever its content coding. */
function jsonOf(r: { headers: Record<string, unknown>; raw: Buffer }): unknown {
  const coding = r.headers['content-encoding'];
  const bytes = coding === 'br' ? brotliDecompressSync(r.raw) : coding === 'gzip' ? gunzipSync(r.raw) : r.raw;
  return JSON.parse(bytes.toString('utf8'));
}

/** A database handle that counts the statements sent through it. */
function counting(db: Db): Db & { count: number } {
  const spy = {
    ...db,
    count: 0,
    query: (sql: string, params?: readonly unknown[]) => {
      spy.count += 1;
      return db.query(sql, params);
    },
  };
  return spy as Db & { count: number };
}

interface Started { url: string; db: Db & { count: number }; cache: CatalogueCache; close(): Promise<void> }

/**
 * A seeded server on `db` with a cache of `budgetBytes` the test can inspect. The PostgreSQL backstop poll is
 * slowed down unless asked for, so the statement counts see requests only.
 */
async function start(db: Db, budgetBytes = 8 * 1024 * 1024, seedIt = true, pollMs = 3_600_000): Promise<Started> {
  const spy = counting(db);
  if (seedIt) {
    await migrate(db);
    await seed(db, { catalogue: testCatalogue(30) });
  }
  const cache = await createCatalogueCache(spy, { budgetBytes, pollMs });
  const defaults = loadConfig({});
  const config = loadConfig({}, {
    adminToken: ADMIN_TOKEN, adminTokenGenerated: false, logLevel: 'silent',
    uploads: { ...defaults.uploads, dir: await mkdtemp(join(tmpdir(), 'zwfw-uploads-')) },
  });
  const app = await createServer({ db: spy, config, catalogueCache: cache });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, db: spy, cache, close: async () => { await app.close(); await cache.close(); } };
}

describe('ByteLru', () => {
  const sized = (bytes: number) => ({ bytes });
  it('keeps the sum of sizes within the budget, evicting the least recently used first', () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set('a', sized(40));
    lru.set('b', sized(40));
    assert.ok(lru.get('a'), 'a is now the most recently used');
    lru.set('c', sized(40));
    assert.equal(lru.get('b'), undefined, 'b was the least recently used');
    assert.ok(lru.get('a'));
    assert.ok(lru.get('c'));
    assert.equal(lru.bytes, 80);
    assert.equal(lru.size, 2);
  });
  it('does not keep an entry larger than the whole budget, and replaces a key in place', () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set('a', sized(30));
    assert.equal(lru.set('huge', sized(101)), false);
    assert.equal(lru.get('huge'), undefined);
    assert.ok(lru.get('a'), 'a too-large entry evicts nothing');
    lru.set('a', sized(50));
    assert.equal(lru.bytes, 50);
    lru.clear();
    assert.equal(lru.bytes, 0);
  });
});

describe('negotiateEncoding', () => {
  const both = ['identity', 'br', 'gzip'] as const;
  const cases: [string | undefined, readonly ('br' | 'gzip' | 'identity')[], string][] = [
    [undefined, both, 'identity'],
    ['', both, 'identity'],
    ['gzip, deflate, br', both, 'br'],
    ['gzip', both, 'gzip'],
    ['GZIP', both, 'gzip'],
    ['x-gzip', both, 'gzip'],
    ['br;q=0.5, gzip;q=0.8', both, 'gzip'],
    ['br;q=1.0, gzip;q=1.0', both, 'br'],
    ['br;q=0, gzip;q=0', both, 'identity'],
    ['identity;q=1, br;q=0.5', both, 'identity'],
    ['identity', both, 'identity'],
    ['*', both, 'br'],
    ['*;q=0.2, br;q=0', both, 'gzip'],
    ['identity;q=0, gzip;q=0.1', both, 'gzip'],
    ['br', ['identity'], 'identity'],
    ['deflate', both, 'identity'],
    ['br;q=garbage', both, 'br'],
  ];
  for (const [header, available, expected] of cases) {
    it(`${JSON.stringify(header)} over [${available.join(', ')}] → ${expected}`, () => {
      assert.equal(negotiateEncoding(header, available), expected);
    });
  }
});

describe(`catalogue cache over HTTP (${DB_KIND})`, () => {
  let s: Started;
  const matterPath = `/v1/matters/${PERSON_MATTER.code}`;
  before(async () => {
    s = await start(await openTestDb());
  });
  after(async () => {
    await s.close();
    await s.db.close();
  });

  it('serves br, gzip and identity variants of the same JSON, each with its own ETag and Vary: Accept-Encoding', async () => {
    const plain = await get(s.url, '/v1/search-index');
    const br = await get(s.url, '/v1/search-index', { 'accept-encoding': 'gzip, deflate, br' });
    const gz = await get(s.url, '/v1/search-index', { 'accept-encoding': 'gzip' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    for (const r of [plain, br, gz]) {
      assert.equal(r.status, 200);
      assert.equal(r.headers['vary'], 'Accept-Encoding');
      assert.deepEqual(jsonOf(r), jsonOf(plain));
    }
    assert.ok(br.raw.length < plain.raw.length / 2, `br ${br.raw.length} B vs ${plain.raw.length} B`);
    assert.equal(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size, 3);
    assert.equal(Number(br.headers['content-length']), br.raw.length);
  });

  it('answers a matching If-None-Match (any variant) with 304 and a hit with 200, both without a query', async () => {
    const first = await get(s.url, matterPath, { 'accept-encoding': 'br' });
    assert.equal(first.status, 200);
    const etag = String(first.headers.etag);
    const before = s.db.count;
    const again = await get(s.url, matterPath, { 'accept-encoding': 'br' });
    const revalidated = await get(s.url, matterPath, { 'accept-encoding': 'br', 'if-none-match': etag });
    const otherCoding = await get(s.url, matterPath, { 'if-none-match': `"x", ${etag}` });
    const weak = await get(s.url, matterPath, { 'accept-encoding': 'br', 'if-none-match': `W/${etag}` });
    assert.equal(again.status, 200);
    assert.deepEqual(again.raw, first.raw);
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.raw.length, 0);
    assert.equal(revalidated.headers.etag, etag);
    assert.equal(otherCoding.status, 304, 'the br tag still names the identity body');
    assert.equal(weak.status, 304);
    assert.equal(s.db.count, before, 'no statement reached the database');
    assert.equal((await get(s.url, matterPath, { 'if-none-match': '"stale"' })).status, 200);
  });

  it('serves every cached read exactly as the contract schema says, from the cache too', async () => {
    const reads: [OperationId, string][] = [
      ['getMatter', matterPath],
      ['listMatters', '/v1/matters?limit=5'],
      ['getMatterForm', `${matterPath}/form`],
      ['listBundles', '/v1/bundles'],
      ['getBundle', `/v1/bundles/${BUNDLE.id}`],
      ['getBundleForm', `/v1/bundles/${BUNDLE.id}/form`],
      ['listRegions', '/v1/regions'],
      ['getEvaluationReasons', '/v1/evaluation-reasons'],
      ['searchMatters', `/v1/search?q=${encodeURIComponent(PERSON_MATTER.name.slice(0, 4))}`],
      ['getSearchIndex', '/v1/search-index'],
    ];
    for (const [id, path] of reads) {
      await get(s.url, path);
      const before = s.db.count;
      const r = await get(s.url, path, { 'accept-encoding': 'br, gzip' });
      assert.equal(r.status, 200, `${id} ${path}`);
      assert.equal(s.db.count, before, `${id} was a hit`);
      const body = jsonOf(r);
      const op: OperationDef = operations[id];
      const parsed = op.responses[200]!.schema!.safeParse(body);
      assert.ok(parsed.success, `${id}: ${parsed.error?.message}`);
      if (id !== 'getSearchIndex') assert.deepEqual(parsed.data, body, `${id}: nothing outside the schema`);
    }
  });

  it('does not cache a 404, and keeps the catalogue notice header on hits', async () => {
    const missing = await get(s.url, '/v1/matters/NO-SUCH-MATTER');
    assert.equal(missing.status, 404);
    const before = s.db.count;
    assert.equal((await get(s.url, '/v1/matters/NO-SUCH-MATTER')).status, 404);
    assert.ok(s.db.count > before, 'a 404 is read again');
  });

  it('serves a new catalogue as soon as an import commits, with a new ETag', async () => {
    const old = await get(s.url, matterPath);
    const oldIndex = await get(s.url, '/v1/search-index');
    await saveCatalogue(s.db, { matters: [{ ...PERSON_MATTER, name: `${PERSON_MATTER.name}（新版）` }] });
    const now = await get(s.url, matterPath, { 'if-none-match': String(old.headers.etag) });
    assert.equal(now.status, 200);
    assert.equal((jsonOf(now) as { name: string }).name, `${PERSON_MATTER.name}（新版）`);
    assert.notEqual(now.headers.etag, old.headers.etag);
    const index = await get(s.url, '/v1/search-index', { 'if-none-match': String(oldIndex.headers.etag) });
    assert.equal(index.status, 200);
    await saveCatalogue(s.db, { matters: [PERSON_MATTER] });
    assert.deepEqual(jsonOf(await get(s.url, matterPath)), jsonOf(old));
  });

  it('sends the notice of the catalogue it serves, right after the notice changes', async () => {
    for (const en of ['Illustrative data, first edition', 'Illustrative data, second edition']) {
      await saveCatalogue(s.db, { matters: [], notice: { 'zh-CN': '示例数据', 'zh-TW': '示例資料', en } });
      assert.equal((await get(s.url, matterPath)).headers['zwfw-catalogue-notice'], en);
      assert.equal((await get(s.url, matterPath)).headers['zwfw-catalogue-notice'], en, 'and from the cache');
    }
  });

  it('serves a new reason list as soon as a seed writes one', async () => {
    const old = jsonOf(await get(s.url, '/v1/evaluation-reasons')) as { version: string };
    const next = { ...old, version: `${old.version}-next` };
    await writeCatalogue(s.db, (tx) => saveReasonList(tx, next as never));
    assert.equal((jsonOf(await get(s.url, '/v1/evaluation-reasons')) as { version: string }).version, next.version);
    await writeCatalogue(s.db, (tx) => saveReasonList(tx, old as never));
  });
});

describe(`catalogue cache bookkeeping (${DB_KIND})`, () => {
  it('stays within its byte budget when every matter is read', async () => {
    const db = await openTestDb();
    const budget = 64 * 1024;
    const s = await start(db, budget);
    try {
      const codes = (await db.query<{ code: string }>('select code from matters')).map((r) => r.code);
      assert.ok(codes.length > 30);
      let largest = 0;
      for (const code of codes) {
        const r = await get(s.url, `/v1/matters/${code}`, { 'accept-encoding': 'br' });
        assert.equal(r.status, 200);
        largest = Math.max(largest, s.cache.stats().bytes);
      }
      const stats = s.cache.stats();
      assert.ok(largest <= budget, `${largest} B cached with a budget of ${budget} B`);
      assert.ok(stats.entries > 0 && stats.entries < codes.length, `${stats.entries} entries: some were evicted`);
    } finally {
      await s.close();
      await db.close();
    }
  });

  it('never stores a body read across a catalogue write: the fill is redone on one version', async () => {
    const db = await openTestDb();
    await migrate(db);
    await seed(db, { catalogue: testCatalogue() });
    const cache = await createCatalogueCache(db, { budgetBytes: 1024 * 1024 });
    try {
      let calls = 0;
      const nameOf = async () => (await db.query<{ name: string }>('select name from matters where code = $1', [PERSON_MATTER.code]))[0]!.name;
      const versionOfForm = async () => (await db.query<{ version: string }>('select version from forms where id = $1', [PERSON_FORM.id]))[0]!.version;
      const entry = await cache.fill('/mixed', async () => {
        calls += 1;
        const name = await nameOf();
        // The first attempt is overtaken by an import between its two reads.
        if (calls === 1) {
          await saveCatalogue(db, { matters: [{ ...PERSON_MATTER, name: 'renamed' }], forms: [{ ...PERSON_FORM, version: '9' }] });
        }
        return { serialized: JSON.stringify({ name, form: await versionOfForm() }), headers: {} };
      });
      assert.equal(calls, 2);
      assert.deepEqual(JSON.parse(entry.bodies.identity.toString()), { name: 'renamed', form: '9' });
    } finally {
      await cache.close();
      await db.close();
    }
  });
});

const pgUrl = process.env['DATABASE_URL'];
describe('two replicas on one PostgreSQL', { skip: pgUrl ? false : 'DATABASE_URL is not set' }, () => {
  it('both serve an import made elsewhere within a second', async () => {
    const writer = await openTestDb();
    await migrate(writer);
    await seed(writer, { catalogue: testCatalogue() });
    const schema = (await writer.query<{ s: string }>('select current_schema() as s'))[0]!.s;
    const replicaDb = () => openDb({ databaseUrl: pgUrl, postgres: { schema, max: 4 } });
    const a = await start(await replicaDb(), 1024 * 1024, false, 1000);
    const b = await start(await replicaDb(), 1024 * 1024, false, 1000);
    const path = `/v1/matters/${PERSON_MATTER.code}`;
    try {
      for (const r of [a, b]) assert.equal((await get(r.url, path)).status, 200);
      const name = `${PERSON_MATTER.name}（${Date.now()}）`;
      await saveCatalogue(writer, { matters: [{ ...PERSON_MATTER, name }] });
      const t0 = performance.now();
      const seen = await Promise.all([a, b].map(async (r) => {
        for (;;) {
          if ((jsonOf(await get(r.url, path)) as { name: string }).name === name) return performance.now() - t0;
          if (performance.now() - t0 > 3000) return Infinity;
          await new Promise((res) => setTimeout(res, 10));
        }
      }));
      for (const ms of seen) assert.ok(ms <= 1000, `a replica served the old catalogue for ${ms.toFixed(0)} ms`);
    } finally {
      for (const r of [a, b]) {
        await r.close();
        await r.db.close();
      }
      await writer.close();
    }
  });
});
