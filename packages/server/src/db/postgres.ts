import pg from 'pg';
import type { Db, Queryable, Row } from './types.js';

export interface PostgresOptions {
  /** Pins every connection's search_path (tests use one fresh schema per file). */
  schema?: string;
  max?: number;
}

/** node-postgres pool behind the Db interface (production: stateless replicas share one database). */
export async function openPostgres(connectionString: string, options: PostgresOptions = {}): Promise<Db> {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: 'zwfw-server',
    ...(options.schema !== undefined ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const query = async <T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> =>
    (await pool.query(sql, [...params])).rows as T[];
  await query('select 1');
  return {
    kind: 'postgres',
    query,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx: Queryable = {
          query: async <R = Row>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, [...params])).rows as R[],
        };
        const result = await fn(tx);
        await client.query('commit');
        client.release();
        return result;
      } catch (err) {
        try {
          await client.query('rollback');
          client.release();
        } catch {
          client.release(true);
        }
        throw err;
      }
    },
    close: () => pool.end(),
  };
}
