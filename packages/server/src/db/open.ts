import { resolve } from 'node:path';
import { openPglite } from './pglite.js';
import { openPostgres, type PostgresOptions } from './postgres.js';
import type { Db } from './types.js';

export interface OpenDbOptions {
  /** postgres://… → node-postgres; otherwise PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder or `memory://`. */
  dataDir?: string | undefined;
  postgres?: PostgresOptions;
}

/** Default PGlite folder: `.data/pglite` under the working directory (git-ignored). */
export const DEFAULT_DATA_DIR = '.data/pglite';

/** Opens the database the configuration names: DATABASE_URL wins, else embedded PGlite. */
export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.postgres ?? {});
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  return openPglite(dir.startsWith('memory://') ? dir : resolve(dir));
}
