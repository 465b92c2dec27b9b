// `npm start`: builds what the server serves (TypeScript packages, the elements bundle), then starts the
// reference server on its embedded database (PGlite in .data/, created and seeded on first start).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

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

const cli = 'packages/server/dist/cli.js';
const server = spawn(process.execPath, [cli, 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
