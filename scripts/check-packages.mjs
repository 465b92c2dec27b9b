#!/usr/bin/env node
// `npm run check:packages`: are the npm packages honest, as a consumer installing them would find them?
//   1. package.json: licence, repository, engines the same as the root's and accepted by every production
//      dependency (what `npm install --engine-strict` would refuse; and every package of the repository's own
//      lockfile on this Node, what `npm ci --engine-strict` would refuse), exports with a `default` condition,
//      dependencies that the sources import and nothing more (optional peers of an imported zwfw package
//      count as used: the server declares the search builder's pinyin-pro);
//   2. the packed tarballs (`npm pack` into a temp folder): LICENSE and README, no .tsbuildinfo, no tests,
//      no file of a megabyte or more, the custom-elements manifest in @zwfw/elements;
//   3. publint and @arethetypeswrong/cli on each tarball;
//   4. a consumer project installs the tarballs and require()s them (Node 20.19+ loads ESM from require), and
//      an SDK-only install does not pull the index builder's dictionaries.
// Needs the packages built (`npm run build`). Exit 1 on any problem.
//   node scripts/check-packages.mjs [--static]     --static: step 1 only (no build needed)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const semver = require('semver');

export const PACKAGES = ['core', 'search', 'sdk', 'elements', 'server'];
const MEGABYTE = 1_000_000;

/**
 * Dependencies whose `engines` are known to be narrower than ours, each with the reason it is accepted.
 * Printed on every run so the exception stays visible; an entry that no longer applies is noted too.
 */
export const ENGINE_EXCEPTIONS = {
  ky: 'ky 2 declares node >=22 but runs on Node 20.19+ in every SDK test here (shared/reference/toolchain.md); the SDK owns its ky version',
};

/**
 * Dependencies a package declares without importing them, to pin what its dependencies may float to, each
 * with its reason (they count as used).
 */
export const CONSTRAINTS = {
  '@zwfw/server': {
    'light-my-request': "fastify 5 takes light-my-request ^6, and 6.8 brings cookie 2, which declares node >=22; npm dedupes fastify's copy to this 6.6",
  },
};

// Why attw's cjs-resolves-to-esm is not an error here: every engine the packages accept (^20.19.0 || >=22.12.0)
// loads ESM through require() unflagged, and step 4 require()s each package for real.
const ATTW_IGNORED = ['cjs-resolves-to-esm'];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

// ---------------------------------------------------------------------------------------------- 1. static

// `import … from 'x'`, `export … from 'x'`, `import('x')` and a bare `import 'x'` at the start of a line.
const IMPORT_RE = /\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
// A bare specifier naming a package (not ./relative, not node:builtin).
const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/.*)?$/;

/** Bare module specifiers (package names) imported by a package's sources, tests excluded. */
export function importedPackages(srcDir) {
  const names = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|mts|js|mjs)$/.test(name) && !/\.(test|spec)\.|\.d\.ts$/.test(name)) {
        // Comment lines (JSDoc examples name packages in `import … from` lines) are not imports.
        const code = readFileSync(path, 'utf8').split('\n').filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l)).join('\n');
        for (const m of code.matchAll(IMPORT_RE)) {
          const spec = m[1] ?? m[2] ?? m[3];
          if (!PACKAGE_NAME.test(spec)) continue;
          names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
      }
    }
  };
  walk(srcDir);
  return names;
}

/** The package.json of `name` as Node would resolve it from `fromDir`. */
function findManifest(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const path = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(path)) return path;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Production dependencies (transitively, as installed) whose engines.node does not accept all of `range`. */
export function engineConflicts(pkgDir, range) {
  const conflicts = [];
  const seen = new Set();
  const walk = (dir, chain) => {
    const manifest = readJson(join(dir, 'package.json'));
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const path = findManifest(dep, dir);
      if (path === undefined) continue;
      const real = realpathSync(dirname(path));
      if (seen.has(real)) continue;
      seen.add(real);
      const info = readJson(path);
      const theirs = info.engines?.node;
      if (theirs && !semver.subset(range, theirs)) conflicts.push({ name: info.name, version: info.version, node: theirs, chain: [...chain, info.name] });
      walk(real, [...chain, info.name]);
    }
  };
  walk(pkgDir, [readJson(join(pkgDir, 'package.json')).name]);
  return conflicts;
}

/** Problems in one package's manifest and its dependency lists (no build needed). */
export function manifestProblems(root, name, notes = []) {
  const dir = join(root, 'packages', name);
  const pkg = readJson(join(dir, 'package.json'));
  const rootPkg = readJson(join(root, 'package.json'));
  const problems = [];
  const say = (text) => problems.push(`${pkg.name}: ${text}`);

  if (pkg.license !== rootPkg.license) say(`license is ${pkg.license}, the repository's is ${rootPkg.license}`);
  if (!existsSync(join(dir, 'LICENSE'))) say('no LICENSE file');
  if (!existsSync(join(dir, 'README.md'))) say('no README.md');
  if (!pkg.repository?.url || pkg.repository.directory !== `packages/${name}`) say(`repository must name the git URL and directory packages/${name}`);
  if (pkg.engines?.node !== rootPkg.engines?.node) say(`engines.node is ${pkg.engines?.node}, the root's is ${rootPkg.engines?.node}`);

  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target === 'object' && !('default' in target)) say(`exports["${subpath}"] has no "default" condition (require() and other tools find nothing)`);
    // node10 (moduleResolution "node") reads no exports map: a typed subpath needs a typesVersions entry.
    const key = subpath.slice(2);
    const typed = typeof target === 'object' && 'types' in target;
    if (typed && subpath !== '.' && !key.endsWith('.js') && !(pkg.typesVersions?.['*']?.[key])) say(`exports["${subpath}"] has types but no typesVersions entry for node10 resolution`);
  }

  const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
  const imported = importedPackages(join(dir, 'src'));
  imported.delete(pkg.name);
  const used = new Set(imported);
  for (const dep of imported) {
    const sibling = dep.startsWith('@zwfw/') ? join(root, 'packages', dep.slice('@zwfw/'.length), 'package.json') : undefined;
    if (sibling && existsSync(sibling)) for (const peer of Object.keys(readJson(sibling).peerDependencies ?? {})) used.add(peer);
  }
  for (const dep of imported) if (!declared.has(dep)) say(`imports ${dep} without declaring it`);
  for (const dep of Object.keys(CONSTRAINTS[pkg.name] ?? {})) used.add(dep);
  for (const dep of declared) if (!used.has(dep)) say(`declares ${dep} but never imports it`);

  for (const c of engineConflicts(dir, pkg.engines?.node ?? '*')) {
    const line = `${c.chain.join(' > ')}@${c.version} declares node ${c.node}, narrower than ${pkg.engines?.node}`;
    if (ENGINE_EXCEPTIONS[c.name]) notes.push(`${line} (accepted: ${ENGINE_EXCEPTIONS[c.name]})`);
    else say(line);
  }
  return problems;
}

/**
 * Packages of the repository's own install (package-lock.json, dev tools included) whose engines.node does not
 * accept this Node: what `npm ci --engine-strict` here would refuse. (Dev tools only need the Node the
 * repository is worked on; the packages' production trees are held to their whole engines range above.)
 */
export function lockfileEngineConflicts(root, nodeVersion = process.version) {
  const lock = readJson(join(root, 'package-lock.json'));
  return Object.entries(lock.packages ?? {})
    .filter(([path, info]) => path !== '' && !info.optional && info.engines?.node && !semver.satisfies(nodeVersion, info.engines.node))
    .map(([path, info]) => ({ name: path.replace(/^.*node_modules\//, ''), version: info.version, node: info.engines.node }));
}

// ------------------------------------------------------------------------------------------------ 2. pack

/** Packs one package into `dest`; returns the tarball path and its file list. */
function pack(root, name, dest) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest], { cwd: join(root, 'packages', name), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(out);
  return { tarball: join(dest, info.filename), size: info.size, unpackedSize: info.unpackedSize, files: info.files };
}

/** Problems in a packed file list. */
export function tarballProblems(pkg, files) {
  const problems = [];
  const say = (text) => problems.push(`${pkg.name} tarball: ${text}`);
  const paths = new Set(files.map((f) => f.path));
  for (const required of ['LICENSE', 'README.md', 'package.json']) if (!paths.has(required)) say(`has no ${required}`);
  if (pkg.customElements && !paths.has(pkg.customElements)) say(`declares customElements ${pkg.customElements} but does not ship it`);
  for (const f of files) {
    if (f.path.endsWith('.tsbuildinfo')) say(`ships ${f.path}`);
    if (/\.(test|spec)\.[mc]?[jt]s$/.test(f.path) || f.path.startsWith('test/')) say(`ships the test ${f.path}`);
    if (f.size >= MEGABYTE) say(`ships ${f.path} of ${(f.size / MEGABYTE).toFixed(1)} MB`);
  }
  return problems;
}

// --------------------------------------------------------------------------------------- 3. publint, attw

function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

async function lint(root, packed) {
  const bin = (p) => join(root, 'node_modules', p);
  const results = await Promise.all(packed.map(async ({ name, tarball }) => {
    const [publint, attw] = await Promise.all([
      run(process.execPath, [bin('publint/src/cli.js'), 'run', '--strict', tarball]),
      run(process.execPath, [bin('@arethetypeswrong/cli/dist/index.js'), tarball, '--format', 'ascii', '--ignore-rules', ...ATTW_IGNORED]),
    ]);
    return { name, publint, attw };
  }));
  const problems = [];
  for (const { name, publint, attw } of results) {
    const warned = /\b(warn|error|suggestion)/i.test(publint.out.replace(/^.*Running publint.*$/m, ''));
    console.log(`  ${name}: publint ${publint.code === 0 && !warned ? 'clean' : 'PROBLEMS'}, attw ${attw.code === 0 ? 'clean' : 'PROBLEMS'}`);
    if (publint.code !== 0 || warned) problems.push(`@zwfw/${name} publint:\n${publint.out}`);
    if (attw.code !== 0) problems.push(`@zwfw/${name} attw:\n${attw.out}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------- 4. consumer

async function consume(packed, dest) {
  const problems = [];
  const tgz = Object.fromEntries(packed.map((p) => [p.name, p.tarball]));
  const install = async (dir, names, extra = []) => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
    const r = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', ...extra, ...names.map((n) => tgz[n])], { cwd: dir });
    if (r.code !== 0) problems.push(`installing ${names.join(', ')} into a fresh project failed:\n${r.out}`);
    return r.code === 0;
  };

  // The browser side (SDK and elements), as a district site bundling them would install it.
  const sdk = mkdtempSync(join(dest, 'sdk-'));
  if (await install(sdk, ['core', 'search', 'sdk', 'elements'])) {
    for (const builderOnly of ['opencc-js', 'pinyin-pro']) {
      if (existsSync(join(sdk, 'node_modules', builderOnly))) problems.push(`an SDK install pulls ${builderOnly}, which only the index builder needs`);
    }
    const r = await run(process.execPath, ['-e', "for (const p of ['@zwfw/core', '@zwfw/search', '@zwfw/sdk', '@zwfw/elements']) { const m = require(p); if (!Object.keys(m).length) throw new Error(p + ' exports nothing'); }"], { cwd: sdk });
    if (r.code !== 0) problems.push(`require() of the SDK packages failed:\n${r.out}`);
  }
  // The server with engine-strict: every engine on its dependency tree must accept this Node.
  const server = mkdtempSync(join(dest, 'server-'));
  if (await install(server, ['core', 'search', 'server'], ['--engine-strict'])) {
    const r = await run(process.execPath, ['-e', "const s = require('@zwfw/server'); if (typeof s.startServer !== 'function') throw new Error('no startServer'); require('@zwfw/search/builder');"], { cwd: server });
    if (r.code !== 0) problems.push(`require() of @zwfw/server failed:\n${r.out}`);
    const help = await run(join(server, 'node_modules', '.bin', 'zwfw'), ['--help'], { cwd: server });
    if (!/zwfw keys create/.test(help.out)) problems.push(`the installed zwfw bin does not run:\n${help.out}`);
  }
  return problems;
}

// -------------------------------------------------------------------------------------------------- main

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const started = Date.now();
  const notes = [];
  const problems = PACKAGES.flatMap((name) => manifestProblems(root, name, notes));
  for (const c of lockfileEngineConflicts(root)) {
    const line = `package-lock.json: ${c.name}@${c.version} declares node ${c.node}, not ${process.version} (npm ci --engine-strict refuses it)`;
    if (ENGINE_EXCEPTIONS[c.name]) notes.push(`${line} (accepted: ${ENGINE_EXCEPTIONS[c.name]})`);
    else problems.push(line);
  }
  for (const name of Object.keys(ENGINE_EXCEPTIONS)) {
    if (!notes.some((n) => n.includes(` ${name}@`) || n.includes(`> ${name}@`))) notes.push(`ENGINE_EXCEPTIONS.${name} no longer applies: remove it from scripts/check-packages.mjs`);
  }
  console.log(`[check:packages] manifests: ${problems.length} problem(s)`);
  for (const n of notes) console.log(`  note: ${n}`);

  if (!process.argv.includes('--static')) {
    const missing = PACKAGES.filter((n) => !existsSync(join(root, 'packages', n, 'dist')));
    if (missing.length) {
      console.error(`[check:packages] not built: ${missing.join(', ')}. Run "npm run build" first.`);
      process.exit(1);
    }
    const dest = mkdtempSync(join(tmpdir(), 'zwfw-pack-'));
    try {
      const packed = PACKAGES.map((name) => ({ name, ...pack(root, name, dest) }));
      for (const p of packed) {
        const pkg = readJson(join(root, 'packages', p.name, 'package.json'));
        problems.push(...tarballProblems(pkg, p.files));
        console.log(`  ${pkg.name}: ${p.files.length} files, ${p.size} B packed, ${p.unpackedSize} B unpacked`);
      }
      problems.push(...(await lint(root, packed)));
      problems.push(...(await consume(packed, dest)));
    } finally {
      rmSync(dest, { recursive: true, force: true });
    }
  }
  for (const p of problems) console.log(`  problem: ${p}`);
  console.log(`[check:packages] ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(problems.length === 0 ? 0 : 1);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
