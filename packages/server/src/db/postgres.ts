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
  const listeners = new Set<() => Promise<void>>();
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
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
    async listen(channel, onNotify) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
      const stop = await listenOn(connectionString, options, channel, onNotify);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). A lost or refused
 * connection is reopened every second; the listener is then called with an empty payload, since
 * notifications sent meanwhile are gone.
 */
async function listenOn(
  connectionString: string, options: PostgresOptions, channel: string, onNotify: (payload: string) => void,
): Promise<() => Promise<void>> {
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (closed) return;
    retry = setTimeout(() => {
      void open().then((ok) => { if (ok) onNotify(''); });
    }, 1000);
    retry.unref();
  };
  const open = async (): Promise<boolean> => {
    const c = new pg.Client({
      connectionString, application_name: 'zwfw-server-listen',
      ...(options.schema !== undefined ? { options: `-c search_path=${options.schema}` } : {}),
    });
    let dead = false;
    const lost = () => {
      if (dead) return;
      dead = true;
      if (client === c) client = undefined;
      c.end().catch(() => {});
      schedule();
    };
    c.on('notification', (n) => {
      if (n.channel === channel) onNotify(n.payload ?? '');
    });
    c.on('error', lost);
    c.on('end', lost);
    client = c;
    try {
      await c.connect();
      await c.query(`listen ${channel}`);
      return true;
    } catch {
      lost();
      return false;
    }
  };
  await open();
  return async () => {
    closed = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
