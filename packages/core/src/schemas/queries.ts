import * as z from 'zod/mini';
import { AudienceSchema, HandleAreaSchema, MatterTypeSchema, OnlineDepthSchema, UseLevelSchema, isExOfficio, type MatterType } from './matter-enums.js';
import { MatterSummarySchema } from './matter.js';
import { storableString } from './storable.js';
import { BooleanParamSchema, CursorSchema, LimitParamSchema, pageSchema } from './pagination.js';
import { BundleSchema } from './bundle.js';
import { RegionSchema } from './region.js';
import { CreditCodeFormatSchema, IdSchema, MatterCodeSchema, RegionCodeSchema, TimeLimitSchema, textSchema } from './primitives.js';

// Query schemas are inputs: strict, so `?audiance=` is a 422 instead of an unfiltered list.

/** GET /v1/matters query. */
export const MatterListQuerySchema = z.strictObject({
  audience: z.optional(AudienceSchema),
  /** 实施主体 credit code. */
  department: z.optional(CreditCodeFormatSchema),
  theme: z.optional(textSchema(50)),
  type: z.optional(MatterTypeSchema),
  level: z.optional(UseLevelSchema),
  online: z.optional(BooleanParamSchema),
  /** Maximum 到现场次数 (0 = 零跑动 only). */
  onSiteVisits: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(10))),
  handleArea: z.optional(HandleAreaSchema),
  /** Matters of a region (实施主体所在区划). */
  region: z.optional(RegionCodeSchema),
  /** List 依职权 matters (处罚, 检查, 强制, 征收) too; they are left out unless asked or named by `type`. */
  includeExOfficio: z.optional(BooleanParamSchema),
  cursor: z.optional(CursorSchema),
  limit: z.optional(LimitParamSchema),
});
/** GET /v1/matters query (parsed). */
export type MatterListQuery = z.infer<typeof MatterListQuerySchema>;
/** GET /v1/matters query as sent (strings, before coercion). */
export type MatterListQueryInput = z.input<typeof MatterListQuerySchema>;

/** GET /v1/matters response. */
export const MatterSummaryPageSchema = pageSchema(MatterSummarySchema);
/** GET /v1/matters response. */
export type MatterSummaryPage = z.infer<typeof MatterSummaryPageSchema>;

/** GET /v1/bundles query. */
export const BundleListQuerySchema = z.strictObject({
  audience: z.optional(AudienceSchema),
  cursor: z.optional(CursorSchema),
  limit: z.optional(LimitParamSchema),
});
/** GET /v1/bundles query. */
export type BundleListQuery = z.infer<typeof BundleListQuerySchema>;

/** GET /v1/bundles response. */
export const BundlePageSchema = pageSchema(BundleSchema);
/** GET /v1/bundles response. */
export type BundlePage = z.infer<typeof BundlePageSchema>;

/** GET /v1/regions query: children of `parent`, or the provinces when absent. */
export const RegionListQuerySchema = z.strictObject({
  parent: z.optional(RegionCodeSchema),
  cursor: z.optional(CursorSchema),
  limit: z.optional(LimitParamSchema),
});
/** GET /v1/regions query. */
export type RegionListQuery = z.infer<typeof RegionListQuerySchema>;

/** GET /v1/regions response. */
export const RegionPageSchema = pageSchema(RegionSchema);
/** GET /v1/regions response. */
export type RegionPage = z.infer<typeof RegionPageSchema>;

/** GET /v1/search query. */
export const SearchQuerySchema = z.strictObject({
  q: storableString().check(z.trim(), z.minLength(1), z.maxLength(100)),
  audience: z.optional(AudienceSchema),
  department: z.optional(CreditCodeFormatSchema),
  theme: z.optional(textSchema(50)),
  type: z.optional(MatterTypeSchema),
  /** 网上办理深度 (IV = 全程网办). */
  onlineDepth: z.optional(OnlineDepthSchema),
  /** Maximum 到现场次数 (0 = 零跑动 only), as on GET /v1/matters. */
  onSiteVisits: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(10))),
  /** 通办范围. */
  handleArea: z.optional(HandleAreaSchema),
  /** Search 依职权 matters too, as on GET /v1/matters (the downloadable index never holds them). */
  includeExOfficio: z.optional(BooleanParamSchema),
  limit: z.optional(LimitParamSchema),
});
/** GET /v1/search query. */

/**
 * Whether a list or search query covers 依职权 matters: when it opts in, or when its `type` filter names an
 * 依职权 type (asking for 行政处罚 and getting nothing would only puzzle).
 */
export function queryIncludesExOfficio(q: { readonly includeExOfficio?: 'true' | 'false' | undefined; readonly type?: MatterType | undefined }): boolean {
  return q.includeExOfficio === 'true' || (q.type !== undefined && isExOfficio(q.type));
}
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** A highlighted span: UTF-16 offsets [start, end) into the named field's text. */
export const HighlightSchema = z.object({
  field: z.enum(['name', 'department', 'keywords', 'shortName']),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
});
/** A highlighted span. */
export type Highlight = z.infer<typeof HighlightSchema>;

/** The field of a search hit that matched best (the fields of the @zwfw/search index). */
export const SearchMatchedBySchema = z.enum(['name', 'keywords', 'intent', 'themes', 'department', 'alias', 'event']);
/** Why a search hit matched. */
export type SearchMatchedBy = z.infer<typeof SearchMatchedBySchema>;

/** One search hit. */
export const SearchHitSchema = z.object({
  code: MatterCodeSchema,
  name: textSchema(1000),
  department: textSchema(200),
  score: z.number(),
  highlights: z.array(HighlightSchema).check(z.maxLength(100)),
  /** The 主项 of a 子项 / 业务办理项, so a list can group or badge sub-items. */
  parentCode: z.optional(MatterCodeSchema),
  /**
   * Why the hit matched: the field that matched best (`alias`: a 俗称, a street name or a grievance's everyday words; `event`: a life event the query
   * describes, named in `event`). Absent from older servers.
   */
  matchedBy: z.optional(SearchMatchedBySchema),
  /** With `matchedBy: 'event'`: the life event recognised in the query (生育, 退休 …), to show as a hint. */
  event: z.optional(textSchema(50)),
  /** Set when the hit is a 一件事: the bundle to start (GET /v1/bundles/{id}). */
  bundleId: z.optional(IdSchema),
  /** 到现场次数 (0 = 零跑动). */
  onSiteVisits: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(10))),
  /** 网上办理深度. */
  onlineDepth: z.optional(OnlineDepthSchema),
  /** 承诺办结时限. */
  promisedTimeLimit: z.optional(TimeLimitSchema),
  /** 法定办结时限. */
  legalTimeLimit: z.optional(TimeLimitSchema),
  /** 通办范围. */
  handleArea: z.optional(HandleAreaSchema),
});
/** One search hit. */
export type SearchHit = z.infer<typeof SearchHitSchema>;

/**
 * One facet bucket. `value` is what the matching filter takes (a department's credit code, a canonical enum
 * value); `label` is what to show when the value is an identifier (the department's name).
 */
export const FacetCountSchema = z.object({
  value: z.string().check(z.maxLength(200)),
  count: z.number().check(z.int(), z.nonnegative()),
  label: z.optional(z.string().check(z.maxLength(200))),
});
/** One facet bucket. */
export type FacetCount = z.infer<typeof FacetCountSchema>;

/** GET /v1/search response. */
export const SearchResponseSchema = z.object({
  query: z.string().check(z.maxLength(100)),
  items: z.array(SearchHitSchema).check(z.maxLength(100)),
  total: z.optional(z.number().check(z.int(), z.nonnegative())),
  facets: z.object({
    audience: z.array(FacetCountSchema).check(z.maxLength(20)),
    department: z.array(FacetCountSchema).check(z.maxLength(500)),
    theme: z.array(FacetCountSchema).check(z.maxLength(500)),
    type: z.array(FacetCountSchema).check(z.maxLength(20)),
    /**
     * Service facets (online depth, on-site visits as '0'…'10', 通办 scope). Counted over the best matches the
     * filter step examines (see `SEARCH_FACT_WINDOW`), not the whole catalogue; absent from older servers.
     */
    onlineDepth: z.optional(z.array(FacetCountSchema).check(z.maxLength(10))),
    onSiteVisits: z.optional(z.array(FacetCountSchema).check(z.maxLength(11))),
    handleArea: z.optional(z.array(FacetCountSchema).check(z.maxLength(10))),
  }),
});
/** GET /v1/search response. */
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

/**
 * GET /v1/search-index response: the static index built by @zwfw/search. Its inner format is owned and
 * validated by that package (core imports nothing of ours), so here it is only a JSON object.
 */
export const SearchIndexDocumentSchema = z.looseObject({});
/** GET /v1/search-index response (opaque to core). */
export type SearchIndexDocument = z.infer<typeof SearchIndexDocumentSchema>;
