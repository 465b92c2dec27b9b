// The case proof's header and shape, without zod: the SDK checks a verifier before a call is sent, and this
// module keeps that check from pulling any schema into the page.

/** Header carrying a case's proof (verifier): out of the URL, so it stays out of logs, history and Referer. */
export const VERIFIER_HEADER = 'X-Zwfw-Verifier';
/** A case's proof: the applicant's mobile tail (4 digits) or the accessToken returned at submission. */
export const VERIFIER_PATTERN = /^(?:\d{4}|[A-Za-z0-9_-]{16,200})$/;
