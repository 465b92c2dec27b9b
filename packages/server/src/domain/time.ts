const CHINA_OFFSET_MS = 8 * 3_600_000;

/** An instant as an ISO 8601 timestamp in China time (`2025-03-03T10:16:02+08:00`), the zone citizens read. */
export function toTimestamp(value: Date | string): string {
  const d = value instanceof Date ? value : new Date(value);
  return `${new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** A driver timestamp (Date from both drivers; strings tolerated) as a Date. */
export function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** The instant the China calendar day holding `at` began (00:00 +08:00). */
export function chinaDayStart(at: Date): Date {
  const day = 86_400_000;
  return new Date(Math.floor((at.getTime() + CHINA_OFFSET_MS) / day) * day - CHINA_OFFSET_MS);
}

/** Whole seconds from `at` until the next China calendar day begins (at least 1), for Retry-After. */
export function secondsToNextChinaDay(at: Date): number {
  return Math.max(1, Math.ceil((chinaDayStart(at).getTime() + 86_400_000 - at.getTime()) / 1000));
}
