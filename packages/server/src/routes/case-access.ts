import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { hitRateLimit, peekRateLimit } from '../http/rate-limit.js';
import { ProblemError } from '../problems/problem-error.js';
import { findCase, verifies, type CaseRow } from '../repo/cases.js';

/** A verifier that is a mobile tail: 10,000 possibilities, so guessable (access tokens are not). */
const isTail = (verifier: string): boolean => /^\d{4}$/.test(verifier);

/**
 * Loads a case for a citizen. Two limits in the database guard the 4-digit mobile tail:
 * - every attempt counts against a per-IP-and-case limit (one client hammering one case);
 * - every failed attempt counts against a per-case limit across all IPs (a brute force spread over many
 *   addresses); once reached, tail lookups of that case are refused until the window ends. Access tokens
 *   still work then, so an attacker can lock the guessable door but not the owner's token.
 * Failures count for case numbers that do not exist too, and a wrong verifier and an unknown case get the
 * very same 404, so no answer tells whether a case number exists.
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
  const failures = `case-failures:${caseNumber}`;
  if (isTail(verifier)) {
    const locked = await peekRateLimit(db, failures, config.caseFailureLimit);
    if (!locked.allowed) {
      // Its own code, so a page can say the case is locked rather than "wait a minute": the lock is keyed by the
      // case number whether or not such a case exists, so it tells nothing about existence.
      throw new ProblemError('case_locked', {
        detail: `Too many failed lookups of this case; lookups by mobile tail are paused for ${locked.retryAfter} s. The access token from the receipt still works.`,
        headers: { 'retry-after': String(locked.retryAfter) },
      });
    }
  }
  const row = await findCase(tx, caseNumber);
  if (row === undefined || !verifies(row, verifier)) {
    await hitRateLimit(db, failures, config.caseFailureLimit);
    throw new ProblemError('not_found', {
      detail: 'No case matches this number and verifier. Check the case number, and use the last 4 digits of the applicant’s mobile number or the access token from the receipt.',
    });
  }
  return row;
}
