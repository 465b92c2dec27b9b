import type { Locale } from '@zwfw/core';
import { createClient, type ZwfwClient } from '@zwfw/sdk';

/** What identifies a client: two elements with the same settings share one. */
export interface ClientSettings {
  readonly baseUrl: string;
  readonly publishableKey: string;
  readonly locale: Locale;
}

const clients = new Map<string, ZwfwClient>();

/**
 * The page's one client for these settings. Every element and provider goes through here (none calls
 * `createClient` itself), so a page with three providers and a stray element pointing at the same API still
 * downloads the search index once and keeps one cache and one draft store. The client's locale is fixed at
 * creation (it is sent as Accept-Language and keys the cache), so each locale has its own.
 *
 * @throws ZwfwConfigError when the base URL is not a usable URL; the message names the fix.
 */
export function sharedClient(settings: ClientSettings): ZwfwClient {
  const key = `${settings.baseUrl}\n${settings.publishableKey}\n${settings.locale}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({
      baseUrl: settings.baseUrl,
      locale: settings.locale,
      ...(settings.publishableKey ? { publishableKey: settings.publishableKey } : {}),
    });
    clients.set(key, client);
  }
  return client;
}
