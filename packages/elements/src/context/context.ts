import { createContext } from '@lit/context';
import type { Locale } from '@zwfw/core';
import type { ZwfwClient } from '@zwfw/sdk';
import type { MessageOverrides } from '../translations/types.js';

/** Colour scheme of the elements: `auto` follows the reader's system setting. */
export type ZwfwTheme = 'light' | 'dark' | 'auto';

/**
 * What a `<zwfw-provider>` gives every element inside it, through the community context protocol
 * (`@lit/context`), so a provider that upgrades after its elements, and providers nested in each other, work.
 */
export interface ZwfwContextValue {
  /** The one SDK client the page section shares (one cache, one search index, one draft store). */
  readonly client: ZwfwClient | undefined;
  /** Base URL the client talks to ('' when none is configured). */
  readonly baseUrl: string;
  /** The partner's publishable key ('' when none is configured). */
  readonly publishableKey: string;
  /** Resolved locale of the section. */
  readonly locale: Locale;
  /** Page overrides of element strings. */
  readonly messages: MessageOverrides;
  /** Colour scheme. */
  readonly theme: ZwfwTheme;
  /** 适老化: larger text and targets, stronger contrast. */
  readonly elderly: boolean;
}

/**
 * The context key. A string (not a unique symbol) so that two copies of the library on one page (the CDN file
 * and an npm bundle) still find each other's providers.
 */
export const zwfwContext = createContext<ZwfwContextValue>('zwfw-context');
