import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { hitRateLimit, peekRateLimit } from '../http/rate-limit.js';
import { ProblemError } from '../problems/problem-error.js';
import { findCase, verifies, type CaseRow } from '../repo/cases.js';

/** A verifier that is a mobile tail: 10,000 possibilities, so guessable (access tokens are not). */
export const isTail = (verifier: string): boolean => /^\d{4}$/.test(verifier);

/**
 * Budget units a mobile-tail look-up costs: charged as a wrong guess up front (so concurrent guesses cannot
 * all slip under the budget), and refunded down to a right guess's cost when it matches. An owner who knows
 * the tail spends 1; an enumerator spends 10 per miss.
 */
export const WRONG_GUESS_COST = 10;
export const RIGHT_GUESS_COST = 1;

function refused(code: 'rate_limited' | 'case_locked', detail: string, retryAfter: number): ProblemError {
  return new ProblemError(code, { detail, headers: { 'retry-after': String(retryAfter) } });
}

/**
 * Charges a mobile-tail look-up to the budgets that span cases: the client IP's and the publishable key's.
 * Case numbers are sequential, so a limit per case alone lets one client walk every serial (and someone who
 * knows a mobile tail find that person's case). Returns the refund to make when the guess turns out right.
 */
async function chargeGuess(db: Db, config: ServerConfig, request: FastifyRequest): Promise<() => Promise<void>> {
  const now = config.now().getTime();
  const ip = `case-guess-ip:${request.ip}`;
  const byIp = await hitRateLimit(db, ip, config.caseGuessBudget, now, WRONG_GUESS_COST);
  if (!byIp.allowed) {
    throw refused('rate_limited', `Too many look-ups by mobile tail from your address; retry in ${byIp.retryAfter} s, or use the access token from the receipt.`, byIp.retryAfter);
  }
  const key = `case-guess-key:${request.partnerKey?.key ?? ''}`;
  const byKey = await hitRateLimit(db, key, config.caseKeyBudget, now, WRONG_GUESS_COST);
  if (!byKey.allowed) {
    await hitRateLimit(db, ip, config.caseGuessBudget, now, -WRONG_GUESS_COST);
    // The key is shared by every visitor of a site, so this reads as a pause of tail look-ups, not "you".
    throw refused('case_locked', `Too many failed look-ups by mobile tail through this site; they are paused for ${byKey.retryAfter} s. The access token from the receipt still works.`, byKey.retryAfter);
  }
  return async () => {
    await hitRateLimit(db, ip, config.caseGuessBudget, now, RIGHT_GUESS_COST - WRONG_GUESS_COST);
    await hitRateLimit(db, key, config.caseKeyBudget, now, RIGHT_GUESS_COST - WRONG_GUESS_COST);
  };
}

/**
 * Loads a case for a citizen. Limits in the database guard the 4-digit mobile tail:
 * - every attempt counts against a per-IP-and-case limit (one client hammering one case);
 * - a tail look-up is charged to the client IP's and the key's daily budgets across cases, a wrong guess
 *   ten times a right one, so walking case numbers runs dry after a few misses;
 * - every failed attempt counts against a per-case limit across all IPs (a brute force spread over many
 *   addresses); once reached, tail lookups of that case are refused until the window ends.
 * The access token is not guessable, so none of the guess budgets or locks ever refuse it: nobody else's
 * guesses can lock an owner out of a look-up with the receipt's token.
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
  const now = config.now().getTime();
  const decision = await hitRateLimit(db, `case:${request.ip}:${caseNumber}`, config.caseLookupLimit, now);
  if (!decision.allowed) {
    throw refused('rate_limited', `Too many lookups of this case from your address; retry in ${decision.retryAfter} s.`, decision.retryAfter);
  }
  const failures = `case-failures:${caseNumber}`;
  let refund: (() => Promise<void>) | undefined;
  if (isTail(verifier)) {
    const locked = await peekRateLimit(db, failures, config.caseFailureLimit, now);
    if (!locked.allowed) {
      // Its own code, so a page can say the case is locked rather than "wait a minute": the lock is keyed by the
      // case number whether or not such a case exists, so it tells nothing about existence.
      throw refused('case_locked', `Too many failed lookups of this case; lookups by mobile tail are paused for ${locked.retryAfter} s. The access token from the receipt still works.`, locked.retryAfter);
    }
    refund = await chargeGuess(db, config, request);
  }
  const row = await findCase(tx, caseNumber);
  if (row === undefined || !verifies(row, verifier)) {
    await hitRateLimit(db, failures, config.caseFailureLimit, now);
    throw new ProblemError('not_found', {
      detail: 'No case matches this number and verifier. Check the case number, and use the last 4 digits of the applicant’s mobile number or the access token from the receipt.',
    });
  }
  await refund?.();
  return row;
}
