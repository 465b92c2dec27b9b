// Every failure the SDK surfaces is a ZwfwError with a string discriminant `type`, so callers can `switch
// (err.type)` without instanceof (which breaks when two copies of the SDK end up on one page). Messages are
// written for the developer reading the console: they say what happened and what to do next.

/** Discriminant values of {@link ZwfwError.type}. */
export type ZwfwErrorType = 'api_error' | 'validation_error' | 'network_error' | 'timeout_error' | 'abort_error' | 'config_error';

/**
 * Replace the value of every URL query parameter in `text` with `[redacted]`, keeping the names.
 *
 * Error messages end up in consoles, logs and error trackers, and some URLs carry secrets in their query: a
 * case's verifier (its access token, or the applicant's mobile tail) rides in `?verifier=`. Every message a
 * ZwfwError carries passes through here, including text copied from a cause or a server's problem detail.
 * Values are matched as URLSearchParams writes them (unreserved characters and %-escapes), so the text after
 * a URL — `…?verifier=abc: fetch failed` — survives.
 */
export function redactQueryValues(text: string): string {
  return text.replace(/([?&][\w.~%+-]+=)[\w.~%+-]+/g, '$1[redacted]');
}

/** Fields shared by every error constructor. */
interface ZwfwErrorInit {
  /** The SDK operation that failed, e.g. `"matters.get"`. */
  operation?: string | undefined;
  /** The server's request id (`X-Request-Id`), quote it when contacting support. */
  requestId?: string | undefined;
  /** The Idempotency-Key a failed write was sent with; retry later with the same key to avoid a duplicate. */
  idempotencyKey?: string | undefined;
  /** How many HTTP attempts were made before giving up. */
  attempts?: number | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Base class of every error thrown by `@zwfw/sdk`. Narrow with the `type` discriminant:
 *
 * ```ts
 * try { await client.matters.get(code) } catch (err) {
 *   if (isZwfwError(err) && err.type === 'api_error' && err.status === 404) showNotFound();
 * }
 * ```
 */
export abstract class ZwfwError extends Error {
  /** Discriminant: which kind of failure this is. */
  abstract readonly type: ZwfwErrorType;
  /** The SDK operation that failed, e.g. `"applications.submit"`. */
  readonly operation: string | undefined;
  /** The server's request id, if a response was received. */
  readonly requestId: string | undefined;
  /**
   * For writes: the Idempotency-Key the request carried. Re-sending the same payload with this key
   * (`applications.submit(input, { idempotencyKey })`) can never create a second case.
   */
  readonly idempotencyKey: string | undefined;
  /** Number of HTTP attempts made (1 when no retry happened). */
  readonly attempts: number | undefined;

  constructor(message: string, init: ZwfwErrorInit = {}) {
    super(redactQueryValues(message), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.operation = init.operation;
    this.requestId = init.requestId;
    this.idempotencyKey = init.idempotencyKey;
    this.attempts = init.attempts;
  }
}

/** One per-field problem reported by the server (RFC 9457 `errors` member). */
export interface ZwfwFieldError {
  /** Dotted path of the offending field, e.g. `"applicant.idNumber"`; empty for form-level problems. */
  path: string;
  /** Human message in the request's locale. */
  message: string;
  /** Stable machine code, e.g. `"invalid_id_number"`. */
  code?: string | undefined;
}

/** Options of {@link ZwfwApiError}. */
export interface ZwfwApiErrorInit extends ZwfwErrorInit {
  status: number;
  code: string;
  title: string;
  detail?: string | undefined;
  problemType?: string | undefined;
  errors?: readonly ZwfwFieldError[] | undefined;
  retryAfter?: number | undefined;
  problem?: unknown;
}

/**
 * The server answered with an error status (an RFC 9457 problem). `code` is stable and safe to branch on;
 * `title` is human text in the client's locale; `errors` holds per-field problems for 422 responses, ready to
 * show next to form fields.
 */
export class ZwfwApiError extends ZwfwError {
  /** Discriminant. */
  readonly type = 'api_error' as const;
  /** HTTP status code. */
  readonly status: number;
  /** Stable problem code, e.g. `"not_found"`, `"validation_failed"`, `"origin_not_allowed"`. */
  readonly code: string;
  /** Human-readable summary in the request's locale. */
  readonly title: string;
  /** Human-readable explanation specific to this occurrence. */
  readonly detail: string | undefined;
  /** The problem `type` URI. */
  readonly problemType: string | undefined;
  /** Per-field problems (validation failures). Empty when the problem is not about fields. */
  readonly errors: readonly ZwfwFieldError[];
  /** Seconds the server asked us to wait (Retry-After), when it sent one. */
  readonly retryAfter: number | undefined;
  /** The raw problem document as received. */
  readonly problem: unknown;

  constructor(message: string, init: ZwfwApiErrorInit) {
    super(message, init);
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.problemType = init.problemType;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter;
    this.problem = init.problem;
  }

  /** Per-field messages keyed by path, convenient for binding to a form. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) out[e.path] ??= e.message;
    return out;
  }
}

/** One mismatch between a response and its schema. */
export interface ZwfwValidationIssue {
  /** Dotted path inside the response body, e.g. `"items.3.code"` (empty for the root). */
  path: string;
  /** What the schema expected. */
  message: string;
}

/**
 * The server's response did not match the `@zwfw/core` schema for the operation. This means the server and
 * the SDK disagree about the contract (version skew or a server bug); retrying will not help.
 */
export class ZwfwValidationError extends ZwfwError {
  /** Discriminant. */
  readonly type = 'validation_error' as const;
  /** Path of the first mismatch (dotted), e.g. `"items.0.code"`. */
  readonly path: string;
  /** Every mismatch. */
  readonly issues: readonly ZwfwValidationIssue[];

  constructor(message: string, init: ZwfwErrorInit & { issues: readonly ZwfwValidationIssue[] }) {
    super(message, init);
    this.issues = init.issues;
    this.path = init.issues[0]?.path ?? '';
  }
}

/** The request never got an HTTP answer: DNS, refused or dropped connection, CORS, offline. */
export class ZwfwNetworkError extends ZwfwError {
  /** Discriminant. */
  readonly type = 'network_error' as const;
}

/** An attempt took longer than the configured `timeout` and retries were exhausted. */
export class ZwfwTimeoutError extends ZwfwError {
  /** Discriminant. */
  readonly type = 'timeout_error' as const;
  /** The per-attempt timeout in milliseconds. */
  readonly timeout: number;

  constructor(message: string, init: ZwfwErrorInit & { timeout: number }) {
    super(message, init);
    this.timeout = init.timeout;
  }
}

/** The caller aborted the call through its `signal`. The `cause` is the signal's reason. */
export class ZwfwAbortError extends ZwfwError {
  /** Discriminant. */
  readonly type = 'abort_error' as const;
}

/** The client was configured wrongly, or a call needs an option that was not given. Fix the code. */
export class ZwfwConfigError extends ZwfwError {
  /** Discriminant. */
  readonly type = 'config_error' as const;
  /** The option at fault, e.g. `"publishableKey"`. */
  readonly option: string;

  constructor(message: string, init: ZwfwErrorInit & { option: string }) {
    super(message, init);
    this.option = init.option;
  }
}

/** Every concrete error class the SDK throws, as a union for exhaustive `switch (err.type)`. */
export type AnyZwfwError = ZwfwApiError | ZwfwValidationError | ZwfwNetworkError | ZwfwTimeoutError | ZwfwAbortError | ZwfwConfigError;

/**
 * True when `value` is an error thrown by this SDK. Works across SDK copies (checks the shape, not the
 * prototype chain), and narrows to the discriminated union.
 */
export function isZwfwError(value: unknown): value is AnyZwfwError {
  if (value instanceof ZwfwError) return true;
  if (!(value instanceof Error)) return false;
  const type = (value as { type?: unknown }).type;
  return (
    typeof type === 'string' &&
    ['api_error', 'validation_error', 'network_error', 'timeout_error', 'abort_error', 'config_error'].includes(type) &&
    value.name.startsWith('Zwfw')
  );
}
