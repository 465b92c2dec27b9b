import * as z from 'zod/mini';
import type { Bundle } from '../schemas/bundle.js';
import { HandleAreaSchema, OnlineDepthSchema, type HandleArea, type OnlineDepth } from '../schemas/matter-enums.js';
import type { Matter } from '../schemas/matter.js';
import { IdSchema, TimeLimitSchema, type TimeLimit } from '../schemas/primitives.js';
import type { FacetCount, SearchHit, SearchQuery } from '../schemas/queries.js';

// What a search row shows at a glance (到现场次数, 网办深度, 承诺/法定时限, 通办范围, 一件事) is not what the search
// engine ranks on, so it travels beside the engine's data: the server puts a facts table into the search index
// document and into its own hits, and the SDK joins the same table onto local hits. Both filter and count the
// service facets here, so local and server search answer alike.

/** Compact facts of one matter, as the index document carries them (short keys: 1,000s of rows). */
export interface SearchFacts {
  /** 到现场次数. */
  v?: number;
  /** 网上办理深度. */
  d?: OnlineDepth;
  /** 承诺办结时限. */
  p?: TimeLimit;
  /** 法定办结时限. */
  l?: TimeLimit;
  /** 通办范围. */
  a?: HandleArea;
  /** The 一件事 bundle this matter delivers. */
  b?: string;
}

/** Schema of one row of the facts table. */
export const SearchFactsSchema = z.object({
  v: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(10))),
  d: z.optional(OnlineDepthSchema),
  p: z.optional(TimeLimitSchema),
  l: z.optional(TimeLimitSchema),
  a: z.optional(HandleAreaSchema),
  b: z.optional(IdSchema),
});

/**
 * Reads the facts table of a downloaded index document. The table only decorates hits, so a malformed row is
 * dropped (its hits show no badges) rather than failing the whole index.
 */
export function readSearchFacts(value: unknown): SearchFactsTable {
  const table: Record<string, SearchFacts> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return table;
  for (const [code, row] of Object.entries(value)) {
    const parsed = SearchFactsSchema.safeParse(row);
    if (parsed.success) table[code] = parsed.data as SearchFacts;
  }
  return table;
}

/**
 * Reads the department-name table of a downloaded index document (credit code → name), keeping only string
 * pairs of sane length, so local department facets carry the same labels as the server's.
 */
export function readDepartmentNames(value: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return names;
  for (const [code, name] of Object.entries(value)) {
    if (typeof name === 'string' && name !== '' && code.length <= 200) names.set(code, name.slice(0, 200));
  }
  return names;
}

/** Matter code → facts, under `facts` in the search index document. */
export type SearchFactsTable = Readonly<Record<string, SearchFacts>>;

/**
 * How many of the best matches the service filters and facets look at: the engine ranks and filters on text,
 * audience, department, theme and type over the whole catalogue; online depth, visits and 通办 scope are applied
 * to its best {@link SEARCH_FACT_WINDOW} answers.
 */
export const SEARCH_FACT_WINDOW = 100;

const limitOf = (t: TimeLimit): TimeLimit => ({ value: t.value, unit: t.unit });

/** The facts of a matter (and the bundle it delivers, if any). */
export function searchFactsOf(matter: Matter, bundleId?: string): SearchFacts {
  const facts: SearchFacts = { v: matter.onSiteVisits, p: limitOf(matter.promisedTimeLimit), l: limitOf(matter.legalTimeLimit) };
  if (matter.online.depth !== undefined) facts.d = matter.online.depth;
  if (matter.handleArea !== undefined) facts.a = matter.handleArea;
  if (bundleId !== undefined) facts.b = bundleId;
  return facts;
}

/** The facts table of a catalogue. */
export function searchFactsTable(matters: readonly Matter[], bundles: readonly Bundle[]): Record<string, SearchFacts> {
  const bundleByMatter = new Map(bundles.filter((b) => b.matterCode !== undefined).map((b) => [b.matterCode as string, b.id]));
  const table: Record<string, SearchFacts> = {};
  for (const m of matters) table[m.code] = searchFactsOf(m, bundleByMatter.get(m.code));
  return table;
}

/** A hit with its facts spelled out in the contract's field names. */
export function withSearchFacts(hit: SearchHit, facts: SearchFacts | undefined): SearchHit {
  if (!facts) return hit;
  const out: SearchHit = { ...hit };
  if (facts.v !== undefined) out.onSiteVisits = facts.v;
  if (facts.d !== undefined) out.onlineDepth = facts.d;
  if (facts.p !== undefined) out.promisedTimeLimit = facts.p;
  if (facts.l !== undefined) out.legalTimeLimit = facts.l;
  if (facts.a !== undefined) out.handleArea = facts.a;
  if (facts.b !== undefined) out.bundleId = facts.b;
  return out;
}

type ServiceFilters = Pick<SearchQuery, 'onlineDepth' | 'onSiteVisits' | 'handleArea'>;
type ServiceFacet = keyof ServiceFilters;

const valueOf = (hit: SearchHit, facet: ServiceFacet): string | undefined => {
  const v = hit[facet];
  return v === undefined ? undefined : String(v);
};

function passes(hit: SearchHit, q: ServiceFilters, except?: ServiceFacet): boolean {
  if (except !== 'onlineDepth' && q.onlineDepth !== undefined && hit.onlineDepth !== q.onlineDepth) return false;
  if (except !== 'onSiteVisits' && q.onSiteVisits !== undefined && (hit.onSiteVisits === undefined || hit.onSiteVisits > q.onSiteVisits)) return false;
  if (except !== 'handleArea' && q.handleArea !== undefined && hit.handleArea !== q.handleArea) return false;
  return true;
}

function count(hits: readonly SearchHit[], q: ServiceFilters, facet: ServiceFacet): FacetCount[] {
  const counts = new Map<string, number>();
  for (const hit of hits) {
    const value = valueOf(hit, facet);
    // Disjunctive, like the engine's facets: each facet is counted with the other filters only.
    if (value !== undefined && passes(hit, q, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, n]) => ({ value, count: n }));
}

/**
 * Applies the service filters to the engine's best hits (already carrying their facts), keeps `limit`, and
 * counts the service facets over the same window. `matched` is how many hits of the window pass, when a
 * service filter is set (use it as the total then).
 */
export function refineSearchHits(
  hits: readonly SearchHit[],
  q: ServiceFilters,
  limit: number,
): { items: SearchHit[]; matched: number | undefined; facets: { onlineDepth: FacetCount[]; onSiteVisits: FacetCount[]; handleArea: FacetCount[] } } {
  const kept = hits.filter((h) => passes(h, q));
  const filtered = q.onlineDepth !== undefined || q.onSiteVisits !== undefined || q.handleArea !== undefined;
  return {
    items: kept.slice(0, limit),
    // With a service filter the engine's total no longer holds; the window's count is what is known.
    matched: filtered ? kept.length : undefined,
    facets: { onlineDepth: count(hits, q, 'onlineDepth'), onSiteVisits: count(hits, q, 'onSiteVisits'), handleArea: count(hits, q, 'handleArea') },
  };
}
