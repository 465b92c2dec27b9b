// client.search: answers from the local index once it is loaded (no network per keystroke, works offline),
// from the server's /v1/search otherwise. Both paths return the contract's SearchResponse shape, so callers
// never care which one answered.

import type { SearchQuery, SearchResponse } from '@zwfw/core';
import type { SearchIndex, SerializedIndex, SearchResponse as LocalSearchResponse } from '@zwfw/search';
import { ZwfwValidationError } from '../errors.js';
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
   * @example const { items } = await client.search('开饭店', { audience: 'legal', limit: 10 });
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

/** Convert the local engine's answer to the contract's SearchResponse. */
function toContractResponse(query: string, local: LocalSearchResponse): SearchResponse {
  const facet = (counts: Record<string, number> | undefined): Array<{ value: string; count: number }> =>
    Object.entries(counts ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    query,
    items: local.hits.map((h) => ({ code: h.code, name: h.name, department: h.department, score: h.score, highlights: h.highlights })),
    total: local.total,
    facets: {
      audience: facet(local.facets?.audience),
      department: facet(local.facets?.department),
      theme: facet(local.facets?.theme),
      type: facet(local.facets?.type),
    },
  };
}

/** @internal */
export function createSearch(transport: Transport): SearchResource {
  let index: SearchIndex | undefined;
  let loading: Promise<void> | undefined;

  const loadIndex = (options?: CallOptions): Promise<void> => {
    loading ??= (async () => {
      const document = await callOperation(transport, 'search.loadIndex', 'getSearchIndex', {}, options);
      // The engine is imported on demand: pages that never load the index never download it.
      const { loadIndex: load } = await import('@zwfw/search');
      try {
        index = load(document as unknown as SerializedIndex);
      } catch (cause) {
        throw new ZwfwValidationError(
          `search.loadIndex: the search index could not be read (${cause instanceof Error ? cause.message : String(cause)}). ` +
            'The server and @zwfw/search disagree on the index format; upgrade the SDK or rebuild the index.',
          { operation: 'search.loadIndex', issues: [{ path: '', message: String(cause) }], cause },
        );
      }
    })().finally(() => {
      // Keep the promise only while in flight: a failed load can be retried, a successful one is a no-op.
      loading = undefined;
    });
    return loading;
  };

  const search = async (query: string, filters: SearchFilters = {}, options: SearchCallOptions = {}): Promise<SearchResponse> => {
    requireString(query, 'query', 'search', "client.search('营业执照')");
    const { source = 'auto', ...callOptions } = options;
    // Department filters are credit codes on the server but names in the index, so they stay server-side.
    const localCapable = filters.department === undefined;
    if (source === 'local' && index === undefined) await loadIndex(callOptions);
    if (index !== undefined && source !== 'server' && localCapable) {
      const { limit, audience, theme, type } = filters;
      const local = index.search(query, {
        limit: limit === undefined ? 10 : Number(limit),
        facets: true,
        filters: {
          ...(audience === undefined ? {} : { audience }),
          ...(theme === undefined ? {} : { theme }),
          ...(type === undefined ? {} : { type }),
        },
      });
      return toContractResponse(query, local);
    }
    return callOperation(transport, 'search', 'searchMatters', { query: { ...filters, q: query } }, callOptions);
  };

  return Object.defineProperties(search, {
    loadIndex: { value: loadIndex, enumerable: true },
    indexLoaded: { get: () => index !== undefined, enumerable: true },
  }) as SearchResource;
}
