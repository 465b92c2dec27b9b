// Retry policy: which failures are worth another attempt, and how long to wait before it.
//
// ky runs the retry loop (see transport.ts); this module holds the SDK's policy that feeds it: the statuses worth
// another attempt, the backoff, and the strict Retry-After reading ky's own lacks.

/** Retry settings. Pass `retry: false` (or `0`) to disable, a number for `limit`, or an object. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2 for reads, 4 for idempotent writes (submissions). */
  limit?: number;
  /** First backoff step in ms; step n waits up to `baseDelay * 2^(n-1)`. Default 300. */
  baseDelay?: number;
  /** Upper bound of one computed backoff step in ms. Default 10 000. */
  maxDelay?: number;
  /**
   * Longest Retry-After (in ms) the SDK will honour by waiting. If the server asks for longer, the call fails
   * at once with a {@link ZwfwApiError} whose `retryAfter` says how long to wait. Default 60 000.
   */
  maxRetryAfter?: number;
}

/** Fully resolved retry settings. */
export interface RetryPolicy {
  limit: number;
  baseDelay: number;
  maxDelay: number;
  maxRetryAfter: number;
}

/** HTTP statuses that mean "try again": timeout, rate limit, and transient server/gateway failures. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Statuses after which a *non-idempotent* write may be retried: the server declares it did not process the
 * request (rate limited, or unavailable before doing anything). A 500 may have half-committed, so it is not here.
 */
export const SAFE_WRITE_RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Resolve the user's `retry` option against the defaults for this kind of call. */
export function resolveRetry(option: RetryOptions | number | boolean | undefined, defaultLimit: number): RetryPolicy {
  const base: RetryPolicy = { limit: defaultLimit, baseDelay: 300, maxDelay: 10_000, maxRetryAfter: 60_000 };
  if (option === undefined || option === true) return base;
  if (option === false) return { ...base, limit: 0 };
  if (typeof option === 'number') return { ...base, limit: option };
  return {
    limit: option.limit ?? base.limit,
    baseDelay: option.baseDelay ?? base.baseDelay,
    maxDelay: option.maxDelay ?? base.maxDelay,
    maxRetryAfter: option.maxRetryAfter ?? base.maxRetryAfter,
  };
}

/**
 * The backoff as ky's retry options: step n is `baseDelay * 2^(n-1)` capped at `maxDelay`, then "equal jitter"
 * (half the step fixed, half random) so that many clients failing together do not come back together, yet no
 * retry is immediate. The cap is applied to the step before the jitter (ky's `backoffLimit` caps after it).
 */
export function backoff(policy: RetryPolicy, random: () => number): { delay: (n: number) => number; jitter: (step: number) => number; backoffLimit: number } {
  return {
    delay: (n) => Math.min(policy.maxDelay, policy.baseDelay * 2 ** (n - 1)),
    jitter: (step) => step / 2 + random() * (step / 2),
    backoffLimit: policy.maxDelay,
  };
}

/**
 * Parse a Retry-After header: either delta-seconds (`"120"`) or an HTTP-date (`"Wed, 21 Oct 2015 07:28:00 GMT"`).
 * Returns milliseconds to wait (≥ 0), or undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Every HTTP-date form names its month; without this, Date.parse reads "-5" as a date in 2001.
  if (!/[A-Za-z]{3}/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
