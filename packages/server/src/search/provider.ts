import type { SearchQuery, SearchResponse } from '@zwfw/core';

/** The serialized search-index artifact with its ETag (built once per catalogue version). */
export interface SearchIndexArtifact {
  serialized: string;
  etag: string;
}

/**
 * Matter search behind one small interface, so the engine can change without touching routes:
 * `@zwfw/search` when its builder is available, an interim SQL LIKE search otherwise.
 */
export interface SearchProvider {
  readonly engine: string;
  search(query: SearchQuery): Promise<SearchResponse>;
  indexArtifact(): Promise<SearchIndexArtifact>;
}
