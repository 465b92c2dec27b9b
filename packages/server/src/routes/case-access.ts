import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { hitRateLimit } from '../http/rate-limit.js';
import { ProblemError } from '../problems/problem-error.js';
import { findCase, verifies, type CaseRow } from '../repo/cases.js';

/**
 * Loads a case for a citizen: every attempt counts against a per-IP-and-case limit first (a 4-digit tail is
 * guessable otherwise), then a wrong verifier and an unknown case get the very same 404, so the answer never
 * tells whether a case number exists.
 */
export async function caseForCitizen(
  db: Db,
  config: ServerConfig,
  request: FastifyRequest,
  caseNumber: string,
  verifier: string,
  tx: Queryable = db,
): Promise<CaseRow> {
  const decision = await hitRateLimit(db, `case:${request.ip}:${caseNumber}`, config.caseLookupLimit);
  if (!decision.allowed) {
    throw new ProblemError('rate_limited', {
      detail: `Too many lookups of this case from your address; retry in ${decision.retryAfter} s.`,
      headers: { 'retry-after': String(decision.retryAfter) },
    });
  }
  const row = await findCase(tx, caseNumber);
  if (row === undefined || !verifies(row, verifier)) {
    throw new ProblemError('not_found', {
      detail: 'No case matches this number and verifier. Check the case number, and use the last 4 digits of the applicant’s mobile number or the access token from the receipt.',
    });
  }
  return row;
}
