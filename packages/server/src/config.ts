import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { type StaticSite, staticSitesFrom } from './http/static-sites.js';
import { DEFAULT_OFFICE_DAY, isCalendarError, parseOfficeHours, type OfficeDay } from '@zwfw/core';

/** Everything the server reads from its environment, resolved once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  /** postgres://… for node-postgres; absent → embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Generated sites served beside the demo pages under their own policy (ZWFW_STATIC_SITES; `npm start` sets it). */
  staticSites: StaticSite[];
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
  /**
   * Mobile-tail look-ups one client IP may make across all cases per window, in budget units: a right tail
   * costs 1, a wrong one 10 (ZWFW_CASE_GUESS_BUDGET per day; the default allows 10 misses a day).
   */
  caseGuessBudget: { max: number; windowSeconds: number };
  /**
   * The same budget for one publishable key across all its visitors (ZWFW_CASE_KEY_BUDGET per day): a brute
   * force spread over many addresses through one site runs dry too. When spent, the key's tail look-ups are
   * paused (`case_locked`); access tokens still work.
   */
  caseKeyBudget: { max: number; windowSeconds: number };
  /**
   * Seconds between housekeeping runs (ZWFW_HOUSEKEEPING_INTERVAL): expired rate-limit counters, idempotency
   * records and unclaimed uploads are deleted then, by every replica (the deletes are idempotent).
   */
  housekeepingIntervalSeconds: number;
  /**
   * Submissions (POST /v1/applications) per client IP and per key per window (ZWFW_SUBMISSION_LIMIT_IP,
   * ZWFW_SUBMISSION_LIMIT_KEY, ZWFW_SUBMISSION_WINDOW seconds): the publishable key is public, and each
   * submission uses a case number and storage. Invalid bodies count too; replays of a stored submission do not.
   */
  submissionLimit: { perIp: number; perKey: number; windowSeconds: number };
  /**
   * Days an Idempotency-Key is remembered (ZWFW_IDEMPOTENCY_DAYS): within them the same key and body return
   * the same case. At least as long as a draft may hold its key before it is submitted.
   */
  idempotencyDays: number;
  /** Cache-Control max-age of catalogue reads, seconds. */
  catalogueMaxAge: number;
  /** Memory budget of the catalogue cache, bytes (ZWFW_CATALOGUE_CACHE_MB; least recently used out). */
  catalogueCacheBytes: number;
  /** Log level for Fastify's pino logger; 'silent' in tests. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Whether the acceptance day counts toward the limit (domain.md §4.1: default not counted). */
  countAcceptanceDay: boolean;
  /** Office hours of a working day (ZWFW_OFFICE_HOURS): limits in hours count only these minutes. */
  officeDay: OfficeDay;
  /**
   * Behind a load balancer: the proxies (addresses or CIDRs, ZWFW_TRUST_PROXY=10.0.0.1,10.1.0.0/16) whose
   * X-Forwarded-For is believed; the client IP is the nearest address not in the list. `true` (believe any
   * X-Forwarded-For) is refused from the environment: anyone could then pick the IP the rate limits count.
   */
  trustProxy: boolean | readonly string[];
  /** JSON file with an EvaluationReasonList (ZWFW_EVALUATION_REASONS): the current 好差评 list from start. */
  evaluationReasonsFile: string | undefined;
  /** Working days a department has to rectify (整改) after a 差评 (ZWFW_RECTIFICATION_DAYS; domain.md §3.6). */
  rectificationDays: number;
  /** Calendar days a stage takes ratings after it opened (受理 / 办结) (ZWFW_EVALUATION_WINDOW_DAYS). */
  evaluationWindowDays: number;
  /** The server's clock (the time of submissions, ratings and back-office steps); tests set it to a fixed day. */
  now: () => Date;
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
    staticSites: staticSitesFrom(env['ZWFW_STATIC_SITES']),
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
    caseGuessBudget: { max: intFrom(env['ZWFW_CASE_GUESS_BUDGET'], 100), windowSeconds: 86400 },
    caseKeyBudget: { max: intFrom(env['ZWFW_CASE_KEY_BUDGET'], 20_000), windowSeconds: 86400 },
    housekeepingIntervalSeconds: Math.max(1, intFrom(env['ZWFW_HOUSEKEEPING_INTERVAL'], 300)),
    // A busy bank branch or a district hall behind one address submits a few hundred a day; a burst of
    // thousands from one address, or from many against one key, is not an applicant.
    submissionLimit: {
      perIp: intFrom(env['ZWFW_SUBMISSION_LIMIT_IP'], 300),
      perKey: intFrom(env['ZWFW_SUBMISSION_LIMIT_KEY'], 3000),
      windowSeconds: Math.max(1, intFrom(env['ZWFW_SUBMISSION_WINDOW'], 3600)),
    },
    idempotencyDays: Math.max(1, intFrom(env['ZWFW_IDEMPOTENCY_DAYS'], 30)),
    catalogueMaxAge: intFrom(env['ZWFW_CATALOGUE_MAX_AGE'], 300),
    catalogueCacheBytes: intFrom(env['ZWFW_CATALOGUE_CACHE_MB'], 64) * 1024 * 1024,
    logLevel: (env['ZWFW_LOG_LEVEL'] as ServerConfig['logLevel'] | undefined) ?? 'info',
    countAcceptanceDay: env['ZWFW_COUNT_ACCEPTANCE_DAY'] === 'true',
    officeDay: officeDayFrom(env['ZWFW_OFFICE_HOURS']),
    trustProxy: trustedProxiesFrom(env['ZWFW_TRUST_PROXY']),
    evaluationReasonsFile: env['ZWFW_EVALUATION_REASONS'] || undefined,
    holidayNoticesFile: env['ZWFW_HOLIDAY_NOTICES'] || undefined,
    // 5: the strictest local rule found (德州, 城关镇: 5 个工作日内整改反馈).
    now: () => new Date(),
    rectificationDays: Math.max(1, intFrom(env['ZWFW_RECTIFICATION_DAYS'], 5)),
    evaluationWindowDays: Math.max(1, intFrom(env['ZWFW_EVALUATION_WINDOW_DAYS'], 30)),
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

// Names proxy-addr knows for whole address ranges.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** ZWFW_TRUST_PROXY as a list of trusted proxies; a value that would trust anyone stops the start. */
export function trustedProxiesFrom(value: string | undefined): false | string[] {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true' || v === '*' || /^\d+$/.test(v)) {
    throw new Error(`ZWFW_TRUST_PROXY=${v} would believe any client's X-Forwarded-For, so anyone could choose the IP that rate limits count. List your load balancers instead: addresses or CIDRs, comma-separated (e.g. 10.0.0.5,10.1.0.0/16), or loopback / linklocal / uniquelocal.`);
  }
  const entries = v.split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (!(PROXY_RANGE_NAMES.has(entry) || (family !== 0 && okBits && extra === undefined))) {
      throw new Error(`ZWFW_TRUST_PROXY: ${JSON.stringify(entry)} is not an IP address, a CIDR (10.0.0.0/8) or one of loopback, linklocal, uniquelocal.`);
    }
  }
  return entries;
}

// A wrong office day would silently move every hour deadline, so a bad value stops the start.
function officeDayFrom(value: string | undefined): OfficeDay {
  if (value === undefined || value.trim() === '') return DEFAULT_OFFICE_DAY;
  try {
    return parseOfficeHours(value);
  } catch (err) {
    if (!isCalendarError(err)) throw err;
    throw new Error(`ZWFW_OFFICE_HOURS=${JSON.stringify(value)} is not valid: ${err.message}. Expected comma-separated periods HH:MM-HH:MM in China time, e.g. 09:00-12:00,13:30-17:30.`);
  }
}
