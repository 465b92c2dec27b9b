// The reference sites `npm start` serves beside the demo pages: the TypeDoc API reference (docs/api, served at
// /reference/) and the built Storybook (storybook-static, served at /storybook/). Each is rebuilt only when its
// sources changed since its last build (a fingerprint of their paths, sizes and times kept in the output), into
// a scratch folder that then replaces the old one, so a running server never serves a half-written site.
//
//   node scripts/build-reference.mjs            build what is stale
//   node scripts/build-reference.mjs --placeholders   only make sure both folders exist (a page saying "being built")
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = '.zwfw-sources';

export const SITES = [
  {
    name: 'API reference (TypeDoc)',
    out: 'docs/api',
    prefix: '/reference/',
    sources: ['typedoc.json', 'README.md', 'docs', 'packages/core/src', 'packages/search/src', 'packages/sdk/src', 'packages/elements/src',
      'packages/core/README.md', 'packages/search/README.md', 'packages/sdk/README.md', 'packages/elements/README.md'],
    build: (out) => [[process.execPath, ['node_modules/typedoc/bin/typedoc', '--out', out, '--logLevel', 'Warn']]],
  },
  {
    name: 'Storybook',
    out: 'storybook-static',
    prefix: '/storybook/',
    sources: ['.storybook', 'stories', 'packages/elements/src', 'packages/sdk/src', 'packages/core/src'],
    // The stories read the elements' manifest (custom-elements.json), which is generated, not committed.
    build: (out) => [
      ['npm', ['run', '--silent', 'build:manifest']],
      [process.execPath, ['node_modules/storybook/dist/bin/dispatcher.js', 'build', '-o', out, '--quiet']],
    ],
  },
];

/** Paths, sizes and modification times of every source file: changes when any source does. */
function fingerprint(sources) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    const st = statSync(path);
    if (st.isDirectory()) {
      // docs/api is the TypeDoc output itself: not a source of it.
      if (path === 'docs/api' || path.endsWith('/node_modules')) return;
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(`${path}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  for (const s of sources) visit(s);
  return hash.digest('hex');
}

const placeholder = (name) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${name}</title></head>
<body><h1>${name}</h1><p>正在生成，请稍后刷新。 This site is being built in the background by <code>npm start</code>; reload in a minute.</p></body></html>
`;

export function ensurePlaceholders() {
  for (const site of SITES) {
    if (existsSync(join(site.out, 'index.html'))) continue;
    mkdirSync(site.out, { recursive: true });
    writeFileSync(join(site.out, 'index.html'), placeholder(site.name));
  }
}

/** Builds every stale site; returns the names of those that failed. */
export function buildStale({ log = console.log } = {}) {
  const failed = [];
  for (const site of SITES) {
    const print = fingerprint(site.sources);
    const stamp = join(site.out, STAMP);
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === print) continue;
    const scratch = `${site.out}.tmp-build`;
    rmSync(scratch, { recursive: true, force: true });
    log(`[zwfw] building the ${site.name} in the background…`);
    let r = { status: 0, stderr: '' };
    for (const [cmd, args] of site.build(scratch)) {
      r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (r.status !== 0) break;
    }
    if (r.status !== 0 || !existsSync(join(scratch, 'index.html'))) {
      log(`[zwfw] the ${site.name} did not build (exit ${r.status}); ${site.prefix} keeps its previous pages.\n${(r.stderr ?? '').slice(-2000)}`);
      rmSync(scratch, { recursive: true, force: true });
      failed.push(site.name);
      continue;
    }
    writeFileSync(join(scratch, STAMP), print);
    rmSync(site.out, { recursive: true, force: true });
    renameSync(scratch, site.out);
    log(`[zwfw] the ${site.name} is ready at ${site.prefix}`);
  }
  return failed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensurePlaceholders();
  if (!process.argv.includes('--placeholders')) process.exitCode = buildStale().length > 0 ? 1 : 0;
}
