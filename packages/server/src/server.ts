import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { operationList, type OperationId } from '@zwfw/core';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { registerPreflight } from './auth/preflight.js';
import { createCatalogueCache, type CatalogueCache } from './catalogue-cache/index.js';
import type { ServerConfig } from './config.js';
import type { Db } from './db/types.js';
import { noticeCache } from './http/notice.js';
import { siteOf, sitePolicies } from './http/static-sites.js';
import { expireIdempotencyRecords } from './http/idempotency.js';
import { housekeeping } from './http/rate-limit.js';
import { clientErrorProblem, installProblemHandlers } from './problems/handlers.js';
import { ProblemError } from './problems/problem-error.js';
import { buildProblem, requestLocale, sendProblem } from './problems/send.js';
import { adminHandlers, adminReplay } from './routes/admin.js';
import { applicationHandlers, applicationReplay } from './routes/applications.js';
import { catalogueHandlers } from './routes/catalogue.js';
import { evaluationSummaryHandlers } from './routes/evaluation-summary.js';
import { evaluationHandlers } from './routes/evaluations.js';
import { metaHandlers } from './routes/meta.js';
import { fastifyPath, registerOperation, type OperationHandler, type ReplayHandler } from './routes/operation.js';
import { partnerHandlers } from './routes/partner.js';
import { progressHandlers } from './routes/progress.js';
import { rectificationHandlers } from './routes/rectifications.js';
import { supplyHandlers } from './routes/supply.js';
import { uploadHandlers } from './routes/uploads.js';
import { createFsStorage, type FileStorage } from './storage/file-storage.js';
import { removeExpiredUploads } from './domain/uploads.js';
import { engineSearch } from './search/engine.js';
import type { SearchProvider } from './search/provider.js';

/** Version reported by /health. */
export const SERVER_VERSION = '0.1.0';

/** Options of createServer. */
export interface CreateServerOptions {
  db: Db;
  config: ServerConfig;
  /** Search engine; defaults to @zwfw/search over the catalogue in the database. */
  search?: SearchProvider;
  /** Folder of the static demo pages; defaults to packages/server/public. */
  publicDir?: string;
  /** Where uploaded files are stored; defaults to the filesystem under config.uploads.dir. */
  storage?: FileStorage;
  /** Where log lines go (JSON, one per line); standard output by default. Tests capture it. */
  logStream?: { write(line: string): void };
  /** The catalogue cache (its caller closes it); by default one of config.catalogueCacheBytes, closed with the app. */
  catalogueCache?: CatalogueCache;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Content-Security-Policy of the demo pages and sites: the strict policy a district CMS or a bank would set, so the
 * elements are shown to need nothing more (no inline script or style, no eval, Trusted Types enforced).
 */
export const DEMO_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'";

/**
 * Runs `work` every `seconds` while the app is open, one run at a time: expired rows are deleted on a clock,
 * not by chance on some request. A failed run is logged and retried
 * on the next tick.
 */
function startHousekeeping(app: FastifyInstance, seconds: number, work: () => Promise<unknown>): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    work()
      .catch((err: unknown) => app.log.error({ error: err instanceof Error ? err.message : String(err) }, 'housekeeping failed'))
      .finally(() => { running = false; });
  }, seconds * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

/** Content-Security-Policy of API responses (JSON and problems): they load nothing and are never framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers on every response, API and pages alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // Case URLs name a case; no page or API response hands its URL to another site.
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // frame-ancestors for browsers that predate it.
  'x-frame-options': 'DENY',
};

/** The package's public/ folder, from src/ (tsx) or dist/ (built). */
function defaultPublicDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
}

/**
 * Builds the HTTP app (not listening). Stateless: everything it remembers (cases, idempotency records, rate
 * limits) is in `db`, so any number of these can serve one database.
 */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const { db, config, search, publicDir } = options;
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    trustProxy: typeof config.trustProxy === 'boolean' ? config.trustProxy : [...config.trustProxy],
    // Node would answer a request without Host with an empty 400; ours says why (installProblemHandlers).
    http: { requireHostHeader: false },
    // Requests Node's parser refuses (malformed line or headers, headers too large) get a problem too.
    clientErrorHandler: clientErrorProblem,
    // Fastify's own request lines carry the URL (case numbers, verifiers); ours below do not.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
    // Errors raised before routing (undecodable URL, over-long path segment) are problems too.
    frameworkErrors: (error, request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      reply.header('access-control-allow-origin', '*');
      void sendProblem(reply, buildProblem(tooLong ? 'not_found' : 'bad_request', requestLocale(request), {
        detail: tooLong ? 'A path segment is longer than any resource identifier.' : 'The URL is malformed (bad percent-encoding).',
      }));
    },
    logger: config.logLevel === 'silent'
      ? false
      : {
          level: config.logLevel,
          // Belt and braces: nothing below logs bodies or headers, and these paths are censored if it ever does.
          redact: {
            paths: ['req.headers', 'req.body', 'req.query', 'res.headers', 'headers', 'body', 'verifier', 'accessToken', '*.verifier', '*.accessToken'],
            censor: '[redacted]',
          },
          serializers: { req: () => ({}), res: () => ({}) },
          ...(options.logStream !== undefined ? { stream: options.logStream } : {}),
        },
  });
  const searchProvider = search ?? engineSearch(db);

  // Only JSON bodies: text/plain (Fastify's other default) becomes a 415 problem.
  app.removeContentTypeParser('text/plain');

  installProblemHandlers(app, { bodyLimit: config.bodyLimit });
  // Only POST /v1/uploads reads multipart bodies; size is enforced while streaming (routes/uploads.ts).
  await app.register(fastifyMultipart, { throwFileSizeLimit: false });
  const storage = options.storage ?? createFsStorage(config.uploads.dir);

  // One line per request: route template (never the URL: it may carry a case number and a verifier),
  // status and duration. No headers, no bodies, no IPs.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(unmatched)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  startHousekeeping(app, config.housekeepingIntervalSeconds, () => housekeeping(db, config.now())
    .then(() => expireIdempotencyRecords(db, config.now(), config.idempotencyDays))
    .then(() => removeExpiredUploads(db, storage)));

  // Every response: the API (/v1/…, /health) gets the API's policy, what the static folder serves the strict page
  // policy. By path, not by content type: a 304 has none, yet the browser replaces a cached page's headers with
  // its own, so a page revalidated on reload must still get the page policy.
  // The generated sites (config.staticSites) get a policy of their own, and may frame themselves (Storybook's preview).
  const sitePolicy = sitePolicies();
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    const path = request.url.split('?')[0]!;
    const api = path.startsWith('/v1/') || path === '/v1' || path === '/health';
    const site = api ? undefined : siteOf(config.staticSites, path);
    reply.header('content-security-policy', api ? API_CSP : site ? sitePolicy(site, path) : DEMO_PAGE_CSP);
    if (site) reply.header('x-frame-options', 'SAMEORIGIN');
    return payload;
  });

  registerPreflight(app, db);
  const notice = noticeCache(db);
  const catalogueCache = options.catalogueCache ?? await createCatalogueCache(db, { budgetBytes: config.catalogueCacheBytes });
  if (options.catalogueCache === undefined) app.addHook('onClose', () => catalogueCache.close());
  catalogueCache.onChange(notice.forget);

  const handlers: Record<OperationId, OperationHandler> = {
    ...catalogueHandlers(db),
    ...metaHandlers(db, searchProvider, SERVER_VERSION, notice),
    ...applicationHandlers(db, config),
    ...progressHandlers(db, config),
    ...evaluationHandlers(db, config),
    ...adminHandlers(db, config),
    ...partnerHandlers(db, config),
    ...rectificationHandlers(db, config),
    ...evaluationSummaryHandlers(db, config),
    ...uploadHandlers(db, config, storage),
    ...supplyHandlers(db, config),
  };
  // Idempotent writes look their key up before the body is validated (see ReplayHandler).
  const replays: Partial<Record<OperationId, ReplayHandler>> = {
    submitApplication: applicationReplay(db, config),
    applyCaseAction: adminReplay(db),
  };
  const byPath = new Map<string, Set<string>>();
  for (const op of operationList) {
    registerOperation(app, db, op, handlers[op.operationId], {
      adminToken: config.adminToken, maxAge: config.catalogueMaxAge, replay: replays[op.operationId], notice, cache: catalogueCache,
    });
    const url = fastifyPath(op.path);
    const methods = byPath.get(url) ?? new Set<string>();
    methods.add(op.method.toUpperCase());
    if (op.method === 'get') methods.add('HEAD');
    byPath.set(url, methods);
  }
  // 405 with Allow for the other methods of every contract path.
  for (const [url, methods] of byPath) {
    const allow = [...methods, 'OPTIONS'].join(', ');
    const others = METHODS.filter((m) => !methods.has(m));
    if (others.length === 0) continue;
    app.route({
      method: others,
      url,
      handler: async (request, reply) => {
        reply.header('access-control-allow-origin', '*');
        throw new ProblemError('method_not_allowed', { detail: `${request.method} is not supported here. Allowed: ${allow}.`, headers: { allow } });
      },
    });
  }

  const root = publicDir ?? defaultPublicDir();
  if (existsSync(root)) {
    await app.register(fastifyStatic, {
      root, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: true, maxAge: 60_000,
    });
  }
  // Rebuilt while the server runs (npm start builds them in the background), hence the wildcard route.
  for (const site of config.staticSites) {
    await app.register(fastifyStatic, {
      root: site.root, prefix: site.prefix, decorateReply: false, index: ['index.html'], cacheControl: true, maxAge: 60_000,
    });
  }
  return app;
}
