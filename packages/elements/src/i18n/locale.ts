/** Locales the elements ship strings for. zh-CN is the default. */
export type Locale = 'zh-CN' | 'zh-TW' | 'en';

/** Every locale with shipped strings, default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

/** The locale used when nothing else is set. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Maps any BCP 47 tag a page may carry (`lang="zh-Hant-HK"`, `en-GB`, `zh`) to a shipped locale, so that a
 * CMS page's own `lang` attribute selects the right strings without configuration.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const t = tag.trim().toLowerCase();
  if (t.startsWith('en')) return 'en';
  if (/^zh-(tw|hk|mo|hant)/.test(t)) return 'zh-TW';
  return DEFAULT_LOCALE;
}
