import type { Locale } from './locale.js';

/** A user-facing string in every shipped locale. */
export type Message = Readonly<Record<Locale, string>>;

/** Messages shared by every element; components add their own catalogues beside them. */
export const commonMessages = {
  loading: { 'zh-CN': '正在加载…', 'zh-TW': '正在載入…', en: 'Loading…' },
  retry: { 'zh-CN': '重试', 'zh-TW': '重試', en: 'Retry' },
  providerMissing: {
    'zh-CN': '未找到 <zwfw-provider>：请把组件放在 <zwfw-provider base-url="…"> 内。',
    'zh-TW': '未找到 <zwfw-provider>：請把元件放在 <zwfw-provider base-url="…"> 內。',
    en: 'No <zwfw-provider> found: place this element inside <zwfw-provider base-url="…">.',
  },
} satisfies Record<string, Message>;

/**
 * Picks the string for a locale, letting a page override any message by key (every user-facing string is
 * overridable, so a bank can use its own wording without forking).
 */
export function translate(message: Message, locale: Locale, override?: string): string {
  return override ?? message[locale];
}
