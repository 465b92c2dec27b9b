import { randomBytes } from 'node:crypto';

/** Everything the server reads from its environment, resolved once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  /** postgres://… for node-postgres; absent → embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Bearer token of the admin case simulator. */
  adminToken: string;
  /** True when the admin token was generated at start (printed once so a developer can use it). */
  adminTokenGenerated: boolean;
  /** Largest accepted request body, bytes. */
  bodyLimit: number;
  /** Progress / evaluation lookups per client IP and case per window (brute-forcing a 4-digit tail). */
  caseLookupLimit: { max: number; windowSeconds: number };
  /** Cache-Control max-age of catalogue reads, seconds. */
  catalogueMaxAge: number;
  /** Log level for Fastify's pino logger; 'silent' in tests. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Whether the acceptance day counts toward the limit (domain.md §4.1: default not counted). */
  countAcceptanceDay: boolean;
  /** Behind a load balancer: take the client IP from X-Forwarded-For. */
  trustProxy: boolean;
}

/** Reads the configuration from environment variables (documented in packages/server/README.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const generated = !env['ZWFW_ADMIN_TOKEN'];
  const base: ServerConfig = {
    port: intFrom(env['PORT'], 8080),
    host: env['HOST'] || '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['ZWFW_DATA_DIR'] || '.data/pglite',
    adminToken: env['ZWFW_ADMIN_TOKEN'] || `adm_${randomBytes(24).toString('base64url')}`,
    adminTokenGenerated: generated,
    bodyLimit: intFrom(env['ZWFW_BODY_LIMIT'], 1024 * 1024),
    caseLookupLimit: {
      max: intFrom(env['ZWFW_CASE_LOOKUP_LIMIT'], 20),
      windowSeconds: intFrom(env['ZWFW_CASE_LOOKUP_WINDOW'], 60),
    },
    catalogueMaxAge: intFrom(env['ZWFW_CATALOGUE_MAX_AGE'], 300),
    logLevel: (env['ZWFW_LOG_LEVEL'] as ServerConfig['logLevel'] | undefined) ?? 'info',
    countAcceptanceDay: env['ZWFW_COUNT_ACCEPTANCE_DAY'] === 'true',
    trustProxy: env['ZWFW_TRUST_PROXY'] === 'true',
  };
  return { ...base, ...overrides };
}

function intFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}
