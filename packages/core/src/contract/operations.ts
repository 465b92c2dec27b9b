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

/** Problems any operation may return (rate limiting, outages, bad keys where keys apply). */
export const COMMON_ERRORS: readonly ProblemCode[] = ['rate_limited', 'internal', 'unavailable'];

// Each operation is a constant in its own module under ./operations/, so a client calling two operations
// imports those two definitions and their schemas alone (bundlers split by module: the SDK loads each on first
// use). `operations` assembles them for the server and the OpenAPI generator. A new operation: a module there
// (`as const satisfies OperationDef`), its import here, a line at the END of `operations`.
// Each schema is written `X as typeof X`: the declaration file then names the schema instead of restating its
// whole zod structure at every use (181 kB of operations.d.ts became 27 kB, and a consumer's tsc builds 10k
// fewer types). New operations follow the same pattern.
import { listMattersOperation } from './operations/list-matters.js';
import { getMatterOperation } from './operations/get-matter.js';
import { getMatterFormOperation } from './operations/get-matter-form.js';
import { listBundlesOperation } from './operations/list-bundles.js';
import { getBundleOperation } from './operations/get-bundle.js';
import { getBundleFormOperation } from './operations/get-bundle-form.js';
import { searchMattersOperation } from './operations/search-matters.js';
import { getSearchIndexOperation } from './operations/get-search-index.js';
import { submitApplicationOperation } from './operations/submit-application.js';
import { getProgressOperation } from './operations/get-progress.js';
import { submitEvaluationOperation } from './operations/submit-evaluation.js';
import { getEvaluationReasonsOperation } from './operations/get-evaluation-reasons.js';
import { listRegionsOperation } from './operations/list-regions.js';
import { getOpenApiOperation } from './operations/get-open-api.js';
import { getHealthOperation } from './operations/get-health.js';
import { applyCaseActionOperation } from './operations/apply-case-action.js';
import { listPartnerCasesOperation } from './operations/list-partner-cases.js';
import { listServicePointsOperation } from './operations/list-service-points.js';
import { listCaseEvaluationsOperation } from './operations/list-case-evaluations.js';
import { getEvaluationSummaryOperation } from './operations/get-evaluation-summary.js';
import { recordEvaluationOperation } from './operations/record-evaluation.js';
import { applyRectificationActionOperation } from './operations/apply-rectification-action.js';
import { createUploadOperation } from './operations/create-upload.js';
import { supplyMaterialOperation } from './operations/supply-material.js';
import { getPartnerCaseOperation } from './operations/get-partner-case.js';

export { listMattersOperation, getMatterOperation, getMatterFormOperation, listBundlesOperation, getBundleOperation,
  getBundleFormOperation, searchMattersOperation, getSearchIndexOperation, submitApplicationOperation,
  getProgressOperation, submitEvaluationOperation, getEvaluationReasonsOperation, listRegionsOperation,
  getOpenApiOperation, getHealthOperation, applyCaseActionOperation, listPartnerCasesOperation,
  listServicePointsOperation, listCaseEvaluationsOperation, getEvaluationSummaryOperation, recordEvaluationOperation,
  applyRectificationActionOperation, createUploadOperation, supplyMaterialOperation, getPartnerCaseOperation };

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
