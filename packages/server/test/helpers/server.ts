// Test harness: a real server on 127.0.0.1 (port 0) over PGlite in memory, or over a fresh schema of the
// PostgreSQL named by DATABASE_URL, so the same tests prove both storage paths.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  createServer, exampleCatalogue, loadConfig, migrate, openDb, seed, DEMO_PUBLISHABLE_KEY,
  type CatalogueData, type Db, type ServerConfig,
} from '../../src/index.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const DEMO_ORIGIN = 'http://127.0.0.1:8080';
export const DEMO_KEY = DEMO_PUBLISHABLE_KEY;

/** Which database the tests run on. */
export const DB_KIND: 'postgres' | 'pglite' = process.env['DATABASE_URL'] ? 'postgres' : 'pglite';

/** A test database: PGlite memory, or a fresh schema on DATABASE_URL dropped at close. */
export async function openTestDb(): Promise<Db> {
  const url = process.env['DATABASE_URL'];
  if (!url) return openDb({ dataDir: 'memory://' });
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  await admin.query(`create schema ${schema}`);
  const db = await openDb({ databaseUrl: url, postgres: { schema, max: 8 } });
  return {
    ...db,
    async close() {
      await db.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

export interface TestServer {
  url: string;
  db: Db;
  config: ServerConfig;
  close(): Promise<void>;
}

/** Starts a migrated, seeded server; `catalogue` defaults to core's examples. */
export async function startTestServer(
  options: { config?: Partial<ServerConfig>; catalogue?: CatalogueData; db?: Db } = {},
): Promise<TestServer> {
  const db = options.db ?? (await openTestDb());
  await migrate(db);
  await seed(db, { catalogue: options.catalogue ?? exampleCatalogue() });
  const defaults = loadConfig({});
  const config = loadConfig({}, {
    adminToken: ADMIN_TOKEN, adminTokenGenerated: false, logLevel: 'silent', port: 0, host: '127.0.0.1',
    uploads: { ...defaults.uploads, dir: await mkdtemp(join(tmpdir(), 'zwfw-uploads-')) },
    ...options.config,
  });
  const app = await createServer({ db, config });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    db,
    config,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** A fetch response with its body read (JSON when JSON-ish). */
export interface Res {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** fetch wrapper: JSON bodies in and out. */
export async function call(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; raw?: string } = {},
): Promise<Res> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined = init.raw;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const r = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
  const text = await r.text();
  let parsed: unknown = undefined;
  const type = r.headers.get('content-type') ?? '';
  if (type.includes('json') && text) parsed = JSON.parse(text);
  return { status: r.status, headers: r.headers, body: parsed, text };
}

/** Headers of a partner request from the demo origin. */
export function keyHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { origin: DEMO_ORIGIN, 'x-zwfw-key': DEMO_KEY, ...extra };
}

/** A unique idempotency key. */
export function idemKey(): string {
  return `idem-${randomBytes(8).toString('hex')}`;
}
