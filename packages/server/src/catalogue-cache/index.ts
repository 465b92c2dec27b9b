import type { OperationId } from '@zwfw/core';
import type { Db } from '../db/types.js';
import { CATALOGUE_CHANNEL, catalogueVersion } from '../repo/catalogue-write.js';
import { makeEntry, type CachedEntry } from './entry.js';
import { ByteLru } from './lru.js';
import { onCatalogueWrite } from './signal.js';

export { negotiateEncoding, type Coding } from './encoding.js';
export { sendEntry } from './send.js';
export type { CachedEntry } from './entry.js';

/**
 * Operations whose 200 responses are a function of the URL and the catalogue version alone, so they are
 * served from the cache. Not the evaluation summary (it changes with every rating) nor service points
 * (partners, not catalogue).
 */
export const CACHED_OPERATIONS: ReadonlySet<OperationId> = new Set<OperationId>([
  'listMatters', 'getMatter', 'getMatterForm', 'listBundles', 'getBundle', 'getBundleForm', 'searchMatters',
  'getSearchIndex', 'getEvaluationReasons', 'listRegions', 'getOpenApi',
]);

/** Default budget of ZWFW_CATALOGUE_CACHE_MB. */
export const DEFAULT_CATALOGUE_CACHE_MB = 64;

/** What a fill produces: the serialized, already validated body and the operation's own headers. */
export interface FillResult {
  serialized: string;
  etag?: string | undefined;
  headers: Record<string, string>;
}

/** Counters for tests, the benchmark and an operator. */
export interface CatalogueCacheStats {
  version: string | undefined;
  entries: number;
  bytes: number;
  budget: number;
  hits: number;
  misses: number;
  invalidations: number;
}

/** Catalogue responses as ready bytes, valid for one catalogue version. */
export interface CatalogueCache {
  /** The entry for `key` (a request URL) at the current version, without touching the database. */
  lookup(key: string): CachedEntry | undefined;
  /** Produces, stores and returns the entry for `key`; `produce` may throw (e.g. a 404), which is not cached. */
  fill(key: string, produce: () => Promise<FillResult>): Promise<CachedEntry>;
  stats(): CatalogueCacheStats;
  /** Calls `fn` whenever the cache learns that the catalogue changed (e.g. to forget other derived state). */
  onChange(fn: () => void): void;
  close(): Promise<void>;
}

export interface CatalogueCacheOptions {
  budgetBytes: number;
  /**
   * How often each replica reads the version itself, ms, in case a notification was lost (PostgreSQL only:
   * PGlite is one process and hears its own writes). 1000 by default: a replica never serves an old
   * catalogue for more than a second after an import.
   */
  pollMs?: number;
}

/** Fills whose version changed under them are redone this often before the response is sent uncached. */
const FILL_ATTEMPTS = 3;

/**
 * The catalogue cache. Every entry belongs to one catalogue version (`known`); a newer version clears them
 * all at once. A fill reads the version before and after producing its body: versions are unique per
 * write and every catalogue write bumps it in its own transaction, so equal readings prove that no write
 * committed in between and the body is one version's, never a mix.
 */
export async function createCatalogueCache(db: Db, options: CatalogueCacheOptions): Promise<CatalogueCache> {
  const lru = new ByteLru<CachedEntry>(options.budgetBytes);
  const inflight = new Map<string, Promise<CachedEntry>>();
  let known: string | undefined;
  let generation = 0;
  let hits = 0;
  let misses = 0;
  let invalidations = 0;
  const changeListeners: (() => void)[] = [];

  const invalidate = () => {
    generation += 1;
    invalidations += 1;
    known = undefined;
    lru.clear();
    inflight.clear();
    for (const fn of changeListeners) fn();
  };
  const heard = (version: string) => {
    if (version === '' || version !== known) invalidate();
  };
  const check = async () => {
    try {
      const version = await catalogueVersion(db);
      if (known !== undefined && version !== known) invalidate();
    } catch {
      // The database is unreachable: the next fill or poll tries again.
    }
  };

  const stopLocal = onCatalogueWrite(db, heard);
  const stopListen = await db.listen(CATALOGUE_CHANNEL, heard);
  let timer: NodeJS.Timeout | undefined;
  if (db.kind === 'postgres') {
    timer = setInterval(() => void check(), options.pollMs ?? 1000);
    timer.unref();
  }

  const fillOnce = async (key: string, produce: () => Promise<FillResult>): Promise<CachedEntry> => {
    const startGeneration = generation;
    let entry: CachedEntry | undefined;
    let version = '';
    for (let attempt = 0; attempt < FILL_ATTEMPTS; attempt += 1) {
      const before = await catalogueVersion(db);
      const result = await produce();
      const after = await catalogueVersion(db);
      if (before === after) {
        entry = makeEntry(result.serialized, result.headers, key, result.etag);
        version = before;
        break;
      }
    }
    if (entry === undefined) {
      // Writes kept landing mid-read: answer with a fresh, uncached read rather than fail.
      const result = await produce();
      return makeEntry(result.serialized, result.headers, key, result.etag);
    }
    if (generation !== startGeneration) return entry;
    known ??= version;
    if (known !== version) {
      // Another fill saw another version: the notification is on its way, or was lost; make sure.
      void check();
      return entry;
    }
    lru.set(key, entry);
    return entry;
  };

  return {
    lookup(key) {
      const entry = known === undefined ? undefined : lru.get(key);
      if (entry === undefined) misses += 1;
      else hits += 1;
      return entry;
    },
    fill(key, produce) {
      // Concurrent misses of one URL share one read and one compression.
      const slot = `${generation}\u0000${key}`;
      const running = inflight.get(slot);
      if (running !== undefined) return running;
      const p = fillOnce(key, produce).finally(() => {
        if (inflight.get(slot) === p) inflight.delete(slot);
      });
      inflight.set(slot, p);
      return p;
    },
    stats: () => ({
      version: known, entries: lru.size, bytes: lru.bytes, budget: lru.budget, hits, misses, invalidations,
    }),
    onChange(fn) {
      changeListeners.push(fn);
    },
    async close() {
      stopLocal();
      clearInterval(timer);
      await stopListen();
    },
  };
}
