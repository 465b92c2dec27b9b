import type { ProblemCode, ProblemFieldError } from '@zwfw/core';

/** Thrown by handlers to answer with an RFC 9457 problem; the error handler localizes and sends it. */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: readonly ProblemFieldError[] | undefined;
  /** Field errors already left out of `errors` (see cappedProblemErrorsFromZod). */
  readonly errorsOmitted: number | undefined;
  /** Extra response headers (Retry-After, Allow, …). */
  readonly headers: Readonly<Record<string, string>>;
  /** Overrides the code's default status (e.g. 404 for a path, 405 for a method). */
  readonly status: number | undefined;

  constructor(
    code: ProblemCode,
    options: { detail?: string; errors?: readonly ProblemFieldError[]; errorsOmitted?: number; headers?: Record<string, string>; status?: number } = {},
  ) {
    super(options.detail ?? code);
    this.name = 'ProblemError';
    this.code = code;
    this.detail = options.detail;
    this.errors = options.errors;
    this.errorsOmitted = options.errorsOmitted;
    this.headers = options.headers ?? {};
    this.status = options.status;
  }
}

/** Type guard. */
export function isProblemError(err: unknown): err is ProblemError {
  return err instanceof ProblemError;
}
