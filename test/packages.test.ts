// The npm packages as a consumer meets them: the manifest rules `npm run check:packages` applies (each shown
// to catch the defect a consumer audit found), the packed-file rules, and `npm start` building only the bundle
// the server serves.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
// @ts-expect-error: a plain .mjs script without declarations
import { lockfileEngineConflicts, manifestProblems, PACKAGES, tarballProblems } from '../scripts/check-packages.mjs';

type ManifestProblems = (root: string, name: string, notes?: string[]) => string[];
type TarballProblems = (pkg: Record<string, unknown>, files: { path: string; size: number }[]) => string[];
const checkManifest = manifestProblems as ManifestProblems;
const checkTarball = tarballProblems as TarballProblems;

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'zwfw-packages-'));
const ROOT_ENGINES = { node: '^20.19.0 || >=22.12.0' };

/** A throwaway repository with one package `demo` and the given files. */
function fixture(name: string, pkg: Record<string, unknown>, files: Record<string, string> = {}): string {
  const dir = join(tmp, name);
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('package.json', JSON.stringify({ name: 'fixture', private: true, license: 'MIT', engines: ROOT_ENGINES }));
  write('packages/demo/package.json', JSON.stringify(pkg));
  for (const [path, text] of Object.entries(files)) write(path, text);
  return dir;
}

const honest = {
  name: '@zwfw/demo', license: 'MIT', engines: ROOT_ENGINES,
  repository: { type: 'git', url: 'git+https://example.invalid/zwfw.git', directory: 'packages/demo' },
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  dependencies: { zod: '^4.6.7' },
};
const honestFiles = { 'packages/demo/LICENSE': 'MIT', 'packages/demo/README.md': '# demo', 'packages/demo/src/index.ts': "import * as z from 'zod';\nexport const s = z.string();\n" };

describe('package manifests', () => {
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('every zwfw package passes the manifest rules', () => {
    const notes: string[] = [];
    for (const name of PACKAGES as string[]) assert.deepEqual(checkManifest(root, name, notes), [], name);
  });

  it('an honest fixture passes, so each refusal below comes from its one defect', () => {
    assert.deepEqual(checkManifest(fixture('honest', honest, honestFiles), 'demo'), []);
  });

  it('refuses an export without a default condition (require() found nothing) and a subpath node10 cannot type', () => {
    const dir = fixture('exports', {
      ...honest,
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './extra': { types: './dist/extra.d.ts', default: './dist/extra.js' } },
    }, honestFiles);
    const problems = checkManifest(dir, 'demo');
    assert.ok(problems.some((p) => /exports\["\."\] has no "default" condition/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /exports\["\.\/extra"\] has types but no typesVersions/.test(p)), problems.join('\n'));
  });

  it('refuses a dependency the sources never import and an import the package does not declare', () => {
    const dir = fixture('deps', { ...honest, dependencies: { zod: '^4.6.7', '@zwfw/core': '^0.1.0' } }, {
      ...honestFiles, 'packages/demo/src/view.ts': "import { html } from 'lit';\n/** import { x } from 'documented-only'; */\nexport const v = html``;\n",
    });
    const problems = checkManifest(dir, 'demo');
    assert.ok(problems.includes('@zwfw/demo: declares @zwfw/core but never imports it'), problems.join('\n'));
    assert.ok(problems.includes('@zwfw/demo: imports lit without declaring it'), problems.join('\n'));
    assert.ok(!problems.some((p) => p.includes('documented-only')), 'a JSDoc example is not an import');
  });

  it('refuses a missing LICENSE or README, a missing repository and engines other than the root\'s', () => {
    const { repository: _r, ...withoutRepository } = honest;
    const dir = fixture('meta', { ...withoutRepository, engines: { node: '>=20.19' } }, { 'packages/demo/src/index.ts': "import * as z from 'zod';\n" });
    const problems = checkManifest(dir, 'demo').join('\n');
    for (const re of [/no LICENSE file/, /no README\.md/, /repository must name/, /engines\.node is >=20\.19/]) assert.match(problems, re);
  });

  it('refuses a production dependency whose engines are narrower than ours (what --engine-strict refuses), and notes accepted ones', () => {
    const dir = fixture('engines', { ...honest, dependencies: { zod: '^4.6.7', ky: '^2.1.0' } }, {
      ...honestFiles,
      'packages/demo/src/client.ts': "import ky from 'ky';\nexport const k = ky;\n",
      'node_modules/zod/package.json': JSON.stringify({ name: 'zod', version: '4.6.7', dependencies: { cookie: '^2' } }),
      'node_modules/cookie/package.json': JSON.stringify({ name: 'cookie', version: '2.0.2', engines: { node: '>=22' } }),
      'node_modules/ky/package.json': JSON.stringify({ name: 'ky', version: '2.1.0', engines: { node: '>=22' } }),
    });
    const notes: string[] = [];
    const problems = checkManifest(dir, 'demo', notes);
    assert.deepEqual(problems, ['@zwfw/demo: @zwfw/demo > zod > cookie@2.0.2 declares node >=22, narrower than ^20.19.0 || >=22.12.0']);
    assert.equal(notes.length, 1);
    assert.match(notes[0] ?? '', /ky@2\.1\.0 declares node >=22.*accepted/);
  });

  it('finds the locked packages `npm ci --engine-strict` refuses', () => {
    const dir = fixture('lock', honest, {
      'package-lock.json': JSON.stringify({ packages: {
        '': { name: 'fixture' },
        'node_modules/cookie': { version: '2.0.2', engines: { node: '>=22' } },
        'node_modules/glob': { version: '13.0.7', engines: { node: '18 || 20 || >=22' } },
        'node_modules/fsevents': { version: '2.3.3', optional: true, engines: { node: '>=99' } },
      } }),
    });
    assert.deepEqual((lockfileEngineConflicts as (root: string, node: string) => unknown[])(dir, 'v20.20.2'), [{ name: 'cookie', version: '2.0.2', node: '>=22' }]);
  });
});

describe('packed files', () => {
  const pkg = { name: '@zwfw/demo', customElements: 'custom-elements.json' };
  const base = [{ path: 'LICENSE', size: 1000 }, { path: 'README.md', size: 1000 }, { path: 'package.json', size: 1000 }, { path: 'custom-elements.json', size: 1000 }];

  it('accepts a tarball with its licence, readme and declared manifest', () => {
    assert.deepEqual(checkTarball(pkg, base), []);
  });

  it('refuses build info, tests, megabyte files and a declared manifest left out', () => {
    const problems = checkTarball(pkg, [
      ...base.filter((f) => f.path !== 'custom-elements.json' && f.path !== 'LICENSE'),
      { path: 'dist/.tsbuildinfo', size: 60_000 }, { path: 'src/a.test.ts', size: 100 }, { path: 'dist/cdn/x.js.map', size: 1_700_000 },
    ]).join('\n');
    for (const re of [/has no LICENSE/, /customElements custom-elements\.json but does not ship it/, /ships dist\/\.tsbuildinfo/, /ships the test src\/a\.test\.ts/, /ships dist\/cdn\/x\.js\.map of 1\.7 MB/]) {
      assert.match(problems, re);
    }
  });
});

describe('npm start', () => {
  it('builds only the bundle the reference server serves', async () => {
    const config = ((await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)) as { default: (args: Record<string, unknown>) => { output: { dir: string; entryFileNames: string } | { dir: string; entryFileNames: string }[] }[] }).default;
    const outputs = (args: Record<string, unknown>) => config(args).flatMap((c) => [c.output].flat());
    const publicDir = join(root, 'packages/server/public');
    // What the demo pages load from /cdn/.
    const pages = readdirSync(publicDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
    const loaded = new Set(pages.flatMap((f) => [...readFileSync(join(publicDir, f), 'utf8').matchAll(/src="\/cdn\/([^"]+)"/g)].map((m) => m[1])));
    assert.ok(loaded.size > 0);
    const served = outputs({ configServed: true });
    assert.deepEqual(served.map((o) => relative(root, o.dir)), ['packages/server/public/cdn']);
    assert.deepEqual(new Set(served.map((o) => o.entryFileNames)), loaded);
    // `npm run build` still makes every package's own bundles.
    assert.ok(outputs({}).some((o) => relative(root, o.dir) === 'packages/sdk/dist/cdn'));
    assert.match(readFileSync(join(root, 'scripts/start.mjs'), 'utf8'), /rollup', '-c', '--configServed'/);
  });
});
