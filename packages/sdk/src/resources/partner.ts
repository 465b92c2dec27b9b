import type { Case, CaseStatus, Progress, ServicePoint } from '@zwfw/core';
import { routes } from '@zwfw/core/light';
import { callOperation } from '../operation.js';
import { PageIterator, type Page } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

/** Query of `GET /v1/partner/cases`. */
export interface PartnerCaseQuery {
  /** Only cases in this status. */
  status?: CaseStatus;
  /** Only cases whose agent helped at this branch (its id or name). */
  branch?: string;
  /** Page size, 1–100 (default 20). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}
/** Filters of `partner.cases` (the iterator handles the cursor). */
export type PartnerCaseFilter = Omit<PartnerCaseQuery, 'cursor'>;

/**
 * 帮办代办 partners (banks): the cases this key's partner submitted at its counters. Only a key that belongs to
 * a partner may use it (others get a 403 `forbidden`); a partner never sees another partner's cases.
 */
export interface PartnerResource {
  /**
   * The partner's cases, newest first, each with its assisting agent, fetched page by page as you iterate.
   * @example for await (const c of client.partner.cases({ status: 'concluded_approved' })) console.log(c.caseNumber, c.agent?.staffId);
   */
  cases(filter?: PartnerCaseFilter, options?: CallOptions): PageIterator<Case>;
  /**
   * One page, for UIs that keep the cursor themselves.
   * @example const { items, nextCursor } = await client.partner.casesPage({ limit: 20 });
   */
  casesPage(query?: PartnerCaseQuery, options?: CallOptions): Promise<Page<Case>>;
  /**
   * The progress of one of the partner's cases, with each department step's status and deadline, without the
   * applicant's verifier. Another partner's case (or any, for a key of no partner) is a 404 `not_found`, exactly
   * like an unknown case number.
   * @example const { steps } = await client.partner.case('B2026120100001');
   */
  case(caseNumber: string, options?: CallOptions): Promise<Progress>;
  /**
   * Partner bank branches (public, no partner key needed): 帮办代办 service points and licence pick-up points
   * for the `bank_branch` delivery method.
   * @example const branches = await client.partner.servicePoints().toArray();
   */
  servicePoints(filter?: { partner?: string; limit?: number }, options?: CallOptions): PageIterator<ServicePoint>;
}

/** @internal */
export function createPartner(transport: Transport): PartnerResource {
  const casesPage = (query?: PartnerCaseQuery, options?: CallOptions): Promise<Page<Case>> =>
    callOperation(transport, 'partner.cases', routes.listPartnerCases, () => import('../operations/list-partner-cases.js'), { query: { ...query } }, options);
  const pointsPage = (query: { partner?: string; limit?: number; cursor?: string }, options?: CallOptions): Promise<Page<ServicePoint>> =>
    callOperation(transport, 'partner.servicePoints', routes.listServicePoints, () => import('../operations/list-service-points.js'), { query: { ...query } }, options);
  return {
    casesPage,
    case: (caseNumber, options) => callOperation(transport, 'partner.case', routes.getPartnerCase, () => import('../operations/get-partner-case.js'), { params: { caseNumber } }, options),
    servicePoints: (filter = {}, options = {}) => new PageIterator((cursor, o) => pointsPage({ ...filter, ...(cursor === undefined ? {} : { cursor }) }, o), undefined, options),
    cases: (filter, options = {}) => new PageIterator((cursor, o) => casesPage({ ...filter, ...(cursor === undefined ? {} : { cursor }) }, o), undefined, options),
  };
}
