// The zwfw CLI: keys create prints a publishable key, migrate reports, on a throw-away PGlite folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDb } from '../src/index.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'zwfw-cli-'));
const dataDir = join(dir, 'pglite');

function zwfw(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ZWFW_DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { env, encoding: 'utf8', timeout: 120_000 });
}

describe('zwfw CLI', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs through a symlinked bin, as npm installs it (node_modules/.bin/zwfw)', () => {
    const link = join(dir, 'zwfw-bin.ts');
    symlinkSync(CLI, link);
    const r = spawnSync(process.execPath, ['--import', 'tsx', link, '--help'], { encoding: 'utf8', timeout: 60_000 });
    assert.match(r.stdout + r.stderr, /zwfw — reference one-network server/);
  });

  it('migrates a fresh data folder, then reports it up to date', () => {
    const first = zwfw('migrate');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /applied migrations 1/);
    const second = zwfw('migrate');
    assert.match(second.stdout, /up to date/);
  });

  it('creates a publishable key bound to the given origins', async () => {
    const r = zwfw('keys', 'create', '--origin', 'https://bank.example', '--origin', 'https://bank.example:8443/', '--name', 'Example Bank');
    assert.equal(r.status, 0, r.stderr);
    const key = r.stdout.trim();
    assert.match(key, /^pk_[A-Za-z0-9_-]{20,}$/);
    const db = await openDb({ dataDir });
    try {
      const rows = await db.query<{ name: string; origins: string[] }>('select name, origins from partner_keys where key = $1', [key]);
      assert.deepEqual(rows[0], { name: 'Example Bank', origins: ['https://bank.example', 'https://bank.example:8443'] });
    } finally {
      await db.close();
    }
  });

  it('refuses a key without an origin or with a bad one', () => {
    assert.equal(zwfw('keys', 'create').status, 2);
    const bad = zwfw('keys', 'create', '--origin', 'https://bank.example/path');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /Not an origin/);
  });

  it('prints usage', () => {
    const r = zwfw('help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /zwfw keys create/);
  });
});
