// `npm test`: builds the packages, runs every node test and every browser test, and ends with one line
// "N passed, N failed" that adds both runners up. Exits non-zero if anything failed or nothing ran.
import { spawn, spawnSync } from 'node:child_process';
import { BrowserNotFoundError, findBrowser } from './find-browser.mjs';

function step(title) {
  console.log(`\n=== ${title} ===`);
}

function run(cmd, args, parse) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, ...parse(out) }));
  });
}

const lastInt = (text, re) => {
  const all = [...text.matchAll(re)];
  return all.length ? Number(all.at(-1)[1]) : 0;
};

// Both halves drive Chromium (the node half for end-to-end journeys), so find it, or install it on a fresh
// Debian machine, once and visibly before anything else runs.
step('browser');
try {
  process.env.CHROME_PATH = findBrowser({ log: console.log });
  console.log(`[zwfw] browser: ${process.env.CHROME_PATH}`);
} catch (e) {
  if (!(e instanceof BrowserNotFoundError)) throw e;
  console.error(`[zwfw] ${e.message}`);
  process.exit(1);
}

step('build (tsc -b, rollup)');
const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('[zwfw] The TypeScript build failed; fix the errors above first.');
  process.exit(1);
}
// The end-to-end tests load the CDN files (and the demo pages' copy): build them once, here, so no two tests
// race to write them and none runs against a stale bundle.
const bundles = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { stdio: 'inherit' });
if (bundles.status !== 0) {
  console.error('[zwfw] The rollup build of the CDN files failed; fix the errors above first.');
  process.exit(1);
}

// The API reference and the Storybook `npm start` serves, rebuilt only when their sources changed: the
// end-to-end tests open them (test/e2e/reference-sites.test.ts).
step('reference sites (TypeDoc, Storybook)');
const reference = spawnSync(process.execPath, ['scripts/build-reference.mjs'], { stdio: 'inherit' });
if (reference.status !== 0) {
  console.error('[zwfw] The API reference or the Storybook failed to build; fix the errors above first.');
  process.exit(1);
}

step('node tests (node --test + tsx)');
const node = await run(process.execPath, ['scripts/node-tests.mjs'], (out) => ({
  passed: lastInt(out, /^# pass (\d+)$/gm),
  failed: lastInt(out, /^# fail (\d+)$/gm) + lastInt(out, /^# cancelled (\d+)$/gm),
}));

step('browser tests (web-test-runner + Chromium)');
const browser = await run(process.execPath, ['scripts/browser-tests.mjs'], (out) => {
  const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
  const m = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return { passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 0 };
});

const passed = node.passed + browser.passed;
const failed = node.failed + browser.failed;
console.log(`\nnode: ${node.passed} passed, ${node.failed} failed (exit ${node.code}); browser: ${browser.passed} passed, ${browser.failed} failed (exit ${browser.code})`);
console.log(`${passed} passed, ${failed} failed`);
const ok = node.code === 0 && browser.code === 0 && failed === 0 && node.passed > 0 && browser.passed > 0;
process.exit(ok ? 0 : 1);
