import type * as z from 'zod/mini';
import type { ProblemCode } from '../schemas/problem.js';

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

/**
 * The part of an operation a client needs to call it: method, path, what the request must carry, the cache
 * policy and the success response's schema. Each operation module exports it apart (`getMatterCall`) and
 * spreads it into the full definition, so a client loads neither the documentation (summaries, descriptions,
 * tags, problem lists) nor the request schemas it never runs (the server validates requests).
 */
export type OperationCall = Pick<OperationDef, 'operationId' | 'method' | 'path' | 'publishableKey' | 'verifier' | 'idempotencyKey' | 'cache' | 'responses'>;

/** Problems any operation may return (rate limiting, outages, bad keys where keys apply). */
export const COMMON_ERRORS: readonly ProblemCode[] = ['rate_limited', 'internal', 'unavailable'];

// Each operation is a constant in its own module under ./operations/, so a client calling two operations
// imports those two definitions and their schemas alone (bundlers split by module: the SDK loads each on first
// use). `operations` assembles them for the server and the OpenAPI generator. A new operation: its route in
// ./routes.ts, a module there (its `…Call` = defineCall(route, responses), joined by defineOperation into its
// `…Operation`), its import here, a line at the END of `operations`.
// Each schema is written `X as typeof X`: the declaration file then names the schema instead of restating its
// whole zod structure at every use (181 kB of operations.d.ts became 27 kB, and a consumer's tsc builds 10k
// fewer types). New operations follow the same pattern.
import { listMattersCall, listMattersOperation } from './operations/list-matters.js';
import { getMatterCall, getMatterOperation } from './operations/get-matter.js';
import { getMatterFormCall, getMatterFormOperation } from './operations/get-matter-form.js';
import { listBundlesCall, listBundlesOperation } from './operations/list-bundles.js';
import { getBundleCall, getBundleOperation } from './operations/get-bundle.js';
import { getBundleFormCall, getBundleFormOperation } from './operations/get-bundle-form.js';
import { searchMattersCall, searchMattersOperation } from './operations/search-matters.js';
import { getSearchIndexCall, getSearchIndexOperation } from './operations/get-search-index.js';
import { submitApplicationCall, submitApplicationOperation } from './operations/submit-application.js';
import { getProgressCall, getProgressOperation } from './operations/get-progress.js';
import { submitEvaluationCall, submitEvaluationOperation } from './operations/submit-evaluation.js';
import { getEvaluationReasonsCall, getEvaluationReasonsOperation } from './operations/get-evaluation-reasons.js';
import { listRegionsCall, listRegionsOperation } from './operations/list-regions.js';
import { getOpenApiCall, getOpenApiOperation } from './operations/get-open-api.js';
import { getHealthCall, getHealthOperation } from './operations/get-health.js';
import { applyCaseActionCall, applyCaseActionOperation } from './operations/apply-case-action.js';
import { listPartnerCasesCall, listPartnerCasesOperation } from './operations/list-partner-cases.js';
import { listServicePointsCall, listServicePointsOperation } from './operations/list-service-points.js';
import { listCaseEvaluationsCall, listCaseEvaluationsOperation } from './operations/list-case-evaluations.js';
import { getEvaluationSummaryCall, getEvaluationSummaryOperation } from './operations/get-evaluation-summary.js';
import { recordEvaluationCall, recordEvaluationOperation } from './operations/record-evaluation.js';
import { applyRectificationActionCall, applyRectificationActionOperation } from './operations/apply-rectification-action.js';
import { createUploadCall, createUploadOperation } from './operations/create-upload.js';
import { supplyMaterialCall, supplyMaterialOperation } from './operations/supply-material.js';
import { getPartnerCaseCall, getPartnerCaseOperation } from './operations/get-partner-case.js';

export { listMattersCall, listMattersOperation, getMatterCall, getMatterOperation, getMatterFormCall,
  getMatterFormOperation, listBundlesCall, listBundlesOperation, getBundleCall, getBundleOperation, getBundleFormCall,
  getBundleFormOperation, searchMattersCall, searchMattersOperation, getSearchIndexCall, getSearchIndexOperation,
  submitApplicationCall, submitApplicationOperation, getProgressCall, getProgressOperation, submitEvaluationCall,
  submitEvaluationOperation, getEvaluationReasonsCall, getEvaluationReasonsOperation, listRegionsCall,
  listRegionsOperation, getOpenApiCall, getOpenApiOperation, getHealthCall, getHealthOperation, applyCaseActionCall,
  applyCaseActionOperation, listPartnerCasesCall, listPartnerCasesOperation, listServicePointsCall,
  listServicePointsOperation, listCaseEvaluationsCall, listCaseEvaluationsOperation, getEvaluationSummaryCall,
  getEvaluationSummaryOperation, recordEvaluationCall, recordEvaluationOperation, applyRectificationActionCall,
  applyRectificationActionOperation, createUploadCall, createUploadOperation, supplyMaterialCall,
  supplyMaterialOperation, getPartnerCaseCall, getPartnerCaseOperation };

/** The v1 HTTP contract: every operation, keyed by operationId. */
export const operations = {
  listMatters: listMattersOperation,
  getMatter: getMatterOperation,
  getMatterForm: getMatterFormOperation,
  listBundles: listBundlesOperation,
  getBundle: getBundleOperation,
  getBundleForm: getBundleFormOperation,
  searchMatters: searchMattersOperation,
  getSearchIndex: getSearchIndexOperation,
  submitApplication: submitApplicationOperation,
  getProgress: getProgressOperation,
  submitEvaluation: submitEvaluationOperation,
  getEvaluationReasons: getEvaluationReasonsOperation,
  listRegions: listRegionsOperation,
  getOpenApi: getOpenApiOperation,
  getHealth: getHealthOperation,
  applyCaseAction: applyCaseActionOperation,
  listPartnerCases: listPartnerCasesOperation,
  listServicePoints: listServicePointsOperation,
  listCaseEvaluations: listCaseEvaluationsOperation,
  getEvaluationSummary: getEvaluationSummaryOperation,
  recordEvaluation: recordEvaluationOperation,
  applyRectificationAction: applyRectificationActionOperation,
  createUpload: createUploadOperation,
  supplyMaterial: supplyMaterialOperation,
  getPartnerCase: getPartnerCaseOperation,
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
