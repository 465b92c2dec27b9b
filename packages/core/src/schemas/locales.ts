// Locales and labels without zod: what a page needs before it loads any schema (the SDK's options, its
// argument checks and upload messages). labels.ts re-exports all of it beside the label schemas.

/** Locales every built-in label ships in. */
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

/** One of the shipped locales: the one locale type of every package (labels, validators, SDK, elements, server). */
export type Locale = (typeof LOCALES)[number];

/** The locale used when nothing else is set: zh-CN, the authoritative language of the data. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Maps one BCP 47 tag (`zh-Hant-HK`, `en-GB`, `zh`, `ZH-tw`) to a shipped locale, or `undefined` when the tag
 * names none of them (`fr`), so callers can try the next candidate: an element its provider's language, the
 * server the next Accept-Language entry. Traditional-script regions (TW, HK, MO) and `zh-Hant` read zh-TW.
 */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (t === '') return undefined;
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (/^zh-(tw|hk|mo|hant)(-|$)/.test(t)) return 'zh-TW';
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
  return undefined;
}

/** {@link localeOfTag}, falling back to {@link DEFAULT_LOCALE} for an empty or unknown tag. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return localeOfTag(tag) ?? DEFAULT_LOCALE;
}

/** A label in every shipped locale (data, so UIs and docs never hard-code Chinese strings). */
export interface LocalizedLabel {
  readonly 'zh-CN': string;
  readonly 'zh-TW': string;
  readonly en: string;
}

/** Shorthand to build a label: zh-CN, zh-TW, en. */
export function label(zhCN: string, zhTW: string, en: string): LocalizedLabel {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}
