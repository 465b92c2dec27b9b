import type { ApplicationReceipt } from '@zwfw/core';
import { VERIFIER_PATTERN } from '@zwfw/core/light';
import { ZwfwConfigError } from '../errors.js';

/**
 * Proof that the caller may see or rate a case: the case number plus a verifier — the `accessToken` returned
 * at submission, or the applicant's mobile tail (last 4 digits; it shows progress but cannot rate). Sent in the
 * `X-Zwfw-Verifier` header.
 */
export interface CaseRef {
  caseNumber: string;
  verifier: string;
}

/** A case reference, or the receipt returned by `applications.submit` (which carries both parts). */
export type CaseRefLike = CaseRef | ApplicationReceipt;

/** Normalise a CaseRef or a receipt into a CaseRef. */
export function caseRefOf(ref: CaseRefLike): CaseRef {
  return 'case' in ref ? { caseNumber: ref.case.caseNumber, verifier: ref.accessToken } : ref;
}

/** @internal Validate a case reference at the call site. */
export function checkCaseRef(ref: unknown, operation: string): CaseRef {
  const r = typeof ref === 'object' && ref !== null ? caseRefOf(ref as CaseRefLike) : undefined;
  if (r === undefined || typeof r.caseNumber !== 'string' || r.caseNumber === '') {
    throw new ZwfwConfigError(`${operation} needs the case: ${operation}({ caseNumber, verifier }) or ${operation}(receipt).`, { option: 'caseNumber', operation });
  }
  // The contract's pattern, not its schema: checking an argument must not load zod up front.
  if (typeof r.verifier !== 'string' || !VERIFIER_PATTERN.test(r.verifier)) {
    throw new ZwfwConfigError(
      `${operation} needs a verifier: the accessToken from the submission receipt, or the last 4 digits of the applicant's mobile number.`,
      { option: 'verifier', operation },
    );
  }
  return r;
}
