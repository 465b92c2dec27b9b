/**
 * @zwfw/search: the browser-side query engine over a serialised matter index.
 *
 * Build the index at build time with `@zwfw/search/builder`, ship the JSON, then:
 * ```ts
 * import { loadIndex } from '@zwfw/search';
 * const index = loadIndex(json);
 * index.search('开饭店要办什么', { limit: 10, facets: true });
 * ```
 * Nothing here imports Node modules or a pinyin dictionary; everything the engine knows about characters
 * comes from the index.
 * @packageDocumentation
 */
export { loadIndex, SearchIndex } from './engine.js';
export { normalize, tokenize, type CharMap, type Token } from './normalize.js';
export {
  FIELDS,
  type FacetCounts,
  type FieldName,
  type Highlight,
  type SearchDocument,
  type SearchFilters,
  type SearchHit,
  type SearchOptions,
  type SearchResponse,
  type SerializedIndex,
} from './types.js';
