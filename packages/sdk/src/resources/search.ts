// client.search: answers from the local index once it is loaded (no network per keystroke, works offline),
// from the server's /v1/search otherwise. Both paths return the contract's SearchResponse shape, so callers
// never care which one answered.

import type { SearchFactsTable, SearchQuery, SearchResponse } from '@zwfw/core';
import type { SearchIndex, SerializedIndex } from '@zwfw/search';
import { routes } from '@zwfw/core/light';
import { InFlight } from '../dedupe.js';
import { loadChunk } from '../chunks.js';
import { ZwfwAbortError, ZwfwConfigError, ZwfwValidationError } from '../errors.js';
import { callOperation } from '../operation.js';
import type { CallOptions, Transport } from '../transport.js';
import { requireString } from './args.js';

/** Filters of a search (everything of `GET /v1/search` except `q`). */
export type SearchFilters = Omit<SearchQuery, 'q'>;

/** Options of a search call. */
export interface SearchCallOptions extends CallOptions {
  /**
   * Where to search. `'auto'` (default): the local index if it is loaded, else the server. `'local'`: load the
   * index first if needed (one download, ETag-cached), then search locally. `'server'`: always the server.
   */
  source?: 'auto' | 'local' | 'server';
}

/**
 * 事项搜索. Call it directly — `await client.search('营业执照')` — and call `loadIndex()` once to make every
 * later search local.
 */
export interface SearchResource {
  /**
   * Search matters by everyday words, official names, pinyin or initials.
   * @example const { items } = await client.search('开饭店', { audience: 'enterprise', limit: 10 });
   */
  (query: string, filters?: SearchFilters, options?: SearchCallOptions): Promise<SearchResponse>;
  /**
   * Download (or revalidate) the search index and search locally from now on. Safe to call repeatedly:
   * concurrent calls share one download, and a cached index is revalidated with its ETag.
   * @example await client.search.loadIndex(); // e.g. when the search box gets focus
   */
  loadIndex(options?: CallOptions): Promise<void>;
  /** True once the local index is loaded. */
  readonly indexLoaded: boolean;
}

// The query length limit, the query normalisation and the engine ↔ contract mapping are @zwfw/search's (one
// adapter for the server and this local path), loaded with the query schema on the first search
// (search-query.ts); the engine and the index's tables on the first loadIndex (search-engine.ts).

/** @internal */
export function createSearch(transport: Transport): SearchResource {
  let index: SearchIndex | undefined;
  let facts: SearchFactsTable = {};
  let departments: ReadonlyMap<string, string> = new Map();
  const downloads = new InFlight();

  /** One download and parse of the index, under a signal shared by every caller waiting for it. */
  const download = async (options: CallOptions): Promise<void> => {
    const document = await callOperation(transport, 'search.loadIndex', routes.getSearchIndex, () => import('../operations/get-search-index.js'), {}, options);
    // The engine is imported on demand: pages that never load the index never download it.
    const [{ loadIndex: load }, { readDepartmentNames, readSearchFacts }] = await Promise.all([
      loadChunk(() => import('./search-engine.js'), 'search.loadIndex'),
      loadChunk(() => import('./search-query.js'), 'search.loadIndex'),
    ]);
    try {
      index = load(document as unknown as SerializedIndex);
      facts = readSearchFacts((document as { facts?: unknown }).facts);
      departments = readDepartmentNames((document as { departments?: unknown }).departments);
    } catch (cause) {
      throw new ZwfwValidationError(
        `search.loadIndex: the search index could not be read (${cause instanceof Error ? cause.message : String(cause)}). ` +
          'The server and @zwfw/search disagree on the index format; upgrade the SDK or rebuild the index.',
        { operation: 'search.loadIndex', issues: [{ path: '', message: String(cause) }], cause },
      );
    }
  };

  const loadIndex = async (options: CallOptions = {}): Promise<void> => {
    const { signal, ...run } = options;
    // Concurrent calls share one download, so no caller's signal may be baked into it: each caller races its
    // own signal, and the download is cancelled only once every caller has left (see dedupe.ts). Calls with
    // other timeout or retry settings get their own download, or one caller's impatience would fail the rest.
    // A flight is forgotten when it settles: a failed load can be retried, a later call revalidates.
    try {
      await downloads.run(JSON.stringify([run.timeout, run.retry]), (shared) => download({ ...run, signal: shared }), signal);
    } catch (error) {
      if (signal?.aborted === true && !(error instanceof ZwfwAbortError)) {
        throw new ZwfwAbortError('search.loadIndex was aborted by its AbortSignal.', { operation: 'search.loadIndex', attempts: 0, cause: signal.reason });
      }
      throw error;
    }
  };

  const search = async (query: string, filters: SearchFilters = {}, options: SearchCallOptions = {}): Promise<SearchResponse> => {
    requireString(query, 'query', 'search', "client.search('营业执照')");
    const { SearchQuerySchema, engineOptions, normaliseQuery, queryIncludesExOfficio, toContractResponse } = await loadChunk(() => import('./search-query.js'), 'search');
    const q = normaliseQuery(query);
    const { source = 'auto', ...callOptions } = options;
    if (source === 'local' && index === undefined) await loadIndex(callOptions);
    // Filters the server would refuse (limit 0 or 2.5, an unknown type) are refused locally too, instead of
    // being read some other way: with 'auto' the server answers them (a ZwfwApiError with per-field errors).
    const checked = SearchQuerySchema.safeParse({ ...filters, q });
    if (!checked.success && source === 'local') {
      const issues = checked.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
      throw new ZwfwConfigError(`search: the filters are not valid (${issues}). See SearchFilters for the allowed values.`, { operation: 'search', option: 'filters' });
    }
    // The served index holds only the matters people apply for: a search that covers 依职权 matters is the server's.
    const exOfficio = checked.success && queryIncludesExOfficio(checked.data);
    if (exOfficio && source === 'local') {
      throw new ZwfwConfigError('search: the local index has no 依职权 matters (includeExOfficio, or a 处罚/检查/强制/征收 type); search them with source \'server\' or \'auto\'.', { operation: 'search', option: 'filters' });
    }
    // The served index keys departments by credit code (departmentId), like the server's filter, so every
    // filter runs locally; department facets are labelled from the index's department-name table.
    if (index !== undefined && source !== 'server' && checked.success && !exOfficio) {
      const local = index.search(q, engineOptions(checked.data));
      return toContractResponse(q, local, checked.data, facts, departments);
    }
    return callOperation(transport, 'search', routes.searchMatters, () => import('../operations/search-matters.js'), { query: { ...filters, q } }, callOptions);
  };

  return Object.defineProperties(search, {
    loadIndex: { value: loadIndex, enumerable: true },
    indexLoaded: { get: () => index !== undefined, enumerable: true },
  }) as SearchResource;
}
