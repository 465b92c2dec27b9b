/**
 * @zwfw/search/contract: the one mapping between the engine and the API contract's search (`GET /v1/search`),
 * used by the reference server and by the SDK's local search, so both answer a query the same way: the query
 * as the engine sees it (trimmed, cut to the contract's length), the engine options for a contract query
 * (filters, the fact window), and the engine's answer as a contract `SearchResponse` (hits with their facts
 * and `matchedBy`, service filters, facet lists capped and labelled).
 *
 * Not part of the browser query engine (`@zwfw/search`): it depends on @zwfw/core.
 * @packageDocumentation
 */
// From core's search entry, not its root: the SDK loads this module lazily, and esbuild would otherwise give
// that chunk every schema the root reaches.
import type { FacetCount, SearchFactsTable, SearchHit, SearchQuery, SearchResponse } from '@zwfw/core';
import { DEFAULT_PAGE_SIZE, SEARCH_FACT_WINDOW, refineSearchHits, withSearchFacts } from '@zwfw/core/search';
import type { FacetCounts, SearchOptions, SearchResponse as EngineResponse } from './types.js';

/**
 * Longest query the API accepts: the contract's `SearchQuerySchema` trims `q` and allows 1–100 characters
 * (a test keeps the two equal).
 */
export const MAX_QUERY_LENGTH = 100;

/** Most facet values the contract lists per facet (`SearchResponseSchema`), and the longest value or label. */
export const FACET_CAPS = { audience: 20, department: 500, theme: 500, type: 20 } as const;
const FACET_TEXT = 200;

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
 * Engine options for a contract query: its filters as they are (the index keys departments by credit code,
 * like the contract's filter), facets on, and a window of at least {@link SEARCH_FACT_WINDOW} hits so the
 * service filters (online depth, visits, 通办) apply to the same best matches on both paths.
 */
export function engineOptions(q: SearchQuery): SearchOptions {
  const { audience, theme, type, department } = q;
  return {
    limit: Math.max(q.limit ?? DEFAULT_PAGE_SIZE, SEARCH_FACT_WINDOW),
    facets: true,
    filters: {
      ...(audience === undefined ? {} : { audience }),
      ...(theme === undefined ? {} : { theme }),
      ...(type === undefined ? {} : { type }),
      ...(department === undefined ? {} : { department }),
    },
  };
}

/**
 * One facet as the contract lists it: most frequent first (ties by value), at most `max` values, value and
 * label cut to the contract's 200 characters, the label (a department's name for its credit code) when known.
 */
export function facetList(counts: FacetCounts | undefined, max: number, labels?: ReadonlyMap<string, string>): FacetCount[] {
  return Object.entries(counts ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([value, count]) => {
      const label = labels?.get(value);
      const v = value.slice(0, FACET_TEXT);
      return label === undefined ? { value: v, count } : { value: v, count, label: label.slice(0, FACET_TEXT) };
    });
}

/** An engine hit as a contract hit: score to 4 decimals, highlights copied, why it matched, its facts joined. */
export function contractHit(h: EngineResponse['hits'][number], facts: SearchFactsTable): SearchHit {
  const hit: SearchHit = {
    code: h.code,
    name: h.name,
    department: h.department,
    score: Math.round(h.score * 10000) / 10000,
    highlights: h.highlights.map((x) => ({ field: x.field, start: x.start, end: x.end })),
    matchedBy: h.matchedBy,
  };
  if (h.parentCode !== undefined) hit.parentCode = h.parentCode;
  if (h.event !== undefined) hit.event = h.event.slice(0, 50);
  return withSearchFacts(hit, facts[h.code]);
}

/**
 * The engine's answer (searched with {@link engineOptions}) as the contract's `SearchResponse`: hits with their
 * facts, the service filters applied to the window and the page cut to `limit`, every facet capped and the
 * department facet labelled with the agencies' names.
 */
export function toContractResponse(
  query: string,
  res: EngineResponse,
  q: SearchQuery,
  facts: SearchFactsTable,
  departments?: ReadonlyMap<string, string>,
): SearchResponse {
  const refined = refineSearchHits(res.hits.map((h) => contractHit(h, facts)), q, q.limit ?? DEFAULT_PAGE_SIZE);
  return {
    query,
    items: refined.items,
    total: refined.matched ?? res.total,
    facets: {
      audience: facetList(res.facets?.audience, FACET_CAPS.audience),
      department: facetList(res.facets?.department, FACET_CAPS.department, departments),
      theme: facetList(res.facets?.theme, FACET_CAPS.theme),
      type: facetList(res.facets?.type, FACET_CAPS.type),
      onlineDepth: refined.facets.onlineDepth,
      onSiteVisits: refined.facets.onSiteVisits,
      handleArea: refined.facets.handleArea,
    },
  };
}
