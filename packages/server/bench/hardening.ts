// Figures of issue 11's input defects (a script, not a test), on embedded PGlite, default configuration:
// 1. a burst of submissions from one address: how many were accepted, what the rest got, how long it took;
// 2. a matter whose day is nearly out of serials (9,995 used): what ten more submissions get;
// 3. the answer to a 539 kB body of unknown keys: its size, and /health latency while 8 clients send such bodies.
//   node --import tsx packages/server/bench/hardening.ts          (HARDENING_BURST=2000 by default)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormSpecSchema, MatterSchema, MatterSummaryPageSchema, toChinaDate, type ApplicationInput } from '@zwfw/core';
import { caseTaskCode } from '../src/domain/case-number.js';
import { createServer, exampleCatalogue, loadConfig, migrate, openDb, seed, DEMO_ORIGINS, DEMO_PUBLISHABLE_KEY, type Db } from '../src/index.js';
import { sampleApplication } from '../../../test/conformance/sample-application.js';

const BURST = Number(process.env['HARDENING_BURST'] ?? 2000);

// Eight clients posting the body in file argv[2] to argv[1] in a loop until killed.
const SENDERS = `
const [url, file, origin, key] = process.argv.slice(1);
const body = (await import('node:fs')).readFileSync(file, 'utf8');
const loop = async () => { for (;;) { const r = await fetch(url + '/v1/applications', { method: 'POST', body,
  headers: { origin, 'x-zwfw-key': key, 'idempotency-key': crypto.randomUUID(), 'content-type': 'application/json' } }); await r.arrayBuffer(); } };
await Promise.all(Array.from({ length: 8 }, loop));`;

async function server(): Promise<{ url: string; db: Db; close: () => Promise<void> }> {
  const db = await openDb({ dataDir: 'memory://' });
  await migrate(db);
  await seed(db, { catalogue: exampleCatalogue() });
  const uploads = { ...loadConfig({}).uploads, dir: await mkdtemp(join(tmpdir(), 'zwfw-hardening-')) };
  const app = await createServer({ db, config: loadConfig({}, { logLevel: 'silent', uploads }) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, db, close: async () => { await app.close(); await db.close(); } };
}

async function target(url: string): Promise<{ application: ApplicationInput; taskCode: string }> {
  const page = MatterSummaryPageSchema.parse(await (await fetch(`${url}/v1/matters?limit=100`)).json());
  const code = page.items.find((m) => m.hasForm)!.code;
  const matter = MatterSchema.parse(await (await fetch(`${url}/v1/matters/${code}`)).json());
  const form = FormSpecSchema.parse(await (await fetch(`${url}/v1/matters/${code}/form`)).json());
  return { application: sampleApplication(matter, form), taskCode: matter.taskCode };
}

const submit = (url: string, body: unknown) => fetch(`${url}/v1/applications`, {
  method: 'POST',
  headers: { origin: DEMO_ORIGINS[0], 'x-zwfw-key': DEMO_PUBLISHABLE_KEY, 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function outcome(r: Response): Promise<string> {
  const text = await r.text();
  const code = r.status >= 400 ? (JSON.parse(text || '{}') as { code?: string }).code : undefined;
  return code === undefined ? String(r.status) : `${r.status} ${code}`;
}

/** Median latency of GET /health over `ms` milliseconds of back-to-back requests. */
async function healthMedian(url: string, ms: number): Promise<number> {
  const times: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until || times.length < 3) {
    const t0 = performance.now();
    await (await fetch(`${url}/health`)).text();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const tally = (list: string[]) => Object.entries(list.reduce<Record<string, number>>((a, s) => ({ ...a, [s]: (a[s] ?? 0) + 1 }), {})).map(([k, v]) => `${v} × ${k}`).join(', ');

// 1. Burst.
{
  const s = await server();
  const { application } = await target(s.url);
  const t0 = performance.now();
  const results: string[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: 20 }, async () => {
    while (next < BURST) {
      next++;
      results.push(await outcome(await submit(s.url, application)));
    }
  }));
  console.log(`burst of ${BURST} submissions from one address: ${tally(results)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await s.close();
}

// 2. A day nearly out of serials.
{
  const s = await server();
  const { application, taskCode } = await target(s.url);
  await s.db.query('insert into case_serials (task_code, day, last_serial) values ($1, $2, 9995)', [caseTaskCode(taskCode), toChinaDate(new Date()).replaceAll('-', '')]);
  const results: string[] = [];
  const serials: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = await submit(s.url, application);
    if (r.status === 201) serials.push(((await r.json()) as { case: { caseNumber: string } }).case.caseNumber.slice(-4));
    else results.push(await outcome(r));
  }
  console.log(`10 submissions after serial 9995: ${serials.length} accepted (serials ${serials.join(' ')})${results.length > 0 ? `, then ${tally(results)}` : ''}`);
  await s.close();
}

// 3. A 539 kB body of unknown keys.
{
  const s = await server();
  const { application } = await target(s.url);
  const big: Record<string, unknown> = { ...application };
  for (let i = 0; i < 33_700; i++) big[`junk_${String(i).padStart(6, '0')}`] = 1;
  const sent = JSON.stringify(big).length;
  const t0 = performance.now();
  const r = await submit(s.url, big);
  const answer = (await r.text()).length;
  console.log(`422 for a ${(sent / 1000).toFixed(0)} kB body of 33,700 unknown keys: ${r.status}, ${(answer / 1000).toFixed(1)} kB in ${Math.round(performance.now() - t0)} ms`);
  const idle = await healthMedian(s.url, 2000);
  // The 8 senders run in another process, so their own work (sending, reading answers) does not hold this one.
  const file = join(await mkdtemp(join(tmpdir(), 'zwfw-hardening-body-')), 'body.json');
  await writeFile(file, JSON.stringify(big));
  const senders = spawn(process.execPath, ['--input-type=module', '-e', SENDERS, s.url, file, DEMO_ORIGINS[0], DEMO_PUBLISHABLE_KEY], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const loaded = await healthMedian(s.url, 5000);
  senders.kill();
  console.log(`/health median: ${idle.toFixed(1)} ms idle, ${loaded.toFixed(1)} ms while 8 clients (another process) send such bodies`);
  await s.close();
}
