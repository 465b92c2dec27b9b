// CPU profile of the catalogue read paths (a script, not a test). Starts the server on PGlite with the sample
// catalogue, drives each read with autocannon from a child process (so the load generator is not in the
// profile), records one V8 CPU profile per read (node:inspector, after seeding, so start-up is not in it),
// writes each as a .cpuprofile and prints its self time grouped by cause.
//   node --import tsx packages/server/bench/profile.ts [out-dir]
//   node --import tsx packages/server/bench/profile.ts --summarise <file>.cpuprofile
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCatalogue } from '../src/catalogue/index.js';
import { createServer, loadConfig, migrate, openDb, saveCatalogue, seed } from '../src/index.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 4);

interface Node { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

/** The cause a sampled frame belongs to, from its function and file. */
function causeOf(fn: string, url: string): string {
  if (fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)') return fn;
  if (/pglite|node_modules\/pg(-[a-z]+)?\/|^wasm:/.test(url) || fn === 'GenericJSToWasmWrapper') return 'database (driver, PGlite WASM)';
  if (/node_modules\/zod\//.test(url)) return 'zod validation';
  if ((fn === 'stringify' || fn === 'parse') && url === '') return 'JSON';
  if (/createHash|digest|update/.test(fn) && (url.includes('crypto') || url === '')) return 'ETag hashing (crypto)';
  if (/zlib/.test(url)) return 'compression (zlib)';
  if (/pino|sonic-boom/.test(url)) return 'logging (pino)';
  if (/fastify|find-my-way|light-my-request|avvio|fast-json-stringify|fast-querystring/.test(url)) return 'fastify (routing, hooks, reply)';
  if (/node:internal\/(http|net|stream|streams|stream_base_commons)|_http_|node:net|node:_http|node:events/.test(url) || /^(writev|writeUtf8String|writeBuffer|writeLatin1String|concat)$/.test(fn)) return 'node http / sockets';
  if (/@zwfw\/search|packages\/search|pinyin-pro|opencc-js/.test(url)) return 'search engine';
  if (/packages\/server\/src|packages\/core\/src/.test(url)) return 'zwfw code';
  if (url === '') return `native: ${fn || '(anonymous)'}`;
  return 'other JS';
}

function summarise(file: string): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const causes = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const { functionName, url } = byId.get(id)!.callFrame;
    const cause = causeOf(functionName, url);
    if (cause === '(idle)') continue;
    busy += us;
    causes.set(cause, (causes.get(cause) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*packages\//, 'packages/')}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1)} %`;
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `| ${k} | ${(us / 1000).toFixed(0)} | ${pct(us)} |`);
  return [
    `busy CPU ${(busy / 1000).toFixed(0)} ms (idle excluded)`, '',
    '| cause | self ms | share |', '| --- | --- | --- |', ...top(causes, 12), '',
    '| function | self ms | share |', '| --- | --- | --- |', ...top(fns, 12),
  ].join('\n');
}

if (process.argv[2] === '--summarise') {
  process.stdout.write(`${summarise(process.argv[3]!)}\n`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'zwfw-prof-'));
  const db = await openDb({ dataDir: join(dir, 'pglite') });
  await migrate(db);
  const catalogue = generateCatalogue();
  await saveCatalogue(db, catalogue);
  await seed(db);
  const app = await createServer({ db, config: loadConfig({}, { logLevel: 'silent', adminToken: randomUUID(), adminTokenGenerated: false }) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const code = catalogue.matters.find((m) => m.formId !== undefined)!.code;
  const etag = (await fetch(`${url}/v1/matters/${code}`)).headers.get('etag')!;
  const paths: [string, string, string[]][] = [
    ['matter', `/v1/matters/${code}`, []],
    ['list-page', '/v1/matters?limit=20', []],
    ['search', `/v1/search?q=${encodeURIComponent('营业执照')}&limit=10`, []],
    ['search-index', '/v1/search-index', ['-H', 'accept-encoding: gzip, br']],
    ['revalidate-304', `/v1/matters/${code}`, ['-H', `if-none-match: ${etag}`]],
  ];
  const outDir = process.argv[2] ?? join(dir, 'profiles');
  mkdirSync(outDir, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  for (const [name, path, extra] of paths) {
    // Warm (the first search builds the index): the profile is of steady-state reads.
    await (await fetch(`${url}${path}`)).arrayBuffer();
    await session.post('Profiler.start');
    // autocannon's CLI runs in its own process; the server's event loop keeps answering meanwhile.
    const summary = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['node_modules/autocannon/autocannon.js', '-c', '10', '-d', String(SECONDS), ...extra, `${url}${path}`], { stdio: ['ignore', 'ignore', 'pipe'] });
      let out = '';
      child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
      child.on('exit', () => resolve(out.split('\n').find((l) => l.includes('requests in'))?.trim() ?? out.slice(-300)));
    });
    const { profile } = await session.post('Profiler.stop');
    const file = join(outDir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    process.stdout.write(`\n## ${name}: GET ${path} ${extra.join(' ')}\n\n${summary}\n\n${summarise(file)}\n`);
  }
  session.disconnect();
  await app.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
