import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-lock.js';
import type { Db, Queryable, Row } from './types.js';

/**
 * Embedded PostgreSQL (WASM). `dataDir` is a folder path, or `memory://` for a throw-away database.
 * PGlite is a single connection: its transactions are serialised by the library, which is what we want
 * for the one-process embedded mode.
 */
export async function openPglite(dataDir: string): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir);
  } catch (err) {
    release();
    throw err;
  }
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const res = await q.query<T>(sql, [...params]);
      return res.rows;
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close().finally(release),
    // PGlite hands a notification to its listeners while it processes the committing statement, so a write
    // in this process is known before the write's promise resolves.
    listen: (channel, onNotify) => pg.listen(channel, onNotify),
  };
}
