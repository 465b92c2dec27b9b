#!/usr/bin/env node
// The `zwfw` command. npm links a package's bin when it installs it, which in this repository is before
// anything is built (`npm ci`), so the link must point at a committed file: this one. It runs the built CLI
// (dist/cli.js); in a source checkout where the packages are not built yet it builds them once (`tsc -b`,
// output on stderr so that commands printing a key or JSON keep a clean stdout).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  const repo = new URL('../../../', import.meta.url);
  const inCheckout = existsSync(new URL('packages/server/src/cli.ts', repo)) && existsSync(new URL('tsconfig.json', repo));
  let tsc;
  try {
    tsc = inCheckout ? createRequire(new URL('package.json', repo)).resolve('typescript/bin/tsc') : undefined;
  } catch {
    tsc = undefined;
  }
  if (tsc === undefined) {
    process.stderr.write(`zwfw: ${fileURLToPath(cli)} is missing. ${inCheckout ? 'Run "npm ci" at the repository root, then try again.' : 'Reinstall @zwfw/server.'}\n`);
    process.exit(1);
  }
  process.stderr.write('[zwfw] first run in this checkout: building the packages (tsc -b)…\n');
  // --force: a stale dist/.tsbuildinfo would otherwise call the missing file up to date.
  const built = spawnSync(process.execPath, [tsc, '-b', '--force'], { cwd: fileURLToPath(repo), stdio: ['ignore', 2, 2] });
  if (built.status !== 0 || !existsSync(cli)) {
    process.stderr.write('zwfw: the build failed (see above); fix it or run "npm run build", then try again.\n');
    process.exit(1);
  }
}
const { main } = await import(cli.href);
await main(process.argv.slice(2));
