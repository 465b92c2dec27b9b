import type { Locale } from '../i18n/locale.js';

/** What a `<zwfw-provider>` gives its descendants. */
export interface ZwfwContext {
  /** Base URL of the one-network API, e.g. `https://zwfw.example.gov.cn/`. */
  baseUrl: string;
  /** The partner's publishable key, bound to its site's origins. */
  publishableKey: string;
  /** Locale for user-facing strings. */
  locale: Locale;
}

/** Name of the event a descendant dispatches to find its provider (works across shadow roots). */
export const CONTEXT_REQUEST_EVENT = 'zwfw-context-request';

/** Detail of a context request: the provider fills `context` and `subscribe`s the requester to changes. */
export interface ContextRequestDetail {
  context?: ZwfwContext;
  subscribe?: (onChange: (context: ZwfwContext) => void) => () => void;
}

/**
 * Asks the nearest `<zwfw-provider>` up the composed tree for its context. Synchronous: the provider
 * answers during dispatch, so the element can render with the right locale on its first update.
 */
export function requestContext(from: EventTarget): ContextRequestDetail {
  const detail: ContextRequestDetail = {};
  from.dispatchEvent(new CustomEvent<ContextRequestDetail>(CONTEXT_REQUEST_EVENT, { detail, bubbles: true, composed: true }));
  return detail;
}
