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
  /**
   * Failed verifier attempts per case per window, from all addresses together: once reached, the case's
   * mobile-tail lookups are refused until the window ends (access tokens still work). Stops a brute force
   * spread over many IPs, which the per-IP limit cannot see.
   */
  caseFailureLimit: { max: number; windowSeconds: number };
  /** Cache-Control max-age of catalogue reads, seconds. */
  catalogueMaxAge: number;
  /** Log level for Fastify's pino logger; 'silent' in tests. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Whether the acceptance day counts toward the limit (domain.md §4.1: default not counted). */
  countAcceptanceDay: boolean;
  /** Behind a load balancer: take the client IP from X-Forwarded-For. */
  trustProxy: boolean;
  /** JSON file with an EvaluationReasonList (ZWFW_EVALUATION_REASONS): the current 好差评 list from start. */
  evaluationReasonsFile: string | undefined;
  /** JSON list of holiday notices for years chinese-days does not have yet (ZWFW_HOLIDAY_NOTICES). */
  holidayNoticesFile: string | undefined;
  /** Material uploads (POST /v1/uploads): where files go and what one key may send. */
  uploads: UploadLimits;
}

/** Where uploaded files are stored and the limits on them. */
export interface UploadLimits {
  /** Folder of the filesystem storage (ZWFW_UPLOAD_DIR). */
  dir: string;
  /** Hours an upload no application cites is kept (ZWFW_UPLOAD_TTL_HOURS). */
  ttlHours: number;
  /** Server ceiling on one file, MB, whatever a form allows (ZWFW_UPLOAD_MAX_MB). */
  maxMb: number;
  /** Bytes one key may upload per China day, MB (ZWFW_UPLOAD_DAILY_MB). */
  dailyMb: number;
  /** Files one application may cite in all (ZWFW_UPLOAD_MAX_FILES). */
  maxFiles: number;
  /** Uploads per key and client IP per window (ZWFW_UPLOAD_RATE_LIMIT per minute). */
  rate: { max: number; windowSeconds: number };
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
      // A window of 0 s would divide by zero in the limiter; one second is the shortest.
      windowSeconds: Math.max(1, intFrom(env['ZWFW_CASE_LOOKUP_WINDOW'], 60)),
    },
    caseFailureLimit: {
      max: intFrom(env['ZWFW_CASE_FAILURE_LIMIT'], 20),
      windowSeconds: Math.max(1, intFrom(env['ZWFW_CASE_FAILURE_WINDOW'], 86400)),
    },
    catalogueMaxAge: intFrom(env['ZWFW_CATALOGUE_MAX_AGE'], 300),
    logLevel: (env['ZWFW_LOG_LEVEL'] as ServerConfig['logLevel'] | undefined) ?? 'info',
    countAcceptanceDay: env['ZWFW_COUNT_ACCEPTANCE_DAY'] === 'true',
    trustProxy: env['ZWFW_TRUST_PROXY'] === 'true',
    evaluationReasonsFile: env['ZWFW_EVALUATION_REASONS'] || undefined,
    holidayNoticesFile: env['ZWFW_HOLIDAY_NOTICES'] || undefined,
    uploads: {
      dir: env['ZWFW_UPLOAD_DIR'] || '.data/uploads',
      ttlHours: Math.max(1, intFrom(env['ZWFW_UPLOAD_TTL_HOURS'], 24)),
      maxMb: Math.max(1, intFrom(env['ZWFW_UPLOAD_MAX_MB'], 20)),
      dailyMb: intFrom(env['ZWFW_UPLOAD_DAILY_MB'], 500),
      maxFiles: intFrom(env['ZWFW_UPLOAD_MAX_FILES'], 50),
      rate: { max: intFrom(env['ZWFW_UPLOAD_RATE_LIMIT'], 60), windowSeconds: 60 },
    },
  };
  return { ...base, ...overrides };
}

function intFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}
