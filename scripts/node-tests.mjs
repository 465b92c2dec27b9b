// Runs every package's node tests (node --test with tsx). The whole suite runs on the embedded database
// (PGlite); when DATABASE_URL is set, the server and conformance suites run a second time on that PostgreSQL,
// so both storage paths are proven in one run. Ends with the summed "# pass" / "# fail" lines.
// Usage: node scripts/node-tests.mjs [package ...]
import { spawn } from 'node:child_process';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const NODE_PACKAGES = ['core', 'search', 'sdk', 'server'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : NODE_PACKAGES;

function* testFiles(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    // browser/ folders hold web-test-runner tests (Chromium), not node tests.
    if (statSync(p).isDirectory()) {
      if (name !== 'browser') yield* testFiles(p);
    } else if (name.endsWith('.test.ts')) yield p;
  }
}

function run(title, files, env) {
  console.log(`\n--- ${title} (${files.length} files) ---`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...env, NODE_ENV: 'test' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => {
      const last = (re) => Number([...out.matchAll(re)].at(-1)?.[1] ?? 0);
      resolve({ code: code ?? 1, pass: last(/^# pass (\d+)$/gm), fail: last(/^# fail (\d+)$/gm) + last(/^# cancelled (\d+)$/gm) });
    });
  });
}

const files = [...wanted.flatMap((pkg) => [...testFiles(join('packages', pkg, 'test'))]), ...testFiles('test')];
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
const { DATABASE_URL, ...withoutDb } = process.env;
const results = [await run('embedded database (PGlite)', files, withoutDb)];
if (DATABASE_URL) {
  const storage = files.filter((f) => f.startsWith(join('packages', 'server', 'test')) || f.startsWith(join('test', 'conformance')));
  results.push(await run(`PostgreSQL (${DATABASE_URL.replace(/\/\/[^@]*@/, '//')})`, storage, process.env));
}
const pass = results.reduce((a, r) => a + r.pass, 0);
const fail = results.reduce((a, r) => a + r.fail, 0);
console.log(`\n# pass ${pass}\n# fail ${fail}`);
process.exit(results.every((r) => r.code === 0) && fail === 0 && pass > 0 ? 0 : 1);
