/**
 * Public data shapes of @zwfw/search: the documents you index, the serialised index, and search results.
 */

/** One matter (or sub-item) to index. Plain data, so any catalogue can be indexed. */
export interface SearchDocument {
  /** Unique matter code, returned in results. */
  code: string;
  /** Official matter name, the most heavily weighted field and the one highlighted. */
  name: string;
  /** Implementing department / agency. Searchable (low weight) and, unless `departmentId` is given, a facet. */
  department: string;
  /**
   * Stable identifier of the department (e.g. its unified social credit code). When given, the department
   * facet counts and the department filter matches this value instead of the name, so two agencies with the
   * same name stay apart and facet values can be fed back as filters by id.
   */
  departmentId?: string;
  /** Matter type (行政许可, 公共服务 …): a filter and a facet, not searched. */
  type?: string;
  /** Audiences (自然人, 法人 …): a filter and a facet, not searched. */
  audience?: string[];
  /** Themes (生育收养, 开办企业 …): searched with low weight, a filter and a facet. */
  themes?: string[];
  /** Extra search keywords, weighted below the name. */
  keywords?: string[];
  /** Plain-language names (俗称: 房产证 for 不动产权证书), weighted just below the name; a hit found by one says `matchedBy: 'alias'`. */
  aliases?: string[];
  /** Code of the main matter this is a sub-item (子项/办理项) of. */
  parentCode?: string;
  /** Relative popularity, 0..1; breaks near-ties towards frequently used matters. */
  popularity?: number;
}

/**
 * Index fields, in posting order (a hit's `matchedBy` is one of them): name ≫ alias > event > keywords > intent >
 * themes > department. `alias` holds the document's 俗称, the dictionary's street names of its documents and
 * agencies, and the everyday words of the grievances its channel handles; `event` the everyday descriptions of the life events (生育, 退休 …) that trigger it.
 */
export const FIELDS = ['name', 'keywords', 'intent', 'themes', 'department', 'alias', 'event'] as const;
/** A searchable field name. */
export type FieldName = (typeof FIELDS)[number];

/**
 * The serialised index: plain JSON, produced by the builder and read by {@link loadIndex}. Strings appear once
 * in `terms`; documents refer to them by position. Only character data the page needs is shipped: a map from
 * pinyin syllables to the characters read that way (the index's characters plus common ones, for homophone
 * typos), a traditional → simplified single-character map, and the query stopwords.
 */
export interface SerializedIndex {
  /** Format version; {@link loadIndex} rejects other versions. */
  v: 3;
  /** Every distinct string (names, keywords, intent words, themes, departments, types, audiences). */
  terms: string[];
  /** Matter codes, one per document; document `i` is position `i` in every per-document array. */
  code: string[];
  /** Term id of each document's name. */
  name: number[];
  /** Term id of each document's department. */
  dept: number[];
  /** Term id of each document's `departmentId` (-1 when it has none); absent when no document has one. */
  deptId?: number[];
  /** Term id of each document's type, or -1. */
  type: number[];
  /** Term ids of audiences and of themes, per document. */
  aud: number[][];
  themes: number[][];
  /**
   * Term ids of keywords and intent words, per document, gap-coded: in ascending order, each written as its gap from
   * the one before, the first as is (`toGaps` of the builder). So are `al`, `ev` and `evb`. The gaps of words added
   * together are small and repeat, and the 1k index takes 115 kB instead of 150 kB with the ids written out.
   */
  kw: number[][];
  intent: number[][];
  /** Aliases (the document's own and the dictionary's street names), gap-coded, per document; absent when none. */
  al?: number[][];
  /** The descriptions of the life events that trigger each document, gap-coded; absent when none. */
  ev?: number[][];
  /** The same for the documents that are an event's 一件事 bundle (ranked before the matters it triggers). */
  evb?: number[][];
  /**
   * The life events' labels (the hint of a hit found by a life event): per event, its label's term id, then the
   * term ids of its descriptions in ascending order, each written as the gap from the one before (the first as
   * is). Grouped and gap-coded, the map takes 1.6 kB of a 1k index where `{description: label}` took 7.4 kB.
   */
  evl?: number[][];
  /** Index of the parent document, -1 for a main item, or the parent's code when it is not in the index. */
  parent: (number | string)[];
  /** Popularity scaled to 0..100. */
  pop: number[];
  /** Pinyin: `syllable:chars` groups joined by `|`, e.g. `gong:公工功|ji:积基机`. A character may be in several. */
  py: string;
  /** Traditional → simplified: consecutive pairs (source, target). */
  t2s: string;
  /** Query filler words (already normalised), down-weighted at query time. */
  stop: string[];
}

/**
 * Filters: a document passes when, for every given facet, it has one of the given values. An empty list is no
 * filter. `department` matches a document's `departmentId` when it has one, else its department name.
 */
export interface SearchFilters {
  audience?: string | readonly string[];
  department?: string | readonly string[];
  theme?: string | readonly string[];
  type?: string | readonly string[];
}

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /**
   * Maximum results returned: a finite number is floored and clamped to 0..100; anything else (undefined,
   * NaN, Infinity, not a number) means the default, 10.
   */
  limit?: number;
  /** Restrict results to documents matching all given facets. */
  filters?: SearchFilters;
  /**
   * Also count facet values over the matching documents. Disjunctive: each facet is counted with every
   * filter applied except its own, so the counts say how many results choosing another value would give.
   */
  facets?: boolean;
  /**
   * Show each distinct matter name once before repeating it (default true): a provincial catalogue lists the
   * same matter for every county agency. Set false for a strict score order.
   */
  diversify?: boolean;
}

/** A highlighted span `[start, end)` in UTF-16 offsets of the original field text. */
export interface Highlight {
  field: 'name';
  start: number;
  end: number;
}

/** One search result. */
export interface SearchHit {
  code: string;
  name: string;
  department: string;
  /** Relevance, higher is better; comparable within one query only. */
  score: number;
  /** Matched spans in the name, merged and sorted. */
  highlights: Highlight[];
  /** Present on sub-items: the main matter's code. */
  parentCode?: string;
  /** The field that matched best: why this hit is here (`event`: a life event the query describes). */
  matchedBy: FieldName;
  /** With `matchedBy: 'event'`: the life event recognised in the query (生育, 退休 …), to show as a hint. */
  event?: string;
}

/** Facet value → number of matching documents. */
export type FacetCounts = Record<string, number>;

/** What {@link SearchIndex.search} returns. */
export interface SearchResponse {
  /** The best `limit` hits, best first. */
  hits: SearchHit[];
  /** Number of matching documents (before `limit`). */
  total: number;
  /**
   * Facet counts when `facets: true`: each facet over the documents the query matches with every filter but
   * that facet's own (without filters, all facets count the `total` matching documents).
   */
  facets?: {
    audience: FacetCounts;
    department: FacetCounts;
    theme: FacetCounts;
    type: FacetCounts;
  };
}
