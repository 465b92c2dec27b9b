import { CATALOGUE_NOTICE_HEADER, type LocalizedLabel } from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import { catalogueNotice } from '../repo/catalogue-write.js';

export { CATALOGUE_NOTICE_HEADER };

/** The header value: the English notice as printable ASCII (header values cannot carry Chinese as is). */
export function noticeHeaderValue(notice: LocalizedLabel): string {
  return notice.en.replace(/[^\x20-\x7e]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** The notice as catalogue reads see it; `forget` makes the next call read it again (a new catalogue). */
export type NoticeSource = (() => Promise<LocalizedLabel | undefined>) & { forget(): void };

/**
 * The stored catalogue notice, read at most once per `ttlMs` by each replica, or after `forget` (the
 * catalogue cache calls it when the catalogue changes): it changes only when a catalogue is seeded, and
 * catalogue reads should not pay a query for it. Never throws: a failing database shows up in /health's
 * checks and in the read itself, not here.
 */
export function noticeCache(db: Queryable, ttlMs = 60_000): NoticeSource {
  let value: LocalizedLabel | undefined;
  let readAt = -Infinity;
  const read = async () => {
    if (Date.now() - readAt < ttlMs) return value;
    try {
      value = await catalogueNotice(db);
      readAt = Date.now();
    } catch {
      // Keep the last value; try again on the next request.
    }
    return value;
  };
  return Object.assign(read, { forget: () => { readAt = -Infinity; } });
}
