import * as z from 'zod/mini';
import './zod-messages.js';

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

/** Schema of a label in every shipped locale, for data that travels over the wire (reason lists, problem titles). */
export const LocalizedLabelSchema = z
  .strictObject({ 'zh-CN': z.string().check(z.minLength(1)), 'zh-TW': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/** Shorthand to build a label: zh-CN, zh-TW, en. */
export function label(zhCN: string, zhTW: string, en: string): LocalizedLabel {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}

/**
 * Builds a zod enum from a label table so the canonical identifiers and their labels cannot drift apart:
 * the table is the single place a value is declared.
 */
export function enumFromLabels<const K extends string>(
  labels: Readonly<Record<K, LocalizedLabel>>,
): z.ZodMiniEnum<{ [P in K]: P }> {
  const keys = Object.keys(labels) as K[];
  return z.enum(keys as unknown as readonly [K, ...K[]]) as unknown as z.ZodMiniEnum<{ [P in K]: P }>;
}

/**
 * Label of a canonical value in a locale (falls back to zh-CN, the authoritative language of the data, and to
 * the value itself when the table does not know it, so a newer server's value still renders).
 */
export function labelOf<K extends string>(
  labels: Readonly<Record<K, LocalizedLabel>>,
  value: K,
  locale: Locale = 'zh-CN',
): string {
  const entry: LocalizedLabel | undefined = Object.hasOwn(labels, value) ? labels[value] : undefined;
  if (!entry) return String(value);
  return entry[locale] || entry['zh-CN'];
}
