// One process per embedded data folder: `zwfw keys create` while the server runs on the same PGlite folder is
// refused with a message naming the server (before the lock, it corrupted the database in 2 of 3 tries, and a
// key it did write was invisible to the running server); after the server stops, the same command works and
// the restarted server sees the key. A lock left by a process that died does not block anything.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig, openDb, startServer } from '../src/index.js';
import { DataDirBusyError } from '../src/db/data-lock.js';
import { call } from './helpers/server.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'zwfw-lock-'));

function keysCreate(dataDir: string, origin: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, ZWFW_DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, 'keys', 'create', '--origin', origin], { env, encoding: 'utf8', timeout: 120_000 });
}

const keysFor = async (query: (sql: string, params: unknown[]) => Promise<unknown[]>, origin: string) =>
  (await query('select key from partner_keys where $1 = any(origins)', [origin])).length;

describe('the embedded data folder lock', () => {
  after(() => rmSync(root, { recursive: true, force: true }));

  it('refuses `zwfw keys create` while the server runs on the folder, and works once it stopped', async () => {
    const dataDir = join(root, 'serve');
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ZWFW_LOG_LEVEL: 'silent', ZWFW_DATA_DIR: dataDir, ZWFW_ADMIN_TOKEN: 'lock-test-admin-token-0123' });
    let server = await startServer(config);
    const origin = 'https://bank.example';
    try {
      const refused = keysCreate(dataDir, origin);
      assert.equal(refused.status, 1, refused.stdout);
      assert.equal(refused.stdout, '', 'no key is printed');
      assert.match(refused.stderr, new RegExp(`in use by the zwfw server at ${server.url.replace(/[.]/g, '\\.')} \\(process ${process.pid}\\)`));
      assert.match(refused.stderr, /Stop the server/);
      // The running server's database is intact and still answers.
      assert.equal(await keysFor((s, p) => server.db.query(s, p), origin), 0);
      assert.equal((await call(server.url, '/health')).status, 200);
    } finally {
      await server.close();
    }
    assert.ok(!existsSync(`${dataDir}.lock`), 'closing releases the lock');

    const created = keysCreate(dataDir, origin);
    assert.equal(created.status, 0, created.stderr);
    server = await startServer(config);
    try {
      assert.equal(await keysFor((s, p) => server.db.query(s, p), origin), 1, 'the restarted server sees the key');
    } finally {
      await server.close();
    }
  });

  it('refuses a second open of the folder in the same process', async () => {
    const dataDir = join(root, 'twice');
    const first = await openDb({ dataDir });
    try {
      await assert.rejects(openDb({ dataDir }), (err: unknown) => err instanceof DataDirBusyError && err.holder.pid === process.pid);
    } finally {
      await first.close();
    }
    const again = await openDb({ dataDir });
    await again.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const dataDir = join(root, 'stale');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: Number(gone.stdout), command: 'zwfw serve' }));
    const db = await openDb({ dataDir });
    await db.close();
    assert.ok(!existsSync(`${dataDir}.lock`));
  });
});
