// createClient options and their runtime validation. Many integrators call the SDK from plain JavaScript
// pasted into a CMS, where TypeScript cannot catch a typo, so every option is checked at runtime and each
// failure names the option and shows the fix.

import { type CacheOption, type CacheStore, resolveCacheStore } from './cache.js';
import type { DraftStore } from './drafts/types.js';
import { ZwfwConfigError } from './errors.js';
import type { RetryOptions } from './retry.js';

import { LOCALES, type Locale } from '@zwfw/core/light';

/** Locales the API answers in: core's {@link Locale}, under the name the SDK has always exported. */
export type ZwfwLocale = Locale;

export { LOCALES };

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * Root of the one-network API, e.g. `"https://zwfw.example.gov.cn/"`. Paths such as `v1/matters` are resolved
   * against it. In a browser a relative URL (`"/"`) resolves against the page.
   */
  baseUrl: string | URL;
  /**
   * The partner's publishable key (`X-Zwfw-Key`), bound to its allowed origins. Public by design: it is safe in
   * page source. Catalogue reads work without one; submitting, tracking and rating need it.
   */
  publishableKey?: string;
  /** Language of titles, labels and error messages. Default `"zh-CN"`. */
  locale?: ZwfwLocale;
  /** `fetch` to use (SSR frameworks, instrumentation, tests). Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms, covering headers and body. Default 10 000. */
  timeout?: number;
  /**
   * Retries with exponential backoff and jitter. `false`/`0` disables them; a number sets the limit. Reads and
   * idempotent submissions are retried; other writes only when the server says it did not process them.
   */
  retry?: RetryOptions | number | boolean;
  /**
   * Catalogue cache (ETag revalidation): `'memory'` (default), `'indexeddb'` (persists across page loads in
   * browsers, memory elsewhere), a custom {@link CacheStore}, or `false`. `{ store, maxEntries }` bounds a
   * built-in store (default 500 entries).
   */
  cache?: CacheOption;
  /** Where drafts are kept. Default: IndexedDB in browsers, memory in Node. */
  drafts?: DraftStore;
  /**
   * Node and other non-browser runtimes only: the `Origin` to present, which must be one of the publishable
   * key's allowed origins (e.g. `"https://www.example-bank.cn"`). Keys are bound to origins, and the API
   * refuses keyed calls (submit, progress, rate) that carry none. Browsers send the page's origin themselves
   * and ignore this option.
   */
  origin?: string;
}

/** Options after validation and defaulting. */
export interface ResolvedConfig {
  baseUrl: string;
  publishableKey: string | undefined;
  locale: ZwfwLocale;
  fetch: typeof globalThis.fetch | undefined;
  timeout: number;
  retry: RetryOptions | number | boolean | undefined;
  cache: CacheStore | undefined;
  drafts: DraftStore | undefined;
  origin: string | undefined;
}

const KNOWN_OPTIONS = new Set(['baseUrl', 'publishableKey', 'locale', 'fetch', 'timeout', 'retry', 'cache', 'drafts', 'origin']);

function fail(option: string, message: string): never {
  throw new ZwfwConfigError(message, { option, operation: 'createClient' });
}

/** Validate `createClient` options, throwing {@link ZwfwConfigError} with the fix. */
export function resolveConfig(options: unknown): ResolvedConfig {
  if (typeof options !== 'object' || options === null) {
    fail('options', "createClient needs an options object: createClient({ baseUrl: 'https://…', publishableKey: 'pk_…' })");
  }
  const o = options as Record<string, unknown>;
  for (const name of Object.keys(o)) {
    if (!KNOWN_OPTIONS.has(name)) {
      const suggestion = name === 'prefixUrl' || name === 'baseURL' || name === 'url' ? ' Did you mean baseUrl?' : name === 'key' || name === 'apiKey' ? ' Did you mean publishableKey?' : '';
      fail(name, `createClient got an unknown option "${name}".${suggestion} Known options: ${[...KNOWN_OPTIONS].join(', ')}.`);
    }
  }

  const baseUrl = resolveBaseUrl(o['baseUrl']);

  const key = o['publishableKey'];
  if (key !== undefined && (typeof key !== 'string' || key.trim() === '')) {
    fail('publishableKey', 'publishableKey must be a non-empty string: pass createClient({ publishableKey: "pk_…" }), or leave it out for catalogue-only use.');
  }
  if (typeof key === 'string' && /^sk_|^admin/i.test(key)) {
    fail('publishableKey', 'publishableKey looks like a secret or admin key. Never put secret keys in a browser: use the publishable key (pk_…) issued for your origin.');
  }

  const locale = o['locale'] ?? 'zh-CN';
  if (!LOCALES.includes(locale as ZwfwLocale)) {
    fail('locale', `locale must be one of ${LOCALES.map((l) => `"${l}"`).join(', ')}; got ${JSON.stringify(locale)}. Example: createClient({ locale: 'zh-CN' })`);
  }

  const fetchOption = o['fetch'];
  if (fetchOption !== undefined && typeof fetchOption !== 'function') {
    fail('fetch', 'fetch must be a function compatible with the Fetch API, e.g. createClient({ fetch: window.fetch.bind(window) })');
  }
  if (fetchOption === undefined && typeof globalThis.fetch !== 'function') {
    fail('fetch', 'No global fetch in this environment: use Node 20+ or a browser, or pass createClient({ fetch })');
  }

  const timeout = o['timeout'] ?? 10_000;
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0 || timeout > 2_147_483_647) {
    fail('timeout', `timeout must be a positive number of milliseconds, e.g. createClient({ timeout: 10000 }); got ${JSON.stringify(timeout)}`);
  }

  const retry = o['retry'];
  validateRetry(retry);

  const cache = o['cache'];
  validateCache(cache);

  const drafts = o['drafts'];
  if (drafts !== undefined && !(typeof drafts === 'object' && drafts !== null && ['get', 'set', 'delete', 'entries'].every((m) => typeof (drafts as Record<string, unknown>)[m] === 'function'))) {
    fail('drafts', 'drafts must implement the DraftStore interface (get, set, delete, entries), e.g. createClient({ drafts: new MemoryDraftStore() })');
  }

  const origin = o['origin'];
  let normalisedOrigin: string | undefined;
  if (origin !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = typeof origin === 'string' ? new URL(origin) : undefined;
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.origin !== String(origin).replace(/\/$/, '')) {
      fail('origin', `origin must be a bare origin such as 'https://www.example-bank.cn' (scheme, host, optional port; no path); got ${JSON.stringify(origin)}.`);
    }
    normalisedOrigin = parsed.origin;
  }

  return {
    baseUrl,
    origin: normalisedOrigin,
    publishableKey: typeof key === 'string' ? key.trim() : undefined,
    locale: locale as ZwfwLocale,
    fetch: fetchOption as typeof globalThis.fetch | undefined,
    timeout,
    retry: retry as RetryOptions | number | boolean | undefined,
    cache: resolveCacheStore(cache as CacheOption | undefined),
    drafts: drafts as DraftStore | undefined,
  };
}

function resolveBaseUrl(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    fail('baseUrl', "baseUrl is missing: pass createClient({ baseUrl: 'https://zwfw.example.gov.cn/' }) — the root of the one-network API.");
  }
  if (typeof value !== 'string' && !(value instanceof URL)) {
    fail('baseUrl', `baseUrl must be a string or URL; got ${typeof value}.`);
  }
  // A relative base is only meaningful in a page, where it resolves against the document.
  const pageBase = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  let url: URL;
  try {
    url = new URL(String(value), pageBase);
  } catch {
    fail('baseUrl', `baseUrl ${JSON.stringify(String(value))} is not a valid absolute URL. Outside a browser it must include the scheme and host, e.g. 'http://127.0.0.1:8080/'.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail('baseUrl', `baseUrl must use http or https; got ${url.protocol}`);
  }
  if (url.search !== '' || url.hash !== '') {
    fail('baseUrl', 'baseUrl must not carry a query string or fragment: pass only the API root.');
  }
  // Always end with "/" so that `v1/matters` extends the base path rather than replacing its last segment.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

function isCacheStore(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['get', 'set', 'delete', 'clear'].every((m) => typeof r[m] === 'function');
}

/**
 * Check the `cache` option. Its object form is read as `{ store, maxEntries }` whenever it has a `store` key
 * (as resolveCacheStore reads it), so a wrong `store` must fail here: otherwise it surfaced later as a
 * TypeError ("store.get is not a function") from the first catalogue read.
 */
function validateCache(cache: unknown): void {
  if (cache === undefined || cache === false || cache === 'memory' || cache === 'indexeddb') return;
  const example = "e.g. createClient({ cache: 'indexeddb' }) or createClient({ cache: { store: 'memory', maxEntries: 200 } })";
  if (typeof cache !== 'object' || cache === null || !('store' in cache)) {
    if (isCacheStore(cache)) return;
    fail('cache', `cache must be false, 'memory', 'indexeddb', a CacheStore (an object with get/set/delete/clear methods) or { store, maxEntries }, ${example}; got ${JSON.stringify(cache)}.`);
  }
  const { store, maxEntries, ...rest } = cache as Record<string, unknown>;
  for (const k of Object.keys(rest)) fail('cache', `cache.${k} is not an option; the cache object takes store and maxEntries, ${example}.`);
  if (store !== 'memory' && store !== 'indexeddb' && !isCacheStore(store)) {
    fail('cache', `cache.store must be 'memory', 'indexeddb' or a CacheStore (an object with get/set/delete/clear methods), ${example}; got ${JSON.stringify(store)}.`);
  }
  if (maxEntries !== undefined && !(typeof maxEntries === 'number' && Number.isInteger(maxEntries) && maxEntries > 0)) {
    fail('cache', `cache.maxEntries must be a positive integer (entries kept before the oldest are dropped; default 500), ${example}; got ${JSON.stringify(maxEntries)}.`);
  }
}

/** Check a `retry` option (client-level or per call). */
export function validateRetry(retry: unknown, where = 'createClient'): void {
  if (retry === undefined || typeof retry === 'boolean') return;
  if (typeof retry === 'number') {
    if (!Number.isInteger(retry) || retry < 0 || retry > 20) fail('retry', `retry must be an integer from 0 to 20 (the retry limit), or false, or an options object; got ${retry} in ${where}.`);
    return;
  }
  if (typeof retry !== 'object' || retry === null) fail('retry', `retry must be a boolean, a number or { limit, baseDelay, maxDelay, maxRetryAfter } in ${where}.`);
  for (const [k, v] of Object.entries(retry)) {
    if (!['limit', 'baseDelay', 'maxDelay', 'maxRetryAfter'].includes(k)) fail('retry', `retry.${k} is not an option; use limit, baseDelay, maxDelay or maxRetryAfter.`);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail('retry', `retry.${k} must be a non-negative number; got ${JSON.stringify(v)}.`);
  }
}
