import type { Locale } from '@zwfw/core';

/**
 * One user-facing string. A plain string may hold `{name}` placeholders; a plural message picks its form with
 * `Intl.PluralRules` from the `count` variable (Chinese has only `other`; English adds `one`).
 */
export type Msg = string | { readonly zero?: string; readonly one?: string; readonly other: string };

/** The strings of one namespace in one locale. zh-CN's file defines the keys; the others must satisfy them. */
export type Strings<K extends string = string> = { readonly [P in K]: Msg };

/** The strings of one namespace in every shipped locale, as a component imports them. */
export interface StringTable<K extends string = string> {
  /** Namespace that prefixes the keys a page overrides (`search.placeholder`). */
  readonly ns: string;
  readonly 'zh-CN': Strings<K>;
  readonly 'zh-TW': Strings<K>;
  readonly en: Strings<K>;
}

/**
 * Page overrides of any string, per locale, keyed `namespace.key`
 * (`{ en: { 'search.placeholder': 'Find a service' } }`), given to `<zwfw-provider>.messages`. A plural message
 * may be overridden by its forms (`{ one: '1 service', other: '{count} services' }`).
 */
export type MessageOverrides = { readonly [L in Locale]?: Readonly<Record<string, Msg>> };

/** Builds a namespace's table from its three locale files; the type ties their keys to zh-CN's. */
export function stringTable<K extends string>(
  ns: string,
  zhCN: Strings<K>,
  zhTW: Strings<K>,
  en: Strings<K>,
): StringTable<K> {
  return { ns, 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}
