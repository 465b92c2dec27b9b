import type { SearchQuery, SearchResponse } from '@zwfw/core';
import { callOperation } from '../operation.js';
import type { CallOptions, Transport } from '../transport.js';
import { requireString } from './args.js';

/** Filters of a search (everything of `GET /v1/search` except `q`). */
export type SearchFilters = Omit<SearchQuery, 'q'>;

/**
 * 事项搜索. Call it directly: `await client.search('营业执照')`.
 */
export interface SearchResource {
  /**
   * Search matters by everyday words, official names or pinyin.
   * @example const { items } = await client.search('开饭店', { audience: 'legal', limit: 10 });
   */
  (query: string, filters?: SearchFilters, options?: CallOptions): Promise<SearchResponse>;
}

/** @internal */
export function createSearch(transport: Transport): SearchResource {
  const search = (query: string, filters: SearchFilters = {}, options?: CallOptions): Promise<SearchResponse> => {
    requireString(query, 'query', 'search', "client.search('营业执照')");
    return callOperation(transport, 'search', 'searchMatters', { query: { ...filters, q: query } }, options);
  };
  return search;
}
