import type * as z from 'zod/mini';
import { ApplicationInputSchema } from '../schemas/application.js';
import { BundleSchema } from '../schemas/bundle.js';
import {
  ApplicationReceiptSchema, CaseActionInputSchema, CasePageSchema, MaterialSupplyInputSchema, PartnerCaseListQuerySchema,
  ProgressSchema, ServicePointListQuerySchema, ServicePointPageSchema,
} from '../schemas/case.js';
import {
  CaseEvaluationsSchema, EvaluationInputSchema, EvaluationReasonListSchema, EvaluationSchema, RecordedEvaluationInputSchema,
} from '../schemas/evaluation.js';
import { FormSpecSchema } from '../schemas/form-spec.js';
import { MatterSchema } from '../schemas/matter.js';
import { UploadBodySchema, UploadReceiptSchema } from '../schemas/upload.js';
import type { ProblemCode } from '../schemas/problem.js';
import { EvaluationSummaryQuerySchema, EvaluationSummarySchema, RectificationActionInputSchema } from '../schemas/rectification.js';
import {
  BundleListQuerySchema, BundlePageSchema, MatterListQuerySchema, MatterSummaryPageSchema, RegionListQuerySchema,
  RegionPageSchema, SearchIndexDocumentSchema, SearchQuerySchema, SearchResponseSchema,
} from '../schemas/queries.js';
import {
  BundleIdParamsSchema, CaseNumberParamsSchema, EvaluationIdParamsSchema, HealthSchema, MatterCodeParamsSchema, OpenApiDocumentSchema,
  VerifierQuerySchema,
} from './params.js';

/** HTTP methods the contract uses. */
export type HttpMethod = 'get' | 'post';

/** `required`: the call fails without it; `optional`: accepted and used if present; `none`: ignored. */
export type Requirement = 'required' | 'optional' | 'none';

/** One success response of an operation. */
export interface ResponseDef {
  readonly description: string;
  readonly schema: z.ZodMiniType;
}

/** How a read may be cached. `etag`: revalidate with If-None-Match (304); `static`: long-lived CDN artifact. */
export type CachePolicy = 'etag' | 'static' | 'none';

/** Everything the server, the SDK and the OpenAPI generator need to know about one operation. */
export interface OperationDef {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** OpenAPI-style template, e.g. `/v1/matters/{code}`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /**
   * Publishable key (`X-Zwfw-Key` or `Authorization: Bearer`), bound to the partner's allowed origins. The
   * catalogue (matters, guides, forms, bundles, search, regions, reasons) is public information: `none`, and
   * readable from any origin. Only a citizen's case operations need a key.
   */
  readonly publishableKey: Requirement;
  /** Admin token (`Authorization: Bearer`), for the back-office simulator only. */
  readonly adminToken: boolean;
  /**
   * Case proof (mobile tail or access token) in the `X-Zwfw-Verifier` header; the `verifier` query parameter
   * is the deprecated form, accepted for one version.
   */
  readonly verifier: boolean;
  readonly idempotencyKey: Requirement;
  readonly cache: CachePolicy;
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /**
   * How the body travels; `application/json` when absent. A `multipart/form-data` operation is not parsed
   * as JSON: its handler reads the parts, and `body` only describes them (for the OpenAPI document).
   */
  readonly requestMediaType?: 'application/json' | 'multipart/form-data';
  /** Success responses by status. */
  readonly responses: { readonly [status: number]: ResponseDef };
  /** Problem codes the operation can answer with (besides the generic ones every operation may return). */
  readonly errors: readonly ProblemCode[];
}

/** Problems any operation may return (rate limiting, outages, bad keys where keys apply). */
export const COMMON_ERRORS: readonly ProblemCode[] = ['rate_limited', 'internal', 'unavailable'];

// `as const satisfies` keeps every schema's precise type per operation (for typed clients) while checking the shape.
// Each schema is written `X as typeof X`: the declaration file then names the schema instead of restating its
// whole zod structure at every use (181 kB of operations.d.ts became 27 kB, and a consumer's tsc builds
// 10k fewer types). New operations follow the same pattern.
/** The v1 HTTP contract: every operation, keyed by operationId. */
export const operations = {
  listMatters: {
    operationId: 'listMatters', method: 'get', path: '/v1/matters', tags: ['matters'],
    summary: '事项列表 List matters (summaries), filtered and cursor-paginated',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    query: MatterListQuerySchema as typeof MatterListQuerySchema,
    responses: { 200: { description: 'A page of matter summaries', schema: MatterSummaryPageSchema as typeof MatterSummaryPageSchema } },
    errors: ['validation_failed'],
  },
  getMatter: {
    operationId: 'getMatter', method: 'get', path: '/v1/matters/{code}', tags: ['matters'],
    summary: '办事指南 Get the full guide of a matter',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    params: MatterCodeParamsSchema as typeof MatterCodeParamsSchema,
    responses: { 200: { description: 'The matter', schema: MatterSchema as typeof MatterSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  getMatterForm: {
    operationId: 'getMatterForm', method: 'get', path: '/v1/matters/{code}/form', tags: ['matters', 'forms'],
    summary: '智能表单 Get the form spec of a matter',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    params: MatterCodeParamsSchema as typeof MatterCodeParamsSchema,
    responses: { 200: { description: 'The form spec', schema: FormSpecSchema as typeof FormSpecSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  listBundles: {
    operationId: 'listBundles', method: 'get', path: '/v1/bundles', tags: ['bundles'],
    summary: '一件事 List bundles',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    query: BundleListQuerySchema as typeof BundleListQuerySchema,
    responses: { 200: { description: 'A page of bundles', schema: BundlePageSchema as typeof BundlePageSchema } },
    errors: ['validation_failed'],
  },
  getBundle: {
    operationId: 'getBundle', method: 'get', path: '/v1/bundles/{id}', tags: ['bundles'],
    summary: '一件事 Get a bundle',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    params: BundleIdParamsSchema as typeof BundleIdParamsSchema,
    responses: { 200: { description: 'The bundle', schema: BundleSchema as typeof BundleSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  getBundleForm: {
    operationId: 'getBundleForm', method: 'get', path: '/v1/bundles/{id}/form', tags: ['bundles', 'forms'],
    summary: '一张表单 Get the merged form spec of a bundle',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    params: BundleIdParamsSchema as typeof BundleIdParamsSchema,
    responses: { 200: { description: 'The merged form spec', schema: FormSpecSchema as typeof FormSpecSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  searchMatters: {
    operationId: 'searchMatters', method: 'get', path: '/v1/search', tags: ['search'],
    summary: '事项搜索 Search matters (server-side; browsers usually query the index locally)',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    query: SearchQuerySchema as typeof SearchQuerySchema,
    responses: { 200: { description: 'Ranked hits with highlights and facets', schema: SearchResponseSchema as typeof SearchResponseSchema } },
    errors: ['validation_failed'],
  },
  getSearchIndex: {
    operationId: 'getSearchIndex', method: 'get', path: '/v1/search-index', tags: ['search'],
    summary: '搜索索引 Get the static search index (built by @zwfw/search)',
    description: 'A static, CDN-cacheable artifact: the key is optional so the file can be served from a CDN.',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'static',
    responses: { 200: { description: 'The search index document', schema: SearchIndexDocumentSchema as typeof SearchIndexDocumentSchema } },
    errors: [],
  },
  submitApplication: {
    operationId: 'submitApplication', method: 'post', path: '/v1/applications', tags: ['applications'],
    summary: '申报 Submit an application for a matter or a bundle',
    description: 'Idempotent: retrying with the same Idempotency-Key and body returns the original receipt '
      + '(header Idempotent-Replayed: true) for at least 30 days; the same key with a different body is a 409.',
    publishableKey: 'required', adminToken: false, verifier: false, idempotencyKey: 'required', cache: 'none',
    body: ApplicationInputSchema as typeof ApplicationInputSchema,
    responses: { 201: { description: 'The case was created', schema: ApplicationReceiptSchema as typeof ApplicationReceiptSchema } },
    errors: ['unauthorized', 'origin_not_allowed', 'idempotency_key_required', 'idempotency_key_reused',
      'validation_failed', 'not_found', 'payload_too_large', 'unsupported_media_type', 'bad_request',
      'channel_not_allowed', 'agent_not_allowed', 'file_ref_invalid', 'rate_limited'],
  },
  getProgress: {
    operationId: 'getProgress', method: 'get', path: '/v1/applications/{caseNumber}/progress', tags: ['applications'],
    summary: '办件进度 Get the progress of a case',
    publishableKey: 'required', adminToken: false, verifier: true, idempotencyKey: 'none', cache: 'none',
    params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
    query: VerifierQuerySchema as typeof VerifierQuerySchema,
    responses: { 200: { description: 'Case, timeline and deadline', schema: ProgressSchema as typeof ProgressSchema } },
    errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked'],
  },
  submitEvaluation: {
    operationId: 'submitEvaluation', method: 'post', path: '/v1/applications/{caseNumber}/evaluations', tags: ['evaluations'],
    summary: '好差评 Rate a case (one evaluation per case per stage)',
    publishableKey: 'required', adminToken: false, verifier: true, idempotencyKey: 'optional', cache: 'none',
    params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
    query: VerifierQuerySchema as typeof VerifierQuerySchema,
    body: EvaluationInputSchema as typeof EvaluationInputSchema,
    responses: { 201: { description: 'The stored evaluation', schema: EvaluationSchema as typeof EvaluationSchema } },
    errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked',
      'evaluation_exists', 'evaluation_not_open', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request',
      'channel_not_allowed', 'evaluation_closed'],
  },
  getEvaluationReasons: {
    operationId: 'getEvaluationReasons', method: 'get', path: '/v1/evaluation-reasons', tags: ['evaluations'],
    summary: '评价内容 Get the current versioned reason list',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    responses: { 200: { description: 'The reason list', schema: EvaluationReasonListSchema as typeof EvaluationReasonListSchema } },
    errors: [],
  },
  listRegions: {
    operationId: 'listRegions', method: 'get', path: '/v1/regions', tags: ['regions'],
    summary: '行政区划 List regions (children of ?parent=, or provinces)',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    query: RegionListQuerySchema as typeof RegionListQuerySchema,
    responses: { 200: { description: 'A page of regions', schema: RegionPageSchema as typeof RegionPageSchema } },
    errors: ['validation_failed', 'not_found'],
  },
  getOpenApi: {
    operationId: 'getOpenApi', method: 'get', path: '/v1/openapi.json', tags: ['meta'],
    summary: 'The OpenAPI 3.1 document of this contract',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    responses: { 200: { description: 'OpenAPI 3.1 document', schema: OpenApiDocumentSchema as typeof OpenApiDocumentSchema } },
    errors: [],
  },
  getHealth: {
    operationId: 'getHealth', method: 'get', path: '/health', tags: ['meta'],
    summary: 'Liveness and readiness',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'none',
    responses: { 200: { description: 'Healthy', schema: HealthSchema as typeof HealthSchema } },
    errors: [],
  },
  applyCaseAction: {
    operationId: 'applyCaseAction', method: 'post', path: '/v1/admin/cases/{caseNumber}/actions', tags: ['admin'],
    summary: '模拟办理 Move a case through its lifecycle (back-office simulator)',
    publishableKey: 'none', adminToken: true, verifier: false, idempotencyKey: 'optional', cache: 'none',
    params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
    body: CaseActionInputSchema as typeof CaseActionInputSchema,
    responses: { 200: { description: 'The case after the action', schema: ProgressSchema as typeof ProgressSchema } },
    errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'invalid_transition', 'materials_owed',
      'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
  },
  listPartnerCases: {
    operationId: 'listPartnerCases', method: 'get', path: '/v1/partner/cases', tags: ['partners'],
    summary: '帮办代办 List the cases this key\'s partner submitted at its counters (newest first)',
    description: 'Only a key that belongs to a partner may call it, and it sees only that partner\'s cases, each '
      + 'with its assisting agent. Steps of bundle cases are not listed: their parent is.',
    publishableKey: 'required', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'none',
    query: PartnerCaseListQuerySchema as typeof PartnerCaseListQuerySchema,
    responses: { 200: { description: 'A page of the partner\'s cases', schema: CasePageSchema as typeof CasePageSchema } },
    errors: ['unauthorized', 'origin_not_allowed', 'forbidden', 'validation_failed'],
  },
  listServicePoints: {
    operationId: 'listServicePoints', method: 'get', path: '/v1/service-points', tags: ['partners'],
    summary: '合作网点 List partner bank branches: 帮办代办 service points and licence pick-up points',
    description: 'Public: a form offers them for the bank_branch delivery method (by id).',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    query: ServicePointListQuerySchema as typeof ServicePointListQuerySchema,
    responses: { 200: { description: 'A page of service points', schema: ServicePointPageSchema as typeof ServicePointPageSchema } },
    errors: ['validation_failed'],
  },
  listCaseEvaluations: {
    operationId: 'listCaseEvaluations', method: 'get', path: '/v1/applications/{caseNumber}/evaluations', tags: ['evaluations'],
    summary: '好差评 The ratings of a case, each with its 整改 and 回访',
    publishableKey: 'required', adminToken: false, verifier: true, idempotencyKey: 'none', cache: 'none',
    params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
    query: VerifierQuerySchema as typeof VerifierQuerySchema,
    responses: { 200: { description: 'The case\'s ratings, acceptance first', schema: CaseEvaluationsSchema as typeof CaseEvaluationsSchema } },
    errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked'],
  },
  getEvaluationSummary: {
    operationId: 'getEvaluationSummary', method: 'get', path: '/v1/evaluation-summary', tags: ['evaluations'],
    summary: '评价公开 Ratings and 整改 per department (public aggregates, no personal data)',
    description: 'Ratings made from `from` to `to` (China dates, inclusive; default: the 365 days up to today).',
    publishableKey: 'none', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'etag',
    query: EvaluationSummaryQuerySchema as typeof EvaluationSummaryQuerySchema,
    responses: { 200: { description: 'Counts per department', schema: EvaluationSummarySchema as typeof EvaluationSummarySchema } },
    errors: ['validation_failed'],
  },
  recordEvaluation: {
    operationId: 'recordEvaluation', method: 'post', path: '/v1/admin/cases/{caseNumber}/evaluations', tags: ['admin', 'evaluations'],
    summary: '好差评 Record a rating given by phone, SMS or on paper (back office)',
    publishableKey: 'none', adminToken: true, verifier: false, idempotencyKey: 'optional', cache: 'none',
    params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
    body: RecordedEvaluationInputSchema as typeof RecordedEvaluationInputSchema,
    responses: { 201: { description: 'The stored evaluation', schema: EvaluationSchema as typeof EvaluationSchema } },
    errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'channel_not_allowed', 'evaluation_exists',
      'evaluation_not_open', 'evaluation_closed', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
  },
  applyRectificationAction: {
    operationId: 'applyRectificationAction', method: 'post', path: '/v1/admin/evaluations/{evaluationId}/rectification', tags: ['admin', 'evaluations'],
    summary: '差评整改 Record 整改 done, then the 回访 (back-office simulator)',
    publishableKey: 'none', adminToken: true, verifier: false, idempotencyKey: 'optional', cache: 'none',
    params: EvaluationIdParamsSchema as typeof EvaluationIdParamsSchema,
    body: RectificationActionInputSchema as typeof RectificationActionInputSchema,
    responses: { 200: { description: 'The evaluation with its rectification', schema: EvaluationSchema as typeof EvaluationSchema } },
    errors: ['unauthorized', 'forbidden', 'validation_failed', 'not_found', 'rectification_exists', 'invalid_transition',
      'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
  },
  createUpload: {
    operationId: 'createUpload', method: 'post', path: '/v1/uploads', tags: ['applications'],
    summary: '材料上传 Upload one file for a material of a form, before submitting the application',
    description: 'multipart/form-data: the text parts formId, materialId (and matterCode for a bundle form), then '
      + 'exactly one part `file`. The type is sniffed from the bytes and must be one the material accepts; the '
      + 'size is bounded by the material and the server. The returned fileRef is usable only with the same '
      + 'publishable key and expires unless an application cites it first. Idempotency-Key optional: a retry '
      + 'with the same key and the same bytes returns the same receipt.',
    publishableKey: 'required', adminToken: false, verifier: false, idempotencyKey: 'optional', cache: 'none',
    body: UploadBodySchema as typeof UploadBodySchema,
    requestMediaType: 'multipart/form-data',
    responses: { 201: { description: 'The file was stored', schema: UploadReceiptSchema as typeof UploadReceiptSchema } },
    errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'upload_too_large', 'upload_type_not_allowed',
      'upload_quota_exceeded', 'idempotency_key_required', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
  },
  supplyMaterial: {
    operationId: 'supplyMaterial', method: 'post', path: '/v1/applications/{caseNumber}/materials', tags: ['applications'],
    summary: '容缺补齐 Supply a material owed under 容缺 (files uploaded with POST /v1/uploads)',
    description: 'For a bundle case, the material is supplied to every step that owes it. Retrying with the same '
      + 'Idempotency-Key returns the first answer.',
    publishableKey: 'required', adminToken: false, verifier: true, idempotencyKey: 'optional', cache: 'none',
    params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
    query: VerifierQuerySchema as typeof VerifierQuerySchema,
    body: MaterialSupplyInputSchema as typeof MaterialSupplyInputSchema,
    responses: { 200: { description: 'The case after the supply', schema: ProgressSchema as typeof ProgressSchema } },
    errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found', 'case_locked', 'file_ref_invalid',
      'invalid_transition', 'idempotency_key_reused', 'unsupported_media_type', 'bad_request'],
  },
  getPartnerCase: {
    operationId: 'getPartnerCase', method: 'get', path: '/v1/partner/cases/{caseNumber}', tags: ['partners'],
    summary: '帮办代办 The progress of one case this key\'s partner submitted, per department step',
    description: 'The same document as getProgress (personal data masked, the agent shown), without the applicant\'s '
      + 'verifier: the partner helped submit it. A case of another partner (or of none), and any case asked with a '
      + 'key of no partner, answers exactly as an unknown case number does (404 not_found): no answer tells whether it exists.',
    publishableKey: 'required', adminToken: false, verifier: false, idempotencyKey: 'none', cache: 'none',
    params: CaseNumberParamsSchema as typeof CaseNumberParamsSchema,
    responses: { 200: { description: 'Case, timeline, department steps and deadline', schema: ProgressSchema as typeof ProgressSchema } },
    errors: ['unauthorized', 'origin_not_allowed', 'validation_failed', 'not_found'],
  },
} as const satisfies Record<string, OperationDef>;

/** The contract's operations, keyed by operationId. */
export type Operations = typeof operations;
/** Union of every operationId. */
export type OperationId = keyof Operations;

/** Every operation, in contract order (for servers registering routes and generators iterating). */
export const operationList: readonly (OperationDef & { readonly operationId: OperationId })[] =
  Object.values(operations) as (OperationDef & { readonly operationId: OperationId })[];

/** Every operationId, in contract order. */
export const OPERATION_IDS = Object.keys(operations) as readonly OperationId[];
