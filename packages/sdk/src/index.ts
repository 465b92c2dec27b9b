/**
 * @zwfw/sdk: typed client for the zwfw one-network government services API (一网通办).
 *
 * Every response is validated with the @zwfw/core schemas; every failure is a typed {@link ZwfwError};
 * reads and submissions are retried with backoff, and submissions carry an Idempotency-Key so a retry can
 * never create a second case.
 *
 * @packageDocumentation
 */
export { createClient, type ZwfwClient } from './client.js';
export { type ClientOptions, type ZwfwLocale, LOCALES } from './config.js';
export {
  ZwfwError,
  ZwfwApiError,
  ZwfwValidationError,
  ZwfwNetworkError,
  ZwfwTimeoutError,
  ZwfwAbortError,
  ZwfwConfigError,
  isZwfwError,
  type AnyZwfwError,
  type ZwfwErrorType,
  type ZwfwFieldError,
  type ZwfwValidationIssue,
  type ZwfwApiErrorInit,
} from './errors.js';
export type { RetryOptions } from './retry.js';
export type { CallOptions } from './transport.js';
export { PageIterator, type Page } from './pagination.js';
export { MemoryCacheStore, IndexedDbCacheStore, type CacheStore, type CacheEntry, type CacheOption } from './cache.js';
export { createDrafts, draftId, type DraftsResource, type SaveDraftOptions, type ListDraftsFilter } from './drafts/drafts.js';
export { MemoryDraftStore } from './drafts/memory-store.js';
export { IndexedDbDraftStore } from './drafts/indexeddb-store.js';
export type { Draft, DraftKey, DraftStore } from './drafts/types.js';
export type { MattersResource, MatterListFilter } from './resources/matters.js';
export type { SearchResource, SearchFilters, SearchCallOptions } from './resources/search.js';
export type { FormsResource, FormTarget } from './resources/forms.js';
export type { BundlesResource, BundleListFilter } from './resources/bundles.js';
export type { ApplicationsResource, ApplicationSubmission, WriteOptions } from './resources/applications.js';
export type { EvaluationsResource, EvaluationSubmission } from './resources/evaluations.js';
export { checkUpload, type UploadsResource, type UploadOptions, type UploadProgress, type UploadMaterial, type UploadCheck } from './resources/uploads.js';
export type { RegionsResource, RegionListFilter } from './resources/regions.js';
export type { PartnerResource, PartnerCaseFilter, PartnerCaseQuery } from './resources/partner.js';
export { caseRefOf, type CaseRef, type CaseRefLike } from './resources/cases.js';
export { newIdempotencyKey } from './resources/args.js';

// The contract's data types, re-exported so an app can type its code from the SDK alone.
export type {
  Matter,
  MatterSummary,
  FormSpec,
  Bundle,
  ApplicationReceipt,
  UploadReceipt,
  Case,
  CaseStep,
  PendingMaterial,
  Agent,
  Progress,
  Evaluation,
  EvaluationReasonList,
  EvaluationSummary,
  EvaluationSummaryQuery,
  Rectification,
  Region,
  SearchResponse,
  SearchHit,
  Problem,
} from '@zwfw/core';
