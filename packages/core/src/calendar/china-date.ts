/** Conversion of instants to the calendar date in China (Asia/Shanghai). */
import { CalendarError } from './errors.js';
import { parseIsoDateParts, type CalendarDate } from './iso-date.js';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE_TIME_LOCAL = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The Asia/Shanghai calendar date of an instant ('YYYY-MM-DD').
 * Accepts a Date, epoch milliseconds, an ISO date-time with Z/offset (an instant), a bare 'YYYY-MM-DD'
 * (already a calendar date, returned as is) or a zone-less date-time (taken as China wall time).
 * Uses the fixed UTC+8 offset: China has kept UTC+8 without daylight saving since 1991, and a fixed offset
 * needs no Intl time-zone data (older browsers, trimmed ICU builds). Instants during the 1986–1991 summer-time
 * years may be off by one hour near midnight.
 */
export function toChinaDate(input: string | Date | number): CalendarDate {
  if (typeof input === 'string') {
    const s = input.trim();
    if (isRealDate(s)) return s;
    const local = DATE_TIME_LOCAL.exec(s);
    if (local?.[1] !== undefined && isRealDate(local[1])) return local[1];
    // Date.parse rolls impossible days over (02-30 → 03-01), so check the date part first.
    if (!DATE_TIME_WITH_ZONE.test(s) || !isRealDate(s.slice(0, 10))) {
      throw new CalendarError('invalid_date', `Not an ISO date or date-time: ${JSON.stringify(input)}`, input);
    }
    return instantToChinaDate(Date.parse(s), input);
  }
  return instantToChinaDate(input instanceof Date ? input.getTime() : input, input);
}

/** An instant: a Date, epoch milliseconds, or an ISO date-time (with Z/offset, or zone-less China wall time). */
export type Instant = string | Date | number;

/**
 * Epoch milliseconds of an instant. A zone-less date-time is China wall time (as in toChinaDate); a bare date
 * is refused, since it names a day, not an instant. Throws CalendarError('invalid_date').
 */
export function toEpochMs(input: Instant): number {
  let ms: number;
  if (typeof input === 'string') {
    const s = input.trim();
    const local = DATE_TIME_LOCAL.exec(s);
    if (local?.[1] !== undefined && isRealDate(local[1])) ms = Date.parse(`${s.replace(' ', 'T')}+08:00`);
    else if (DATE_TIME_WITH_ZONE.test(s) && isRealDate(s.slice(0, 10))) ms = Date.parse(s);
    else throw new CalendarError('invalid_date', `Not an ISO date-time: ${JSON.stringify(input)}`, input);
  } else {
    ms = input instanceof Date ? input.getTime() : input;
  }
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new CalendarError('invalid_date', `Invalid instant: ${String(input)}`, input);
  return ms;
}

/** Today's date in China, from the given clock (defaults to the system clock). */
export function chinaToday(now: Date | number = Date.now()): CalendarDate {
  return toChinaDate(now);
}

function instantToChinaDate(ms: number, original: unknown): CalendarDate {
  if (!Number.isFinite(ms)) throw new CalendarError('invalid_date', `Invalid instant: ${String(original)}`, original);
  const d = new Date(ms + CHINA_OFFSET_MS);
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) throw new CalendarError('out_of_range', `Instant out of range: ${String(original)}`, original);
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${mm}-${dd}`;
}

// Not the isIsoDate type guard: its false branch would narrow a string to never.
function isRealDate(s: string): boolean {
  return parseIsoDateParts(s) !== undefined;
}
