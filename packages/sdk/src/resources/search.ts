// client.search: answers from the local index once it is loaded (no network per keystroke, works offline),
// from the server's /v1/search otherwise. Both paths return the contract's SearchResponse shape, so callers
// never care which one answered.

import {
  DEFAULT_PAGE_SIZE, SEARCH_FACT_WINDOW, SearchQuerySchema, queryIncludesExOfficio, readDepartmentNames, readSearchFacts, refineSearchHits, withSearchFacts,
  type SearchFactsTable, type SearchQuery, type SearchResponse,
} from '@zwfw/core';
import type { SearchIndex, SerializedIndex, SearchResponse as LocalSearchResponse } from '@zwfw/search';
import { InFlight } from '../dedupe.js';
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

/**
 * Longest query the API accepts: the contract's `SearchQuerySchema` trims `q` and allows 1–100 characters
 * (a test keeps the two equal).
 */
export const MAX_QUERY_LENGTH = 100;

/**
 * The query as both engines see it: trimmed like the server trims it, and cut to {@link MAX_QUERY_LENGTH}, so
 * a long paste gets the same hits locally and from the server instead of hits here and a 422 there. The cut
 * never splits a surrogate pair (UTF-16 units are what the contract counts).
 */
export function normaliseQuery(query: string): string {
  const trimmed = query.trim();
  if (trimmed.length <= MAX_QUERY_LENGTH) return trimmed;
  const end = /[\uD800-\uDBFF]/.test(trimmed.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
  return trimmed.slice(0, end).trimEnd();
}

/**
 * Convert the local engine's answer to the contract's SearchResponse (facet lists capped at its maxima), with
 * the index's facts joined onto the hits and the service filters applied as the server applies them.
 */
function toContractResponse(
  query: string, local: LocalSearchResponse, facts: SearchFactsTable, departments: ReadonlyMap<string, string>, q: SearchQuery,
): SearchResponse {
  const facet = (counts: Record<string, number> | undefined, max: number, labels?: ReadonlyMap<string, string>): Array<{ value: string; count: number; label?: string }> =>
    Object.entries(counts ?? {})
      .map(([value, count]) => {
        const label = labels?.get(value);
        return label === undefined ? { value, count } : { value, count, label };
      })
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, max);
  const window = local.hits.map((h) => withSearchFacts({
    code: h.code, name: h.name, department: h.department, score: h.score, highlights: h.highlights,
    ...(h.parentCode === undefined ? {} : { parentCode: h.parentCode }),
  }, facts[h.code]));
  const refined = refineSearchHits(window, q, q.limit ?? DEFAULT_PAGE_SIZE);
  return {
    query,
    items: refined.items,
    total: refined.matched ?? local.total,
    facets: {
      audience: facet(local.facets?.audience, 20),
      department: facet(local.facets?.department, 500, departments),
      theme: facet(local.facets?.theme, 500),
      type: facet(local.facets?.type, 20),
      onlineDepth: refined.facets.onlineDepth,
      onSiteVisits: refined.facets.onSiteVisits,
      handleArea: refined.facets.handleArea,
    },
  };
}

/** @internal */
export function createSearch(transport: Transport): SearchResource {
  let index: SearchIndex | undefined;
  let facts: SearchFactsTable = {};
  let departments: ReadonlyMap<string, string> = new Map();
  const downloads = new InFlight();

  /** One download and parse of the index, under a signal shared by every caller waiting for it. */
  const download = async (options: CallOptions): Promise<void> => {
    const document = await callOperation(transport, 'search.loadIndex', 'getSearchIndex', {}, options);
    // The engine is imported on demand: pages that never load the index never download it.
    const { loadIndex: load } = await import('@zwfw/search');
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
      const { limit, audience, theme, type, department } = checked.data;
      const local = index.search(q, {
        // The server's window (the service filters apply to it); the page is cut to `limit`, or to the server's
        // default page size, so that a search without `limit` lists as many hits on both paths.
        limit: Math.max(limit ?? DEFAULT_PAGE_SIZE, SEARCH_FACT_WINDOW),
        facets: true,
        filters: {
          ...(audience === undefined ? {} : { audience }),
          ...(theme === undefined ? {} : { theme }),
          ...(type === undefined ? {} : { type }),
          ...(department === undefined ? {} : { department }),
        },
      });
      return toContractResponse(q, local, facts, departments, checked.data);
    }
    return callOperation(transport, 'search', 'searchMatters', { query: { ...filters, q } }, callOptions);
  };

  return Object.defineProperties(search, {
    loadIndex: { value: loadIndex, enumerable: true },
    indexLoaded: { get: () => index !== undefined, enumerable: true },
  }) as SearchResource;
}
