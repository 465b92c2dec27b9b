import {
  isExOfficio, queryIncludesExOfficio, searchFactsTable,
  type Bundle, type Matter, type SearchFactsTable, type SearchQuery, type SearchResponse,
} from '@zwfw/core';
import { buildIndex } from '@zwfw/search/builder';
import { engineOptions, toContractResponse } from '@zwfw/search/contract';
import { loadIndex, type SearchDocument, type SearchIndex } from '@zwfw/search';
import type { Db } from '../db/types.js';
import { etagOf } from '../http/etag.js';
import { catalogueVersion } from '../repo/catalogue-write.js';
import type { SearchIndexArtifact, SearchProvider } from './provider.js';

/** Format tag of the served index document (core's SearchIndexDocument needs one; @zwfw/search ignores it). */
export const SEARCH_INDEX_FORMAT = 'zwfw-search/1';

interface Built {
  version: string;
  /** The matters people apply for (依申请): what search and the served index cover by default. */
  index: SearchIndex;
  /** Every matter, 依职权 ones too (includeExOfficio=true); built on first use. */
  withExOfficio: () => SearchIndex;
  /** Department name by credit code: facet values are codes (what the filter takes), labels are names. */
  departmentNames: ReadonlyMap<string, string>;
  /** 到现场次数, 网办深度, time limits, 通办范围 and 一件事 of each matter (core's search facts). */
  facts: SearchFactsTable;
  artifact: SearchIndexArtifact;
}

// Matters a citizen applies for (依申请) come first; 依职权 matters (penalties, enforcement, inspections, levies)
// are published for transparency but are not what anyone searching a service portal wants to start (they are
// searched only on request, and then ranked last). The catalogue has no usage figures, so the matter type is
// the prior; a deployment with real volumes can feed them.

/** Search prior of a matter, 0..1 (the engine uses it only to break near-ties). */
export function searchPrior(m: Matter): number {
  if (isExOfficio(m.type) || m.state !== 'in_use') return 0.05;
  return 0.5;
}

/**
 * A matter as @zwfw/search indexes it: canonical codes for audience and type, and the agency's credit code as
 * the department id, so every facet value can be sent back as the matching filter of GET /v1/search (the
 * agency name stays searchable and is what hits show).
 */
export function toSearchDocument(m: Matter, bundle?: Bundle): SearchDocument {
  // A 一件事 entry is found by its bundle's everyday words too (开公司 → 企业开办一件事).
  const bundleWords = bundle?.keywords?.filter((k) => k !== m.shortName && !m.keywords.includes(k)) ?? [];
  const doc: SearchDocument = {
    popularity: searchPrior(m),
    code: m.code,
    name: m.name,
    department: m.agency.name,
    departmentId: m.agency.code,
    type: m.type,
    audience: [...m.audience],
    themes: [...m.themes.person, ...m.themes.enterprise],
    keywords: [...(m.shortName ? [m.shortName] : []), ...m.keywords, ...bundleWords],
  };
  if (m.aliases?.length) doc.aliases = [...m.aliases];
  if (m.parentCode !== undefined && m.parentCode !== m.code) doc.parentCode = m.parentCode;
  return doc;
}

/**
 * Search with @zwfw/search. The index is derived data: it is rebuilt when the catalogue version in the
 * database changes, so every replica serves the same index without holding state of its own.
 */
export function engineSearch(db: Db): SearchProvider {
  let current: Promise<Built> | undefined;
  let currentVersion: string | undefined;

  const build = async (version: string): Promise<Built> => {
    const rows = await db.query<{ doc: Matter }>('select doc from matters order by code');
    const bundles = await db.query<{ doc: Bundle }>('select doc from bundles order by id');
    const bundleOf = new Map(bundles.filter((b) => b.doc.matterCode !== undefined).map((b) => [b.doc.matterCode as string, b.doc]));
    const docs = rows.map((r) => toSearchDocument(r.doc, bundleOf.get(r.doc.code)));
    const applied = rows.filter((r) => !isExOfficio(r.doc.type)).map((r) => r.doc);
    const serializedIndex = buildIndex(docs.filter((_, i) => !isExOfficio(rows[i]!.doc.type)));
    const index = loadIndex(serializedIndex);
    let full: SearchIndex | undefined;
    const withExOfficio = (): SearchIndex => (full ??= loadIndex(buildIndex(docs)));
    const facts = searchFactsTable(rows.map((r) => r.doc), bundles.map((r) => r.doc));
    const departmentNames = new Map(rows.map((r) => [r.doc.agency.code, r.doc.agency.name]));
    const appliedDepartments = new Map(applied.map((m) => [m.agency.code, m.agency.name]));
    // The format tag, catalogue version, facts and department names wrap the builder's output (serializeIndex is
    // JSON of the same object); @zwfw/search ignores what it does not know, the SDK joins the facts onto local
    // hits and labels local department facets with the names, as the server does.
    const serialized = JSON.stringify({
      format: SEARCH_INDEX_FORMAT, catalogueVersion: version, ...serializedIndex,
      facts: searchFactsTable(applied, bundles.map((r) => r.doc)), departments: Object.fromEntries(appliedDepartments),
    });
    return { version, index, withExOfficio, departmentNames, facts, artifact: { serialized, etag: etagOf(serialized) } };
  };
  const ready = async (): Promise<Built> => {
    const version = await catalogueVersion(db);
    if (current === undefined || currentVersion !== version) {
      currentVersion = version;
      current = build(version);
      current.catch(() => {
        current = undefined; // a failed build is retried on the next request
      });
    }
    return current;
  };

  return {
    engine: '@zwfw/search',
    async search(q: SearchQuery): Promise<SearchResponse> {
      const built = await ready();
      const { departmentNames, facts } = built;
      const index = queryIncludesExOfficio(q) ? built.withExOfficio() : built.index;
      return toContractResponse(q.q, index.search(q.q, engineOptions(q)), q, facts, departmentNames);
    },
    async indexArtifact(): Promise<SearchIndexArtifact> {
      return (await ready()).artifact;
    },
  };
}
