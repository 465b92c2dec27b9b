import type { FastifyInstance } from 'fastify';
import { DEMO_PUBLISHABLE_KEY, addKeyOrigins, listenOrigins } from './auth/keys.js';
import { loadConfig, type ServerConfig } from './config.js';
import { migrate } from './db/migrate.js';
import { loadHolidayNotices } from './holiday-notices.js';
import { noteDataDirUrl } from './db/data-lock.js';
import { openDb } from './db/open.js';
import type { Db } from './db/types.js';
import { seed } from './seed/seed.js';
import { createServer } from './server.js';

/** A listening server and how to stop it. */
export interface RunningServer {
  app: FastifyInstance;
  db: Db;
  url: string;
  close(): Promise<void>;
}

/** Options of startServer (tests pass a database of their own). */
export interface StartServerOptions {
  /** An open database to use instead of the configured one; closed with the server. */
  db?: Db;
}

/**
 * Opens the configured database, migrates, seeds a fresh one (catalogue, demo key, reason list), and
 * listens on HOST:PORT. What `zwfw serve` and `npm start` run.
 */
export async function startServer(config: ServerConfig = loadConfig(), options: StartServerOptions = {}): Promise<RunningServer> {
  // Before anything computes a deadline, and before the database is opened, so a bad file fails fast.
  if (config.holidayNoticesFile !== undefined) loadHolidayNotices(config.holidayNoticesFile);
  const db = options.db ?? (await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await migrate(db);
  await seed(db, { reasonsFile: config.evaluationReasonsFile });
  const app = await createServer({ db, config });
  const url = await app.listen({ port: config.port, host: config.host });
  // The demo pages are served from this address, whatever PORT is, and use the demo key from there.
  const address = app.server.address();
  if (address !== null && typeof address === 'object') {
    await addKeyOrigins(db, DEMO_PUBLISHABLE_KEY, listenOrigins(config.host, address.port));
  }
  if (db.kind === 'pglite' && options.db === undefined) noteDataDirUrl(config.dataDir, url);
  if (config.adminTokenGenerated && config.logLevel !== 'silent') {
    // Printed once, to the console only, so a developer can drive the simulator; set ZWFW_ADMIN_TOKEN to fix it.
    process.stderr.write(`[zwfw] admin simulator token (this run only): ${config.adminToken}\n`);
  }
  return {
    app,
    db,
    url,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
