import { isZwfwError } from '@zwfw/sdk';
import type { common } from '../translations/zh-CN/common.js';

/** A key of the shared strings that describes an error in plain words. */
export type ErrorMessageKey = Extract<keyof typeof common, `error${string}`>;

/** The element has neither its own `base-url` nor a provider with one. */
export class MissingConfigError extends Error {
  override readonly name = 'MissingConfigError';
  constructor() {
    super('No API base URL: place the element inside <zwfw-provider base-url="https://…">, or give it a base-url attribute.');
  }
}

/** How an element should present a failed load. */
export interface ErrorDescription {
  /** Which plain-language message to show (never a stack, a status or a raw code). */
  key: ErrorMessageKey;
  /** Whether trying again may help (a wrong configuration will not fix itself). */
  retryable: boolean;
}

/**
 * Turns anything a load may throw into a plain message key. The SDK's typed errors say what happened; the
 * citizen only needs to know whether to wait, retry or ask the site's staff. Components map the few
 * situations they know better (a wrong verifier) before falling back to this.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof MissingConfigError) return { key: 'errorConfig', retryable: false };
  if (!isZwfwError(error)) return { key: 'errorUnknown', retryable: true };
  switch (error.type) {
    case 'network_error':
      return { key: 'errorNetwork', retryable: true };
    case 'timeout_error':
      return { key: 'errorTimeout', retryable: true };
    case 'validation_error':
      return { key: 'errorData', retryable: true };
    case 'config_error':
      return { key: 'errorConfig', retryable: false };
    case 'abort_error':
      return { key: 'errorUnknown', retryable: true };
    case 'api_error':
      if (error.status === 404) return { key: 'errorNotFound', retryable: false };
      if (error.status === 429) return { key: 'errorRateLimited', retryable: true };
      if (error.status === 401 || error.status === 403) return { key: 'errorNotAllowed', retryable: false };
      if (error.status >= 500) return { key: 'errorServer', retryable: true };
      return { key: 'errorUnknown', retryable: true };
  }
}
