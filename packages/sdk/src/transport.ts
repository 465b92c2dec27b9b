// The one place that speaks HTTP. Every resource method builds a RequestSpec and calls Transport.request,
// which adds the headers, lets ky run the attempts and retries, revalidates cached catalogue reads,
// deduplicates identical reads in flight, turns every failure into a typed ZwfwError and validates the
// response body against the operation's schema.
//
// What ky does here: the retry loop and its limit, which statuses are retried (`statusCodes`), waiting out
// Retry-After (`afterStatusCodes`, `maxRetryAfter`), the backoff with jitter (`delay`, `jitter`,
// `backoffLimit`), the wait that gives way to the caller's AbortSignal, JSON bodies and HTTP errors.
// What stays the SDK's own, because ky cannot express it:
// - a connection that drops while the body is read: the body is read inside ky's attempt (an `afterResponse`
//   hook), so the failure reaches ky's retry loop instead of surfacing after ky has returned;
// - one deadline per attempt covering the headers *and* the body (ky's `timeout` stops at the headers);
// - keyed writes: an unkeyed write is never resent once it may have reached the server, a keyed one is, with
//   the same Idempotency-Key, also after a `409 conflict` ("still in progress") (`shouldRetry`);
// - giving up at once when Retry-After asks for longer than `maxRetryAfter` (ky would wait `maxRetryAfter`),
//   and backing off on a malformed Retry-After (ky 1 would wait `maxRetryAfter` on it);
// - shared reads in flight (dedupe.ts) and the ETag cache.

import ky, { HTTPError } from 'ky';
import { type CacheEntry, type CacheStore, isStorable, maxAgeOf } from './cache.js';
import { InFlight } from './dedupe.js';
import {
  ZwfwAbortError,
  ZwfwApiError,
  ZwfwConfigError,
  type ZwfwFieldError,
  ZwfwNetworkError,
  ZwfwTimeoutError,
  ZwfwValidationError,
} from './errors.js';
import { type RetryOptions, type RetryPolicy, RETRYABLE_STATUSES, SAFE_WRITE_RETRY_STATUSES, backoff, parseRetryAfter, resolveRetry } from './retry.js';

/**
 * The part of Standard Schema (https://standardschema.dev, meant to be copied) the SDK calls: responses are
 * validated through `~standard.validate`, so zod classic and `zod/mini` schemas both fit.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined }> };

/** HTTP methods used by the contract. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Per-call options accepted by every resource method. */
export interface CallOptions {
  /** Cancels the call (including any pending retry wait). The call rejects with {@link ZwfwAbortError}. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms for this call, overriding the client's `timeout`. */
  timeout?: number;
  /** Retry settings for this call, overriding the client's `retry`. */
  retry?: RetryOptions | number | boolean;
}

/** Whether an operation sends (and so needs) the publishable key. */
export type KeyRequirement = 'required' | 'none';

/** Everything the transport needs to perform one logical call. */
export interface RequestSpec<T> {
  /** Name used in error messages, e.g. `"matters.get"`. */
  operation: string;
  method: HttpMethod;
  /** Path relative to the base URL, e.g. `v1/matters/123` (leading slashes are ignored). */
  path: string;
  query?: Record<string, string | number | boolean | undefined> | undefined;
  body?: unknown;
  /** Response body schema, or its loading (a read is sent while its schema loads: see operation.ts). */
  schema: StandardSchemaV1<unknown, T> | Promise<StandardSchemaV1<unknown, T>>;
  /** `'required'`: fail before sending when no publishable key is configured. */
  key: KeyRequirement;
  /** For idempotent writes: sent as `Idempotency-Key` on every attempt. Makes the write safe to retry. */
  idempotencyKey?: string | undefined;
  /** Catalogue reads: use the ETag cache. */
  cacheable?: boolean | undefined;
  /** Extra headers (e.g. a case verifier). */
  headers?: Record<string, string> | undefined;
  /** A multipart body (uploads), sent instead of `body` as JSON; the runtime sets its Content-Type. */
  formData?: FormData | undefined;
  /** The fetch this call sends with, over the client's (uploads use one that reports progress). */
  fetch?: typeof globalThis.fetch | undefined;
}

/** Resolved client configuration the transport runs with. */
export interface TransportConfig {
  baseUrl: string;
  publishableKey: string | undefined;
  locale: string;
  fetch: typeof globalThis.fetch | undefined;
  timeout: number;
  retry: RetryOptions | number | boolean | undefined;
  cache: CacheStore | undefined;
  /** Origin header for non-browser runtimes (browsers set their own and ignore this). */
  origin?: string | undefined;
  /** Source of randomness for jitter (tests inject a seeded one). */
  random: () => number;
}

const PROBLEM_HINTS: Record<number, string> = {
  400: 'The request was malformed; check the arguments you passed.',
  401: 'Check createClient({ publishableKey }): the key is missing, wrong or revoked.',
  403: "Check that this page's origin is allowed for the publishable key, and the case verifier if any.",
  404: 'Check the identifier you passed; it does not exist (or not in this region/catalogue).',
  409: 'The resource is in a state that does not allow this action; read err.detail.',
  410: 'The resource no longer exists.',
  422: 'See err.errors (or err.fieldErrors()) for the fields to fix.',
  429: 'Too many requests; wait err.retryAfter seconds and try again.',
};

/** How one call runs: the per-attempt deadline and the retry policy, after per-call options. */
interface RunSettings {
  timeout: number;
  policy: RetryPolicy;
}

/**
 * Key under which identical reads in flight share one request. Besides the answer's identity (`cacheKey`) it
 * holds how the read runs: the shared request runs with the first caller's timeout and retries, so a caller
 * with `{ timeout: 50, retry: false }` must not share with one on the defaults, or its early failure would
 * become theirs.
 */
export function shareKey(cacheKey: string, run: RunSettings): string {
  const { limit, baseDelay, maxDelay, maxRetryAfter } = run.policy;
  return `${cacheKey}|${run.timeout}|${limit},${baseDelay},${maxDelay},${maxRetryAfter}`;
}

/** Executes RequestSpecs. One per client. */
export class Transport {
  readonly #config: TransportConfig;
  readonly #inFlight = new InFlight();

  constructor(config: TransportConfig) {
    this.#config = config;
  }

  /** The resolved configuration (read-only view). */
  get config(): Readonly<TransportConfig> {
    return this.#config;
  }

  /** Perform a call: key check, dedupe, cache, retries, error mapping, validation. */
  async request<T>(spec: RequestSpec<T>, options: CallOptions = {}): Promise<T> {
    if (spec.key === 'required' && this.#config.publishableKey === undefined) {
      throw new ZwfwConfigError(
        `${spec.operation} needs a publishable key (the API requires X-Zwfw-Key for it), and none is configured: ` +
          "pass createClient({ publishableKey: 'pk_…' }) with the key issued for this site's origin.",
        { option: 'publishableKey', operation: spec.operation },
      );
    }
    const url = this.url(spec.path, spec.query);
    const run = this.#runSettings(spec, options);
    if (spec.method !== 'GET') return this.#validate(spec, await this.#send(spec, url, run, options.signal, undefined));

    // The cache key includes everything that changes the answer.
    const cacheKey = `${this.#config.publishableKey ?? ''}|${this.#config.locale}|${url}|${JSON.stringify(spec.headers ?? {})}`;
    let body: unknown;
    try {
      body = await this.#inFlight.run(shareKey(cacheKey, run), (shared) => this.#read(spec, url, cacheKey, run, shared), options.signal);
    } catch (error) {
      // A caller that left a shared read gets its own abort error, not the shared request's outcome.
      if (options.signal?.aborted === true && !(error instanceof ZwfwAbortError)) throw this.#abortError(spec, options.signal.reason, 0);
      throw error;
    }
    return this.#validate(spec, body);
  }

  /** Absolute URL for a path and query (also used for cache keys and error messages). */
  url(path: string, query?: Record<string, string | number | boolean | undefined>): string {
    const u = new URL(path.replace(/^\/+/, ''), this.#config.baseUrl);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) u.searchParams.set(k, String(v));
    return u.toString();
  }

  /** Drop every cached catalogue response (e.g. after the catalogue was republished). */
  async clearCache(): Promise<void> {
    await this.#config.cache?.clear();
  }

  /** The timeout and retry policy this call runs with: its own options over the client's. */
  #runSettings(spec: RequestSpec<unknown>, options: CallOptions): RunSettings {
    const idempotent = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    // Idempotent writes get a longer default budget: losing a submission to a flaky network is worse than waiting.
    const defaultLimit = spec.method === 'GET' ? 2 : idempotent ? 4 : 2;
    return { timeout: options.timeout ?? this.#config.timeout, policy: resolveRetry(options.retry ?? this.#config.retry, defaultLimit) };
  }

  async #read<T>(spec: RequestSpec<T>, url: string, cacheKey: string, run: RunSettings, signal: AbortSignal): Promise<unknown> {
    const store = spec.cacheable === true ? this.#config.cache : undefined;
    const cached = store === undefined ? undefined : await store.get(cacheKey);
    if (cached !== undefined && cached.maxAge > 0 && Date.now() - cached.storedAt < cached.maxAge) return cached.body;
    return this.#send(spec, url, run, signal, store === undefined ? undefined : { store, key: cacheKey, entry: cached });
  }

  /** One call: ky runs the attempts and the waits between them; the SDK's parts are marked in the header comment. */
  async #send<T>(
    spec: RequestSpec<T>,
    url: string,
    { timeout, policy }: RunSettings,
    signal: AbortSignal | undefined,
    cache: { store: CacheStore; key: string; entry: CacheEntry | undefined } | undefined,
  ): Promise<unknown> {
    const idempotent = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    const statusCodes = idempotent ? RETRYABLE_STATUSES : SAFE_WRITE_RETRY_STATUSES;
    const baseFetch = spec.fetch ?? this.#config.fetch ?? ((input, init) => globalThis.fetch(input, init));
    let attempts = 0;
    let deadline: Deadline | undefined;
    const common = () => ({ operation: spec.operation, attempts, idempotencyKey: spec.idempotencyKey });
    try {
      const response = await ky(url, {
        method: spec.method,
        headers: this.#headers(spec, cache?.entry),
        ...(spec.formData !== undefined ? { body: spec.formData } : spec.body === undefined ? {} : { json: spec.body }),
        ...(signal === undefined ? {} : { signal }),
        // The SDK's deadline: one per attempt, on the fetch signal, so it also cuts a body that stalls.
        timeout: false,
        fetch: (input, init) => {
          attempts++;
          const request = input instanceof Request ? input : new Request(input, init);
          deadline = withDeadline(request.signal, timeout);
          // A Request carrying the deadline, so a custom fetch that reads `request.signal` sees it too.
          // (`duplex` lets Node re-wrap a streamed body; browsers ignore it.)
          return baseFetch(new Request(request, { signal: deadline.signal, duplex: 'half' } as RequestInit));
        },
        // Caching is ours (ETag store); the browser HTTP cache must not answer 200 from its own copy of a 304 dance.
        cache: 'no-store',
        throwHttpErrors: (status) => status !== 304,
        retry: {
          limit: policy.limit,
          // Every method may be retried; statusCodes and shouldRetry below tell a keyed write from an unkeyed one.
          methods: ['get', 'post', 'put', 'patch', 'delete'],
          statusCodes: [...statusCodes],
          afterStatusCodes: [...statusCodes],
          maxRetryAfter: policy.maxRetryAfter,
          ...backoff(policy, this.#config.random),
          shouldRetry: async ({ error }) => (signal?.aborted === true ? false : shouldRetry(error, spec, idempotent, statusCodes, policy)),
        },
        hooks: { afterResponse: [readBody] },
      });
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      const body = parseJson(text, contentType);
      const maxAge = maxAgeOf(response.headers.get('cache-control'));
      if (response.status === 304 && cache?.entry !== undefined) {
        const refreshed: CacheEntry = { ...cache.entry, storedAt: Date.now(), maxAge };
        await cache.store.set(cache.key, refreshed);
        return refreshed.body;
      }
      const etag = response.headers.get('etag');
      if (cache !== undefined && etag !== null && isStorable(response.headers.get('cache-control'))) {
        await cache.store.set(cache.key, { etag, body, storedAt: Date.now(), maxAge });
      }
      return body;
    } catch (error) {
      if (signal?.aborted === true) throw this.#abortError(spec, signal.reason, attempts);
      if (error instanceof HTTPError) {
        const { response } = error;
        const requestId = response.headers.get('x-request-id') ?? undefined;
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        throw problemError(spec, response.status, await response.text(), response.headers.get('content-type') ?? '', { ...common(), requestId }, retryAfterMs);
      }
      if (deadline?.expired(error) === true) {
        throw new ZwfwTimeoutError(
          `${spec.operation} timed out after ${timeout} ms (attempt ${attempts}): the server did not answer in time. ` +
            'Retry later, or raise createClient({ timeout }) or this call\'s { timeout }.' + sameKeyHint(spec),
          { ...common(), requestId: undefined, timeout, cause: error },
        );
      }
      // ky 1 passes the runtime's own error through (`fetch failed: connect ECONNREFUSED …`, `Failed to fetch`).
      throw new ZwfwNetworkError(
        `${spec.operation} could not reach ${url} (${describe(error)}). Check baseUrl, the network, and that the ` +
          "server allows this page's origin (CORS)." + sameKeyHint(spec),
        { ...common(), requestId: undefined, cause: error },
      );
    }
  }

  #headers(spec: RequestSpec<unknown>, cached: CacheEntry | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      'accept-language': this.#config.locale,
      ...spec.headers,
    };
    if (spec.key === 'required' && this.#config.publishableKey !== undefined) headers['x-zwfw-key'] = this.#config.publishableKey;
    if (this.#config.origin !== undefined) headers['origin'] = this.#config.origin;
    if (spec.idempotencyKey !== undefined) headers['idempotency-key'] = spec.idempotencyKey;
    if (cached !== undefined) headers['if-none-match'] = cached.etag;
    return headers;
  }

  #abortError(spec: RequestSpec<unknown>, reason: unknown, attempts: number): ZwfwAbortError {
    return new ZwfwAbortError(`${spec.operation} was aborted by its AbortSignal.`, {
      operation: spec.operation,
      attempts,
      idempotencyKey: spec.idempotencyKey,
      cause: reason,
    });
  }

  async #validate<T>(spec: RequestSpec<T>, body: unknown): Promise<T> {
    const schema = await spec.schema;
    const result = await schema['~standard'].validate(body);
    if (result.issues === undefined) return result.value;
    const issues = result.issues.map((issue) => ({
      path: (issue.path ?? []).map((p) => String(typeof p === 'object' && p !== null && 'key' in p ? p.key : p)).join('.'),
      message: issue.message,
    }));
    const first = issues[0];
    throw new ZwfwValidationError(
      `${spec.operation}: the server's response does not match the contract at "${first?.path ?? ''}" (${first?.message ?? 'invalid'}). ` +
        'The server and @zwfw/sdk disagree on the API version; upgrade the SDK or report it to the server operator.',
      { operation: spec.operation, issues, idempotencyKey: spec.idempotencyKey },
    );
  }
}

/** One attempt's signal: the request's own (caller, ky) joined with the attempt's deadline. */
export interface Deadline {
  signal: AbortSignal;
  /** Whether `error` is this deadline expiring. */
  expired(error: unknown): boolean;
}

/** Exported for its test only (the fallback cannot be reached through ky in Node, which has AbortSignal.any). */
export function withDeadline(signal: AbortSignal, ms: number): Deadline {
  const timer = AbortSignal.timeout?.(ms);
  if (timer !== undefined && typeof AbortSignal.any === 'function') {
    return { signal: AbortSignal.any([signal, timer]), expired: (error) => timer.aborted && error === timer.reason };
  }
  // Safari before 17.4 (iOS 16 phones) lacks AbortSignal.any.
  const controller = new AbortController();
  const reason = new DOMException(`The operation timed out after ${ms} ms.`, 'TimeoutError');
  const id = setTimeout(() => controller.abort(reason), ms);
  const follow = (): void => {
    clearTimeout(id);
    controller.abort(signal.reason);
  };
  if (signal.aborted) follow();
  else signal.addEventListener('abort', follow, { once: true });
  return { signal: controller.signal, expired: (error) => error === reason };
}

/**
 * ky's `afterResponse` hook: reads the whole body inside the attempt, under its deadline, and hands ky a
 * buffered copy. A connection that drops mid-body then fails the attempt, and ky's retry loop sees it.
 */
async function readBody(_request: Request, _options: unknown, response: Response): Promise<Response> {
  const text = response.status === 304 ? '' : await response.text();
  return new Response(text === '' ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * ky's `shouldRetry`, for what its status lists cannot say. `undefined` leaves the decision to ky (the status
 * list, then Retry-After or the backoff).
 */
async function shouldRetry(
  error: Error,
  spec: RequestSpec<unknown>,
  idempotent: boolean,
  statusCodes: ReadonlySet<number>,
  policy: RetryPolicy,
): Promise<boolean | undefined> {
  // A timeout, a refused or dropped connection, a body cut short: a write without a key may have reached the
  // server, so it is never resent; reads and keyed writes are.
  if (!(error instanceof HTTPError)) return idempotent;
  const { status, headers } = error.response;
  // 409 `conflict` on a keyed write means "the first attempt with this key is still running": the server will
  // replay its result, so waiting and resending is exactly right.
  if (status === 409) {
    if (spec.idempotencyKey === undefined) return false;
    const problem = parseJson(await error.response.clone().text(), headers.get('content-type') ?? '');
    return typeof problem === 'object' && problem !== null && (problem as { code?: unknown }).code === 'conflict';
  }
  if (!statusCodes.has(status)) return false;
  const header = headers.get('retry-after');
  if (header === null) return undefined;
  const wait = parseRetryAfter(header);
  if (wait === undefined) return true; // malformed: back off rather than let ky 1 wait maxRetryAfter on it
  // Longer than the caller will wait: fail now, err.retryAfter says when to come back (ky would wait the cap).
  if (wait > policy.maxRetryAfter) return false;
  return undefined;
}

function parseJson(text: string, contentType: string): unknown {
  if (text === '') return undefined;
  if (!/json/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** RFC 6901 JSON Pointer (`/values/applicant~1x`) to a dotted path (`values.applicant/x`); dotted input passes through. */
function pointerToPath(pointer: string): string {
  if (!pointer.startsWith('/') && !pointer.startsWith('#/')) return pointer;
  return pointer
    .replace(/^#?\//, '')
    .split('/')
    .map((seg) => seg.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    return `${cause.message}${inner}`;
  }
  return String(cause);
}

/** Build a ZwfwApiError from an RFC 9457 body, tolerating servers that send something else. */
function problemError(
  spec: RequestSpec<unknown>,
  status: number,
  text: string,
  contentType: string,
  common: { operation: string; attempts: number; idempotencyKey: string | undefined; requestId: string | undefined },
  retryAfterMs: number | undefined,
): ZwfwApiError {
  const body = parseJson(text, contentType);
  const p = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const problemType = str(p['type']);
  const code = str(p['code']) ?? (problemType === undefined ? undefined : problemType.split('/').pop()) ?? `http_${status}`;
  const title = str(p['title']) ?? `HTTP ${status}`;
  const detail = str(p['detail']);
  const errors: ZwfwFieldError[] = Array.isArray(p['errors'])
    ? (p['errors'] as unknown[]).flatMap((e) => {
        if (typeof e !== 'object' || e === null) return [];
        const r = e as Record<string, unknown>;
        const rawPath = r['path'] ?? r['pointer'] ?? r['field'];
        const path = Array.isArray(rawPath) ? rawPath.join('.') : pointerToPath(str(rawPath) ?? '');
        return [{ path, message: str(r['message']) ?? str(r['detail']) ?? 'invalid', code: str(r['code']) }];
      })
    : [];
  const requestId = common.requestId ?? str(p['requestId']);
  const retryAfter = retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);
  const hint = PROBLEM_HINTS[status] ?? (status >= 500 ? 'The server failed; retry later, and quote err.requestId if it persists.' : '');
  const message =
    `${spec.operation} failed with HTTP ${status} ${code}: ${(detail ?? title).replace(/[.。]\s*$/, '')}. ${hint}`.trim() +
    (status >= 500 ? sameKeyHint(spec) : '');
  return new ZwfwApiError(message, {
    ...common,
    requestId,
    status,
    code,
    title,
    detail,
    problemType,
    errors,
    retryAfter,
    problem: body,
  });
}

/**
 * For a keyed write whose outcome is unknown (timeout, dropped connection, 5xx): the server may have stored it,
 * and only a retry with the same key is sure to get that case back instead of a second one.
 */
function sameKeyHint(spec: { idempotencyKey?: string | undefined }): string {
  return spec.idempotencyKey === undefined ? '' : ` Retry with idempotencyKey "${spec.idempotencyKey}" to avoid a duplicate.`;
}
