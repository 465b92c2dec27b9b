// The `zwfw` bin as npm links it: a committed file (npm links bins at install time, before anything is
// built, so a bin under dist/ was never linked after `npm ci`), which runs the built CLI and, outside a source
// checkout, says plainly when the package has no build.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const repo = join(pkgDir, '..', '..');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const bin = join(pkgDir, pkg.bin['zwfw'] ?? '');
const tmp = mkdtempSync(join(tmpdir(), 'zwfw-bin-'));

describe('the zwfw bin', () => {
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('is a committed file outside dist/, so `npm ci` links it', () => {
    assert.doesNotMatch(pkg.bin['zwfw'] ?? '', /dist\//);
    const tracked = execFileSync('git', ['ls-files', '--', bin], { cwd: repo, encoding: 'utf8' }).trim();
    assert.equal(tracked, 'packages/server/bin/zwfw.js');
    const linked = join(repo, 'node_modules', '.bin', 'zwfw');
    if (existsSync(linked)) assert.equal(realpathSync(linked), realpathSync(bin), 'node_modules/.bin/zwfw is this file');
  });

  it('runs the CLI as `npx zwfw` does', () => {
    const r = spawnSync('npx', ['--no-install', 'zwfw', '--help'], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /zwfw keys create --origin URL/);
  });

  it('names the fix when an installed package has no build', () => {
    mkdirSync(join(tmp, 'bin'));
    copyFileSync(bin, join(tmp, 'bin', 'zwfw.js'));
    const r = spawnSync(process.execPath, [join(tmp, 'bin', 'zwfw.js'), '--help'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /dist\/cli\.js is missing\. Reinstall @zwfw\/server\./);
  });
});
