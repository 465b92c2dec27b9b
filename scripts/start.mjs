// `npm start`: builds what the server serves (TypeScript packages, the elements bundle), then starts the
// reference server on its embedded database (PGlite in .data/, created and seeded on first start). The API
// reference (TypeDoc, /reference/) and the Storybook (/storybook/) are built in the background once the server
// listens, only when their sources changed (scripts/build-reference.mjs); until then they show a placeholder.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { SITES, ensurePlaceholders } from './build-reference.mjs';

function run(title, cmd, args) {
  console.log(`[zwfw] ${title}…`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[zwfw] ${title} failed (exit ${r.status}). Fix the errors above, then run "npm start" again.`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync('node_modules/typescript')) {
  console.error('[zwfw] Dependencies are not installed: run "npm ci" first (or use the README command "npm ci && npm start").');
  process.exit(1);
}
run('building packages (tsc -b)', process.execPath, ['node_modules/typescript/bin/tsc', '-b']);
// Only the bundle the server serves (/cdn/zwfw-elements.js); `npm run build` makes the packages' own.
run('building the served browser bundle (rollup)', process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--configServed', '--silent']);
run('building the demo sites\' pages (esbuild)', process.execPath, ['scripts/build-sites.mjs']);

ensurePlaceholders();
const cli = 'packages/server/dist/cli.js';
const staticSites = process.env.ZWFW_STATIC_SITES ?? SITES.map((s) => `${s.prefix}=${s.out}`).join(';');
const server = spawn(process.execPath, [cli, 'serve', ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'pipe'], env: { ...process.env, ZWFW_STATIC_SITES: staticSites },
});
let reference;
// The reference sites take a minute of CPU: start on them once the server says it listens, at low priority.
server.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  if (reference === undefined && String(chunk).includes('listening on')) {
    // Its own process group, so stopping npm start stops the builders it runs too.
    reference = spawn(process.execPath, ['scripts/build-reference.mjs'], { stdio: 'inherit', detached: true });
    try { setPriority(reference.pid, 10); } catch { /* not allowed here: build at normal priority */ }
  }
});
const stopReference = () => { try { if (reference?.exitCode === null) process.kill(-reference.pid, 'SIGTERM'); } catch { /* already gone */ } };
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stopReference(); server.kill(signal); });
server.on('exit', (code) => { stopReference(); process.exit(code ?? 0); });
