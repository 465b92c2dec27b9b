import type { FastifyInstance } from 'fastify';
import { loadConfig, type ServerConfig } from './config.js';
import { migrate } from './db/migrate.js';
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

/**
 * Opens the configured database, migrates, seeds a fresh one (catalogue, demo key, reason list), and
 * listens on HOST:PORT. What `zwfw serve` and `npm start` run.
 */
export async function startServer(config: ServerConfig = loadConfig()): Promise<RunningServer> {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db);
  await seed(db, { reasonsFile: process.env['ZWFW_EVALUATION_REASONS'] });
  const app = await createServer({ db, config });
  const url = await app.listen({ port: config.port, host: config.host });
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
