// Load benchmark of the reference server (a script, not a test): req/s and p50/p99 latency for a matter
// read, a search and a submission, on embedded PGlite and, when DATABASE_URL is set, on PostgreSQL.
// 127.0.0.1 only; each scenario runs BENCH_SECONDS (default 5) with BENCH_CONNECTIONS (default 10).
// Baseline, measured in the same run: a bare node:http server answering the same matter JSON from memory,
// i.e. the floor for this machine and load generator; the table's last column is each row against it.
//   node --import tsx packages/server/bench/load.ts
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
  createServer, loadConfig, migrate, openDb, saveCatalogue, seed, DEMO_ORIGINS, DEMO_PUBLISHABLE_KEY, type Db,
} from '../src/index.js';
import { sampleApplication } from '../../../test/conformance/sample-application.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);

interface Row { db: string; scenario: string; rps: number; p50: number; p99: number; ok: number; bad: number }

async function bench(label: string, db: Db, cleanup: () => Promise<void>): Promise<Row[]> {
  const t0 = performance.now();
  await migrate(db);
  const catalogue = generateCatalogue();
  await saveCatalogue(db, catalogue);
  await seed(db);
  const loadMs = Math.round(performance.now() - t0);
  const app = await createServer({ db, config: loadConfig({}, { logLevel: 'silent', adminToken: randomUUID(), adminTokenGenerated: false }) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stderr.write(`[bench] ${label}: ${catalogue.matters.length} matters loaded in ${loadMs} ms, server at ${url}\n`);

  const withForm = catalogue.matters.filter((m) => m.formId !== undefined && m.state === 'in_use').slice(0, 40);
  const forms = new Map(catalogue.forms.map((f) => [f.id, f]));
  const bodies = withForm.map((m) => JSON.stringify(sampleApplication(m, forms.get(m.formId!)!)));
  const matterCode = withForm[0]!.code;
  const rows: Row[] = [];
  const run = async (scenario: string, options: Parameters<typeof autocannon>[0]) => {
    // Warm up (first search builds the index; JIT) before measuring.
    await autocannon({ ...options, duration: 1, connections: 2 });
    const r = await autocannon({ ...options, duration: SECONDS, connections: CONNECTIONS });
    rows.push({ db: label, scenario, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], bad: r.non2xx + r.errors + r.timeouts });
  };

  await run(`GET /v1/matters/{code}`, { url: `${url}/v1/matters/${matterCode}` });
  await run(`GET /v1/search?q=营业执照`, { url: `${url}/v1/search?q=${encodeURIComponent('营业执照')}&limit=10` });
  let i = 0;
  await run('POST /v1/applications', {
    url,
    requests: [{
      method: 'POST',
      path: '/v1/applications',
      headers: { 'content-type': 'application/json', origin: DEMO_ORIGINS[0], 'x-zwfw-key': DEMO_PUBLISHABLE_KEY },
      // A fresh Idempotency-Key per request (each one a new case), rotating over matters so no task code
      // runs out of its 9,999 daily serials.
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() }, body: bodies[i++ % bodies.length]! }),
    }],
  });
  const cases = await db.query<{ n: number }>('select count(*)::int as n from applications');
  process.stderr.write(`[bench] ${label}: ${cases[0]?.n} cases created\n`);
  await app.close();
  await db.close();
  await cleanup();
  return rows;
}

/** The floor: the same bytes a matter read returns, served by node:http with no routing, validation or database. */
async function baseline(): Promise<Row> {
  const matter = generateCatalogue().matters[0]!;
  const body = JSON.stringify(matter);
  const server = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: '"b"' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await autocannon({ url, duration: 1, connections: 2 });
  const r = await autocannon({ url, duration: SECONDS, connections: CONNECTIONS });
  await new Promise((resolve) => server.close(resolve));
  return { db: 'none (node:http)', scenario: 'baseline: same matter JSON', rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], bad: r.non2xx + r.errors + r.timeouts };
}

const all: Row[] = [await baseline()];
const dir = mkdtempSync(join(tmpdir(), 'zwfw-bench-'));
all.push(...(await bench('PGlite (folder)', await openDb({ dataDir: join(dir, 'pglite') }), async () => rmSync(dir, { recursive: true, force: true }))));
const url = process.env['DATABASE_URL'];
if (url) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  await admin.query(`create schema ${schema}`);
  const db = await openDb({ databaseUrl: url, postgres: { schema, max: 20 } });
  all.push(...(await bench('PostgreSQL', db, async () => {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  })));
} else {
  process.stderr.write('[bench] DATABASE_URL not set: PostgreSQL skipped\n');
}

const floor = all[0]!.rps;
const header = ['database', 'scenario', 'req/s', 'p50 ms', 'p99 ms', '2xx', 'other', 'vs baseline'];
const lines = all.map((r) => [r.db, r.scenario, String(r.rps), String(r.p50), String(r.p99), String(r.ok), String(r.bad), `${((100 * r.rps) / floor).toFixed(0)}%`]);
// CJK characters take two columns in a terminal.
const width = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
const widths = header.map((h, c) => Math.max(width(h), ...lines.map((l) => width(l[c]!))));
const fmt = (cells: string[]) => `| ${cells.map((v, c) => v + ' '.repeat(widths[c]! - width(v))).join(' | ')} |`;
process.stdout.write(`\n${fmt(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${lines.map(fmt).join('\n')}\n`);
process.stdout.write(`\n${SECONDS} s per scenario, ${CONNECTIONS} connections, node ${process.version}, 127.0.0.1\n`);
