// Runs every package's node tests (node --test with tsx) in one runner, so the run ends with one summary.
// Usage: node scripts/node-tests.mjs [package ...]
import { spawnSync } from 'node:child_process';
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
    }
    else if (name.endsWith('.test.ts')) yield p;
  }
}

const files = wanted.flatMap((pkg) => [...testFiles(join('packages', pkg, 'test'))]);
files.push(...[...testFiles('test')].filter((f) => !f.includes('/e2e/') || process.env.ZWFW_E2E !== '0'));
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(r.status ?? 1);
