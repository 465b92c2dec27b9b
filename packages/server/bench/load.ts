// Load benchmark of the reference server (a script, not a test): req/s and p50/p99 latency of the catalogue
// reads (matter guide, list page, search, search index, a 304 revalidation) and a submission, on embedded
// PGlite and, when DATABASE_URL is set, on PostgreSQL, alone and as two replicas on the one database.
// 127.0.0.1 only; each scenario runs BENCH_SECONDS (default 5) with BENCH_CONNECTIONS (default 10).
// Baseline, measured in the same run: a bare node:http server answering the same matter JSON from memory,
// i.e. the floor for this machine and load generator; each row's ratio is against it. Issue 17's targets are
// printed as PASS/FAIL: matter read and 304 ≥ 25 % of the baseline, list page ≥ 20 %, search ≥ 15 %, p99 of
// those reads ≤ 10 ms, no errors (the search index, a 64 kB download, is set against a node:http floor serving
// a body of its size); after an import every replica serves the new catalogue within 1 s; the
// catalogue cache stays within its budget (BENCH_CACHE_MB, default 8) after a read of every matter.
//   npm run bench:load                 (PGlite)
//   DATABASE_URL=postgres://… npm run bench:load
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { generateCatalogue } from '../src/catalogue/index.js';
import {
  createCatalogueCache, createServer, loadConfig, migrate, openDb, saveCatalogue, seed, DEMO_ORIGINS,
  DEMO_PUBLISHABLE_KEY, type CatalogueCache, type Db,
} from '../src/index.js';
import { sampleApplication } from '../../../test/conformance/sample-application.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const CACHE_MB = Number(process.env['BENCH_CACHE_MB'] ?? 8);
const P99_TARGET_MS = 10;
const PROPAGATION_TARGET_MS = 1000;

/** Share of the baseline a scenario must reach (issue 17), by scenario kind. */
const RATIO_TARGETS: Partial<Record<Kind, number>> = { matter: 0.25, revalidate: 0.25, list: 0.2, search: 0.15 };
type Kind = 'baseline' | 'matter' | 'list' | 'search' | 'index' | 'revalidate' | 'submit';

interface Row { db: string; kind: Kind; scenario: string; rps: number; p50: number; p99: number; ok: number; bad: number }
interface Check { db: string; name: string; value: string; pass: boolean }

const catalogue = generateCatalogue();
const rows: Row[] = [];
const checks: Check[] = [];

type Options = Parameters<typeof autocannon>[0];
const expected = (kind: Kind) => (kind === 'revalidate' ? '304' : kind === 'submit' ? '201' : '200');

/** Runs one scenario against one or more servers at once (connections shared out), after a short warm-up. */
async function measure(db: string, kind: Kind, scenario: string, targets: Options[]): Promise<void> {
  await Promise.all(targets.map((o) => autocannon({ ...o, duration: 1, connections: 2 })));
  const results = await Promise.all(targets.map((o) => autocannon({
    ...o, duration: SECONDS, connections: Math.max(1, Math.round(CONNECTIONS / targets.length)),
  })));
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((n, r) => n + f(r), 0);
  const good = sum((r) => (r.statusCodeStats as Record<string, { count: number } | undefined>)[expected(kind)]?.count ?? 0);
  rows.push({
    db, kind, scenario,
    rps: Math.round(sum((r) => r.requests.average)),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    ok: good,
    bad: sum((r) => r.requests.total) - good + sum((r) => r.errors + r.timeouts),
  });
}

interface Replica { url: string; db: Db; cache: CatalogueCache; close(): Promise<void> }

async function startReplica(db: Db): Promise<Replica> {
  // The submission row measures throughput from one address and key, which the per-IP and per-key submission
  // limits (issue 11) would turn into 429s after 300: they are lifted here and tested on their own.
  const config = loadConfig({
    ZWFW_CATALOGUE_CACHE_MB: String(CACHE_MB), ZWFW_SUBMISSION_LIMIT_IP: '1000000000', ZWFW_SUBMISSION_LIMIT_KEY: '1000000000',
  }, { logLevel: 'silent', adminToken: randomUUID(), adminTokenGenerated: false });
  const cache = await createCatalogueCache(db, { budgetBytes: config.catalogueCacheBytes });
  const app = await createServer({ db, config, catalogueCache: cache });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, db, cache, close: async () => { await app.close(); await cache.close(); } };
}

/**
 * After an import through `writer`: milliseconds until every replica serves the new matter (polling every
 * 5 ms), and how many old answers they gave after the import had returned.
 */
async function propagation(writer: Db, replicas: Replica[], code: string): Promise<{ ms: number; stale: number }> {
  const matter = catalogue.matters.find((m) => m.code === code)!;
  const name = `${matter.name}（${Date.now()}）`;
  await saveCatalogue(writer, { matters: [{ ...matter, name }] });
  const t0 = performance.now();
  let stale = 0;
  const times = await Promise.all(replicas.map(async (r) => {
    while (performance.now() - t0 < 5000) {
      const body = await (await fetch(`${r.url}/v1/matters/${code}`)).json() as { name: string };
      if (body.name === name) return performance.now() - t0;
      stale += 1;
      await new Promise((res) => setTimeout(res, 5));
    }
    return Infinity;
  }));
  return { ms: Math.max(...times), stale };
}

/** The cache's peak size while every matter is read once (br, as browsers ask). */
async function readEveryMatter(r: Replica): Promise<{ peak: number; entries: number }> {
  let peak = 0;
  for (const m of catalogue.matters) {
    const res = await fetch(`${r.url}/v1/matters/${m.code}`, { headers: { 'accept-encoding': 'br' } });
    await res.arrayBuffer();
    peak = Math.max(peak, r.cache.stats().bytes);
  }
  return { peak, entries: r.cache.stats().entries };
}

async function bench(label: string, db: Db, second: (() => Promise<Db>) | undefined, cleanup: () => Promise<void>): Promise<void> {
  const t0 = performance.now();
  await migrate(db);
  await saveCatalogue(db, catalogue);
  await seed(db);
  const loadMs = Math.round(performance.now() - t0);
  const main = await startReplica(db);
  const url = main.url;
  process.stderr.write(`[bench] ${label}: ${catalogue.matters.length} matters loaded in ${loadMs} ms, server at ${url}\n`);

  const withForm = catalogue.matters.filter((m) => m.formId !== undefined && m.state === 'in_use').slice(0, 40);
  const forms = new Map(catalogue.forms.map((f) => [f.id, f]));
  const bodies = withForm.map((m) => JSON.stringify(sampleApplication(m, forms.get(m.formId!)!)));
  const matterCode = withForm[0]!.code;
  const matterPath = `/v1/matters/${matterCode}`;
  const etag = (await fetch(`${url}${matterPath}`, { headers: { 'accept-encoding': 'identity' } })).headers.get('etag')!;

  await measure(label, 'matter', `GET /v1/matters/{code}`, [{ url: `${url}${matterPath}` }]);
  await measure(label, 'list', 'GET /v1/matters?limit=20', [{ url: `${url}/v1/matters?limit=20` }]);
  await measure(label, 'search', 'GET /v1/search?q=营业执照', [{ url: `${url}/v1/search?q=${encodeURIComponent('营业执照')}&limit=10` }]);
  await measure(label, 'index', 'GET /v1/search-index (br)', [{ url: `${url}/v1/search-index`, headers: { 'accept-encoding': 'br' } }]);
  await measure(label, 'revalidate', 'GET /v1/matters/{code} If-None-Match → 304', [{ url: `${url}${matterPath}`, headers: { 'if-none-match': etag } }]);
  let i = 0;
  await measure(label, 'submit', 'POST /v1/applications', [{
    url,
    requests: [{
      method: 'POST',
      path: '/v1/applications',
      headers: { 'content-type': 'application/json', origin: DEMO_ORIGINS[0], 'x-zwfw-key': DEMO_PUBLISHABLE_KEY },
      // A fresh Idempotency-Key per request (each one a new case), rotating over matters so no task code
      // runs out of its 9,999 daily serials.
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() }, body: bodies[i++ % bodies.length]! }),
    }],
  }]);

  const replicas = [main];
  if (second !== undefined) {
    const other = await startReplica(await second());
    replicas.push(other);
    await measure(`${label} ×2 replicas`, 'matter', 'GET /v1/matters/{code}', replicas.map((r) => ({ url: `${r.url}${matterPath}` })));
    await measure(`${label} ×2 replicas`, 'search', 'GET /v1/search?q=营业执照', replicas.map((r) => ({ url: `${r.url}/v1/search?q=${encodeURIComponent('营业执照')}&limit=10` })));
    // The import comes through a connection of neither replica: both learn of it from the database.
    const writer = await second();
    const { ms, stale } = await propagation(writer, replicas, matterCode);
    await writer.close();
    checks.push({ db: label, name: `import seen by both replicas within ${PROPAGATION_TARGET_MS} ms`, value: `${ms.toFixed(0)} ms, ${stale} old answers`, pass: ms <= PROPAGATION_TARGET_MS });
  } else {
    // One process: the very first read after the import must be the new catalogue.
    const { ms, stale } = await propagation(db, replicas, matterCode);
    checks.push({ db: label, name: 'import seen by the server at once', value: `${stale} old answers, new one in ${ms.toFixed(0)} ms`, pass: stale === 0 });
  }
  // The cache's own accounting (bodies of every coding, keys, headers): the heap moves with GC and the
  // benchmark's own allocations, so it would not show the cache's share.
  const { peak, entries } = await readEveryMatter(main);
  checks.push({
    db: label, name: `cache within ${CACHE_MB} MB after reading all ${catalogue.matters.length} matters`,
    value: `peak ${(peak / 1048576).toFixed(2)} MB, ${entries} entries kept`,
    pass: peak <= CACHE_MB * 1024 * 1024,
  });

  const cases = await db.query<{ n: number }>('select count(*)::int as n from applications');
  process.stderr.write(`[bench] ${label}: ${cases[0]?.n} cases created\n`);
  for (const r of replicas) await r.close();
  for (const r of replicas.slice(1)) await r.db.close();
  await db.close();
  await cleanup();
}

/** The floor: the same bytes a matter read returns, served by node:http with no routing, validation or database. */
async function baseline(): Promise<void> {
  const body = JSON.stringify(catalogue.matters[0]!);
  const server = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: '"b"' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await measure('none (node:http)', 'baseline', 'baseline: same matter JSON', [{ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }]);
  await new Promise((resolve) => server.close(resolve));
  // A second floor for the search index row: 64 kB of incompressible bytes, about its brotli body, so its p99
  // can be read against what node:http alone does with a body that size on this machine.
  const big = randomBytes(64 * 1024);
  const bulk = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'br', etag: '"i"' });
    res.end(big);
  });
  await new Promise<void>((resolve) => bulk.listen(0, '127.0.0.1', resolve));
  await measure('none (node:http)', 'baseline', 'baseline: a 64 kB body (the index\'s size)', [{ url: `http://127.0.0.1:${(bulk.address() as AddressInfo).port}/` }]);
  await new Promise((resolve) => bulk.close(resolve));
}

await baseline();
const dir = mkdtempSync(join(tmpdir(), 'zwfw-bench-'));
await bench('PGlite', await openDb({ dataDir: join(dir, 'pglite') }), undefined, async () => rmSync(dir, { recursive: true, force: true }));
const url = process.env['DATABASE_URL'];
if (url) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  await admin.query(`create schema ${schema}`);
  const open = () => openDb({ databaseUrl: url, postgres: { schema, max: 20 } });
  await bench('PostgreSQL', await open(), open, async () => {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });
} else {
  process.stderr.write('[bench] DATABASE_URL not set: PostgreSQL skipped\n');
}

const floor = rows[0]!.rps;
const bulkFloor = rows[1]!;
/**
 * PASS/FAIL of a row against issue 17's targets: the reads it names (matter, 304, search, list page) against
 * their share of the floor, p99 and errors; the submission against errors. The search index is a 64 kB bulk
 * download the issue lists for measuring, not among its targets: it is set against node:http serving a body of
 * its size (the second baseline), and only its errors can fail it.
 */
function verdict(r: Row): string {
  if (r.kind === 'baseline') return '';
  if (r.kind === 'index') {
    const share = `${((100 * r.rps) / bulkFloor.rps).toFixed(0)}% of the 64 kB floor's req/s, its p99 ${bulkFloor.p99} ms`;
    return r.bad > 0 || r.ok === 0 ? `FAIL (0 err: errors; ${share})` : `PASS (0 err; ${share})`;
  }
  const fails: string[] = [];
  const ratio = RATIO_TARGETS[r.kind];
  if (ratio !== undefined && r.rps < ratio * floor) fails.push(`< ${ratio * 100}%`);
  if (r.kind !== 'submit' && r.p99 > P99_TARGET_MS) fails.push(`p99 > ${P99_TARGET_MS}`);
  if (r.bad > 0 || r.ok === 0) fails.push('errors');
  const target = [ratio !== undefined ? `≥${ratio * 100}%` : '', r.kind !== 'submit' ? `p99≤${P99_TARGET_MS}` : '', '0 err'].filter(Boolean).join(', ');
  return `${fails.length === 0 ? 'PASS' : 'FAIL'} (${target}${fails.length > 0 ? `: ${fails.join(', ')}` : ''})`;
}
const header = ['database', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'expected status', 'other', 'vs baseline', 'target'];
const lines = rows.map((r) => [r.db, r.scenario, String(r.rps), String(r.p50), String(r.p99), String(r.ok), String(r.bad), `${((100 * r.rps) / floor).toFixed(0)}%`, verdict(r)]);
// CJK characters take two columns in a terminal.
const width = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
const table = (head: string[], body: string[][]) => {
  const widths = head.map((h, c) => Math.max(width(h), ...body.map((l) => width(l[c]!))));
  const fmt = (cells: string[]) => `| ${cells.map((v, c) => v + ' '.repeat(widths[c]! - width(v))).join(' | ')} |`;
  return `${fmt(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${body.map(fmt).join('\n')}\n`;
};
process.stdout.write(`\n${table(header, lines)}`);
process.stdout.write(`\n${table(['database', 'check', 'measured', 'target'], checks.map((c) => [c.db, c.name, c.value, c.pass ? 'PASS' : 'FAIL']))}`);
const failed = lines.filter((l) => l[8]!.startsWith('FAIL')).length + checks.filter((c) => !c.pass).length;
process.stdout.write(`\n${SECONDS} s per scenario, ${CONNECTIONS} connections, node ${process.version}, 127.0.0.1; ${failed === 0 ? 'every target PASS' : `${failed} target(s) FAIL`}\n`);
// A loaded machine shows in the floor itself: then p99 says more about the machine than about the server.
if (rows[0]!.p99 > P99_TARGET_MS) process.stdout.write(`note: the node:http baseline itself has p99 ${rows[0]!.p99} ms > ${P99_TARGET_MS} ms: this machine is busy; p99 targets are not meaningful in this run\n`);
