import * as z from 'zod/mini';
import './zod-messages.js';
import type { Locale, LocalizedLabel } from './locales.js';

// The locales and the label shape live in locales.ts (no zod, so the SDK can load them up front).
export { DEFAULT_LOCALE, LOCALES, label, localeOfTag, resolveLocale, type Locale, type LocalizedLabel } from './locales.js';

/** Schema of a label in every shipped locale, for data that travels over the wire (reason lists, problem titles). */
export const LocalizedLabelSchema = z
  .strictObject({ 'zh-CN': z.string().check(z.minLength(1)), 'zh-TW': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

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
