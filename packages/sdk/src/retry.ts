// Retry policy: which failures are worth another attempt, and how long to wait before it.
//
// The SDK runs its own retry loop instead of ky's built-in one (ky is configured with `retry: 0`) because it
// must also retry a connection that drops while the body is being read, must never retry a non-idempotent
// write after the request may have reached the server, and must reuse one Idempotency-Key across attempts.

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
 * Backoff before retry number `retry` (1-based): exponential, capped, with "equal jitter" — half the step is
 * fixed and half random — so that many clients failing together do not come back together, yet no retry is
 * immediate.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelay, policy.baseDelay * 2 ** (retry - 1));
  return step / 2 + random() * (step / 2);
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

/**
 * Wait `ms`, or reject with the signal's reason as soon as it aborts. The timer is cleared on abort so a
 * cancelled call leaves nothing scheduled behind it.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
