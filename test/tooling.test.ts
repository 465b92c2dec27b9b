// Cross-package checks of the repository's own tooling: the import direction between packages and the
// browser finder's messages, which a newcomer on a fresh machine depends on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, BrowserNotFoundError } from '../scripts/find-browser.mjs';

test('imports flow core <- search <- sdk <- elements and server -> core, search', () => {
  const r = spawnSync(process.execPath, ['scripts/check-layers.mjs', '.'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /ok/);
});

test('the layer check fails on an import against the direction', () => {
  const root = mkdtempSync(join(tmpdir(), 'zwfw-layers-'));
  mkdirSync(join(root, 'packages/core/src'), { recursive: true });
  writeFileSync(join(root, 'packages/core/src/bad.ts'), "import { createClient } from '@zwfw/sdk';\n");
  const r = spawnSync(process.execPath, ['scripts/check-layers.mjs', root], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stdout + r.stderr, /core must not import @zwfw\/sdk/);
});

test('findBrowser honours CHROME_PATH and names the fix when it points nowhere', () => {
  const saved = process.env.CHROME_PATH;
  try {
    process.env.CHROME_PATH = '/nonexistent/chrome';
    assert.throws(() => findBrowser({ install: false }), (e: unknown) => {
      assert.ok(e instanceof BrowserNotFoundError);
      assert.match((e as Error).message, /CHROME_PATH is set to \/nonexistent\/chrome/);
      return true;
    });
    process.env.CHROME_PATH = process.execPath; // any existing file is taken as given
    assert.equal(findBrowser({ install: false }), process.execPath);
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
});

test('findBrowser without a browser and without install rights says what to install', () => {
  const r = spawnSync(process.execPath, ['-e', `
    import('./scripts/find-browser.mjs').then(({ findBrowser }) => {
      try { findBrowser({ install: false }); console.log('found'); } catch (e) { console.log(e.message); }
    });`], { encoding: 'utf8', env: { PATH: '/nonexistent', HOME: process.env.HOME ?? '/' } });
  assert.match(r.stdout, /No Chrome or Chromium found .*apt-get install chromium.*CHROME_PATH/s);
});

test('the layer check accepts subpaths a package exports and refuses other deep imports', () => {
  const root = mkdtempSync(join(tmpdir(), 'zwfw-layers-'));
  mkdirSync(join(root, 'packages/search'), { recursive: true });
  writeFileSync(join(root, 'packages/search/package.json'), JSON.stringify({ exports: { '.': './i.js', './builder': './b.js' } }));
  mkdirSync(join(root, 'packages/server/src'), { recursive: true });
  writeFileSync(join(root, 'packages/server/src/ok.ts'), "import { buildIndex } from '@zwfw/search/builder';\n");
  const ok = spawnSync(process.execPath, ['scripts/check-layers.mjs', root], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stdout);
  writeFileSync(join(root, 'packages/server/src/bad.ts'), "import { x } from '@zwfw/search/src/engine.js';\n");
  const bad = spawnSync(process.execPath, ['scripts/check-layers.mjs', root], { encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /through its public entry, not @zwfw\/search\/src\/engine\.js/);
});

test('the elements README lists every element, attribute, event and part the JSDoc declares', () => {
  const r = spawnSync(process.execPath, ['scripts/elements-api.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the SDK, React and Vue examples type-check against the published types (a page author sees these errors first)', () => {
  for (const project of ['packages/sdk/examples', 'packages/elements/examples/react', 'packages/elements/examples/vue']) {
    const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${project}/tsconfig.json`], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${project}: ${r.stdout}${r.stderr}`);
  }
});

for (const [framework, listener] of [['react', 'onzwfw-matter-select'], ['vue', 'onZwfw-matter-select']] as const) {
  test(`the ${framework} template types catch a wrong property type and a misspelt event detail`, () => {
    const dir = mkdtempSync(join('packages/elements/examples', '.check-'));
    try {
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: `../${framework}/tsconfig.json`, include: [], files: ['bad.tsx'] }));
      writeFileSync(join(dir, 'bad.tsx'), [
        `/// <reference types="@zwfw/elements/${framework}" />`,
        'export const a = <zwfw-guide matterCode={42} />;',
        `export const b = <zwfw-matter-search ${listener}={(e) => e.detail.cod} />;`,
      ].join('\n'));
      const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${dir}/tsconfig.json`], { encoding: 'utf8' });
      assert.notEqual(r.status, 0);
      assert.match(r.stdout, /bad\.tsx\(2,.*number.*not assignable/);
      assert.match(r.stdout, /bad\.tsx\(3,.*'cod' does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('docs/cdn.md is the table of the CDN files just built (npm test builds them first): sizes and integrity hashes', () => {
  const r = spawnSync(process.execPath, ['scripts/cdn-table.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
});

test('the CDN table names the fix when it is stale, and lists every entry with its sha384 hash', () => {
  const table = readFileSync('docs/cdn.md', 'utf8');
  for (const entry of ['zwfw-elements.js', 'zwfw-elements.all.js', 'zwfw-elements.autoload.js', 'zwfw-form.js', 'zwfw-sdk.js']) {
    assert.match(table, new RegExp(`\\| \`${entry.replace(/\./g, '\\.')}\` \\|[^\\n]*\`sha384-[A-Za-z0-9+/]{64}\` \\|`), entry);
  }
  const dir = mkdtempSync(join(tmpdir(), 'zwfw-cdn-'));
  cpSync('scripts/cdn-table.mjs', join(dir, 'scripts/cdn-table.mjs'));
  for (const pkg of ['elements', 'sdk']) cpSync(`packages/${pkg}/dist/cdn`, join(dir, `packages/${pkg}/dist/cdn`), { recursive: true });
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs/cdn.md'), table.replace(/sha384-[A-Za-z0-9+/]{4}/, 'sha384-AAAA'));
  const r = spawnSync(process.execPath, ['scripts/cdn-table.mjs', '--check'], { cwd: dir, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /docs\/cdn\.md is not the table of the files just built: run "npm run build"/);
});
