// The zwfw CLI on a throw-away PGlite folder: migrate reports, keys create prints a publishable key, import
// loads the up_task fixture into the database (read back through the API), seed takes ZWFW_EVALUATION_REASONS.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { exampleEvaluationReasonList, MatterSchema } from '@zwfw/core';
import { createServer, loadConfig, openDb } from '../src/index.js';
import { call } from './helpers/server.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/up_task/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'zwfw-cli-'));
const dataDir = join(dir, 'pglite');

function zwfw(...args: string[]) {
  return zwfwWith({}, ...args);
}

function zwfwWith(extraEnv: NodeJS.ProcessEnv, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ZWFW_DATA_DIR: dataDir, ...extraEnv };
  delete env['DATABASE_URL'];
  if (extraEnv['ZWFW_EVALUATION_REASONS'] === undefined) delete env['ZWFW_EVALUATION_REASONS'];
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

  it('imports the up_task fixture into the database; the matters are then served by the API', async () => {
    const r = zwfw('import', FIXTURE);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.loaded, 5);
    assert.equal(report.rejected.length, 3);
    assert.match(r.stderr, /imported 5 matters, rejected 3 rows/);
    const db = await openDb({ dataDir });
    const app = await createServer({ db, config: loadConfig({}, { logLevel: 'silent', adminToken: 'cli-test-admin-token-000' }) });
    try {
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      const list = await call(url, '/v1/matters?limit=100');
      assert.equal(list.status, 200);
      assert.equal(list.body.items.length, 5);
      const food = list.body.items.find((m: { name: string }) => m.name === '食品经营许可（新办）');
      assert.ok(food, list.body.items.map((m: { name: string }) => m.name).join());
      const matter = await call(url, `/v1/matters/${food.code}`);
      assert.equal(matter.status, 200);
      const m = MatterSchema.parse(matter.body);
      assert.ok(m.materials.some((x) => x.necessity === 'tolerance'), 'the 容缺后补 material survived the trip');
      // The import bumped the catalogue version: search finds the imported matter.
      const hits = await call(url, `/v1/search?q=${encodeURIComponent('食品经营')}`);
      assert.ok(hits.body.items.some((h: { code: string }) => h.code === food.code));
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('refuses an unknown --variant with a clear error, before reading anything', () => {
    const r = zwfw('import', FIXTURE, '--variant', 'fujian');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown --variant "fujian"; expected one of national, guangdong/);
    assert.equal(r.stdout, '');
  });

  it('seed makes the ZWFW_EVALUATION_REASONS list current, keeping older versions', async () => {
    // The imported folder has matters, so seed leaves the catalogue alone and adds the default reason list.
    assert.equal(zwfw('seed').status, 0);
    const file = join(dir, 'reasons.json');
    writeFileSync(file, JSON.stringify({ ...exampleEvaluationReasonList, version: '2099.1' }));
    const r = zwfwWith({ ZWFW_EVALUATION_REASONS: file }, 'seed');
    assert.equal(r.status, 0, r.stderr);
    const db = await openDb({ dataDir });
    try {
      const rows = await db.query<{ version: string; is_current: boolean }>('select version, is_current from evaluation_reason_lists order by version');
      assert.deepEqual(rows.filter((x) => x.is_current).map((x) => x.version), ['2099.1']);
      assert.ok(rows.some((x) => x.version === exampleEvaluationReasonList.version && !x.is_current), 'the older list stays for old evaluations');
    } finally {
      await db.close();
    }
    writeFileSync(file, JSON.stringify({ version: '2099.2', reasons: 'none' }));
    const bad = zwfwWith({ ZWFW_EVALUATION_REASONS: file }, 'seed');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /ZWFW_EVALUATION_REASONS/);
    assert.match(bad.stderr, /reasons\.json/);
  });

  it('prints usage', () => {
    const r = zwfw('help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /zwfw keys create/);
  });
});
