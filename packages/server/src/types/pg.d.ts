// Minimal typings for node-postgres: @types/pg is not installed in this workspace (reported as a need).
// Only what db/postgres.ts uses.
declare module 'pg' {
  interface QueryResult<R> { rows: R[]; rowCount: number | null }
  interface PoolClient {
    query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
    release(err?: Error | boolean): void;
  }
  interface PoolConfig {
    connectionString?: string;
    max?: number;
    options?: string;
    idleTimeoutMillis?: number;
    application_name?: string;
  }
  class Pool {
    constructor(config?: PoolConfig);
    query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
    connect(): Promise<PoolClient>;
    end(): Promise<void>;
    on(event: 'error', listener: (err: Error) => void): this;
  }
  const pg: { Pool: typeof Pool; types: { setTypeParser(oid: number, parser: (v: string) => unknown): void } };
  export default pg;
}
