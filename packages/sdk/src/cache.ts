// ETag cache for catalogue reads. The catalogue (matters, forms, bundles, regions, evaluation reasons, the
// search index) changes rarely and is large, so the client keeps the last body with its ETag and revalidates
// with If-None-Match: a 304 costs a few hundred bytes instead of the whole document. Only catalogue reads go
// here — never case progress or anything personal, because the persistent store outlives the page.

import { createStore, del, delMany, entries, get, keys, set, type UseStore } from 'idb-keyval';

/** One cached response body with the validators needed to revalidate it. */
export interface CacheEntry {
  /** The strong or weak ETag the server sent. */
  etag: string;
  /** The parsed JSON body as received (validated again on every use). */
  body: unknown;
  /** Epoch ms when stored or last revalidated. */
  storedAt: number;
  /** Freshness lifetime from `Cache-Control: max-age`, in ms; 0 means "always revalidate". */
  maxAge: number;
}

/**
 * Where cached catalogue bodies live. Implement this to plug in your own storage (e.g. localStorage, a
 * service worker cache). All methods may be async.
 */
export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined> | CacheEntry | undefined;
  set(key: string, entry: CacheEntry): Promise<void> | void;
  delete(key: string): Promise<void> | void;
  clear(): Promise<void> | void;
}

/**
 * Cache settings: `false` disables caching; `'memory'` (default) or `'indexeddb'` pick a built-in store. In the
 * object form, `maxEntries` (a positive integer, default 500) bounds the built-in stores; a custom
 * {@link CacheStore} bounds itself and ignores it.
 */
export type CacheOption = false | 'memory' | 'indexeddb' | CacheStore | { store: 'memory' | 'indexeddb' | CacheStore; maxEntries?: number };

/** In-memory store with least-recently-used eviction (a Map keeps insertion order; re-set moves to the end). */
export class MemoryCacheStore implements CacheStore {
  readonly #entries = new Map<string, CacheEntry>();
  readonly #maxEntries: number;

  /** @param maxEntries - entries kept before the least recently used is dropped (default 500). */
  constructor(maxEntries = 500) {
    this.#maxEntries = maxEntries;
  }

  get(key: string): CacheEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CacheEntry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}

/**
 * Keys to delete so that at most `maxEntries` entries remain: the oldest by `storedAt` first, and never `keep`
 * (the entry just written, which may share its millisecond with older ones). Unreadable entries count as the
 * oldest of all.
 */
export function evictionVictims<K>(stored: ReadonlyArray<readonly [K, unknown]>, maxEntries: number, keep?: K): K[] {
  const excess = stored.length - maxEntries;
  if (excess <= 0) return [];
  const age = (entry: unknown): number => {
    const at = (entry as Partial<CacheEntry> | null | undefined)?.storedAt;
    return typeof at === 'number' && Number.isFinite(at) ? at : -Infinity;
  };
  return stored
    .filter(([key]) => key !== keep)
    .map(([key, entry]) => ({ key, at: age(entry) }))
    .sort((a, b) => a.at - b.at)
    .slice(0, excess)
    .map((v) => v.key);
}

/**
 * Persistent store in IndexedDB (database `zwfw-cache`), through idb-keyval. The database is opened lazily on
 * first use, so constructing this has no side effect. Storage failures (private mode, quota) degrade to a miss
 * rather than failing the read: the network copy is always authoritative.
 *
 * Beyond `maxEntries`, the entries stored or revalidated longest ago are dropped. IndexedDB keeps no order of
 * use, so this is oldest-first by `storedAt` rather than the memory store's least-recently-used.
 */
export class IndexedDbCacheStore implements CacheStore {
  #store: UseStore | undefined;
  readonly #maxEntries: number;

  /**
   * @param dbName - IndexedDB database name (default `zwfw-cache`).
   * @param maxEntries - entries kept before the oldest are dropped (default 500).
   */
  constructor(
    private readonly dbName = 'zwfw-cache',
    maxEntries = 500,
  ) {
    this.#maxEntries = maxEntries;
  }

  #db(): UseStore {
    this.#store ??= createStore(this.dbName, 'responses');
    return this.#store;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    try {
      return await get<CacheEntry>(key, this.#db());
    } catch {
      return undefined;
    }
  }

  async set(key: string, entry: CacheEntry): Promise<void> {
    try {
      await set(key, entry, this.#db());
    } catch {
      // Quota or private mode: nothing is kept, so the next read of this key is a miss and goes to the network.
      return;
    }
    try {
      await this.#evict(key);
    } catch {
      // The store stays over its bound until a later write manages to evict.
    }
  }

  /** Drop the oldest entries beyond maxEntries. */
  async #evict(justWritten: string): Promise<void> {
    // Counting keys is cheap; the entries (bodies included, storedAt lives inside them) are read only when over.
    if ((await keys(this.#db())).length <= this.#maxEntries) return;
    const victims = evictionVictims(await entries(this.#db()), this.#maxEntries, justWritten);
    if (victims.length > 0) await delMany(victims, this.#db());
  }

  async delete(key: string): Promise<void> {
    try {
      await del(key, this.#db());
    } catch {
      /* see set() */
    }
  }

  async clear(): Promise<void> {
    try {
      const all = await keys(this.#db());
      await Promise.all(all.map((k) => del(k, this.#db())));
    } catch {
      /* see set() */
    }
  }
}

/** True when IndexedDB exists in this environment (browsers, not Node). */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

/**
 * Resolve the `cache` option into a store, or undefined when caching is off. `'indexeddb'` outside a browser
 * falls back to memory so the same config works in SSR and tests.
 */
export function resolveCacheStore(option: CacheOption | undefined): CacheStore | undefined {
  if (option === false) return undefined;
  const spec = option === undefined ? 'memory' : typeof option === 'object' && 'store' in option ? option.store : option;
  const maxEntries = typeof option === 'object' && 'store' in option ? option.maxEntries : undefined;
  if (spec === 'memory') return new MemoryCacheStore(maxEntries);
  if (spec === 'indexeddb') return hasIndexedDb() ? new IndexedDbCacheStore(undefined, maxEntries) : new MemoryCacheStore(maxEntries);
  return spec;
}

/** Parse `Cache-Control: max-age=N` into ms. `no-cache`/`no-store`/absent → 0 (always revalidate). */
export function maxAgeOf(cacheControl: string | null): number {
  if (cacheControl === null) return 0;
  const directives = cacheControl.toLowerCase().split(',').map((d) => d.trim());
  if (directives.includes('no-cache') || directives.includes('no-store')) return 0;
  for (const d of directives) {
    const m = /^max-age=(\d+)$/.exec(d);
    if (m?.[1] !== undefined) return Number(m[1]) * 1000;
  }
  return 0;
}

/** True when the response may be stored at all. */
export function isStorable(cacheControl: string | null): boolean {
  return !(cacheControl ?? '').toLowerCase().includes('no-store');
}
