import type { Bundle, HandleArea, MatterSummary, OnlineDepth, SearchHit, TimeLimit } from '@zwfw/core';
import type { HighlightSpan } from './highlight.js';
import { isSafeLink } from '@zwfw/core';

/** One option of the list: a matter (search hit or catalogue summary) or a 一件事 bundle. */
export interface SearchRow {
  /** Unique within one list (`m:` + matter code, `b:` + bundle id). */
  readonly key: string;
  readonly kind: 'matter' | 'bundle';
  /** Matter code, or the bundle id. */
  readonly code: string;
  readonly name: string;
  readonly highlights: readonly HighlightSpan[];
  /** 实施部门, when the source names one. */
  readonly department?: string;
  /** Number of matters a bundle runs. */
  readonly steps?: number;
  /** 到现场次数 (0 = 零跑动). */
  readonly visits?: number;
  /** 承诺办结时限. */
  readonly promised?: TimeLimit;
  /** 法定办结时限 (search hits only: summaries and bundles do not carry it). */
  readonly legal?: TimeLimit;
  /** 网上办理深度. */
  readonly onlineDepth?: OnlineDepth;
  /** 通办范围. */
  readonly handleArea?: HandleArea;
  /** The empty state's group: bundles first, then common matters. */
  readonly group?: 'bundles' | 'popular';
  /** Why a search hit is here, when the words typed are not in its name: a life event, or everyday wording (a 俗称, a street name, a grievance). */
  readonly reason?: { readonly kind: 'event'; readonly event: string } | { readonly kind: 'alias' };
}

/** A bundle as a row (the empty state lists them). */
export function bundleRow(bundle: Bundle, group?: SearchRow['group']): SearchRow {
  return {
    key: `b:${bundle.id}`,
    kind: 'bundle',
    code: bundle.id,
    name: bundle.name,
    highlights: [],
    steps: bundle.steps.length,
    ...(bundle.onSiteVisits === undefined ? {} : { visits: bundle.onSiteVisits }),
    ...(bundle.promisedTimeLimit === undefined ? {} : { promised: bundle.promisedTimeLimit }),
    ...(group === undefined ? {} : { group }),
  };
}

/**
 * A search hit as a row, with the facts the hit carries (到现场次数, 承诺/法定时限, 网办深度, 通办范围). A hit
 * on a 一件事 entry of the matter list carries `bundleId`: it is offered as that bundle.
 */
export function hitRow(hit: SearchHit): SearchRow {
  return {
    key: hit.bundleId === undefined ? `m:${hit.code}` : `b:${hit.bundleId}`,
    kind: hit.bundleId === undefined ? 'matter' : 'bundle',
    code: hit.bundleId ?? hit.code,
    name: hit.name,
    department: hit.department,
    highlights: hit.highlights,
    ...(hit.onSiteVisits === undefined ? {} : { visits: hit.onSiteVisits }),
    ...(hit.promisedTimeLimit === undefined ? {} : { promised: hit.promisedTimeLimit }),
    ...(hit.legalTimeLimit === undefined ? {} : { legal: hit.legalTimeLimit }),
    ...(hit.onlineDepth === undefined ? {} : { onlineDepth: hit.onlineDepth }),
    ...(hit.handleArea === undefined ? {} : { handleArea: hit.handleArea }),
    ...(hit.matchedBy === 'event' && hit.event ? { reason: { kind: 'event' as const, event: hit.event } } : {}),
    ...(hit.matchedBy === 'alias' ? { reason: { kind: 'alias' as const } } : {}),
  };
}

/** The rows of a search, in rank order (a bundle the index returns twice is listed once). */
export function resultRows(hits: readonly SearchHit[]): SearchRow[] {
  const seen = new Set<string>();
  const rows: SearchRow[] = [];
  for (const hit of hits) {
    const row = hitRow(hit);
    if (seen.has(row.key)) continue;
    seen.add(row.key);
    rows.push(row);
  }
  return rows;
}

/** A catalogue summary as a row (the empty state), with the badges a summary can back. */
export function summaryRow(m: MatterSummary, group?: SearchRow['group']): SearchRow {
  return {
    key: `m:${m.code}`,
    kind: 'matter',
    code: m.code,
    name: m.name,
    department: m.department,
    highlights: [],
    visits: m.onSiteVisits,
    promised: m.promisedTimeLimit,
    ...(m.onlineDepth === undefined ? {} : { onlineDepth: m.onlineDepth }),
    ...(m.handleArea === undefined ? {} : { handleArea: m.handleArea }),
    ...(group === undefined ? {} : { group }),
  };
}

/**
 * The URL a chosen row leads to: `{code}` (URL-encoded) and `{kind}` replaced in the template. Only `https:`
 * URLs and root-relative paths (`/guide.html?code=…`, not `//host`), by core's link rule; anything else gives
 * `undefined`.
 */
export function rowHref(template: string, row: Pick<SearchRow, 'code' | 'kind'>): string | undefined {
  const href = template.replace(/\{code\}/g, encodeURIComponent(row.code)).replace(/\{kind\}/g, row.kind);
  return isSafeLink(href) ? href : undefined;
}
