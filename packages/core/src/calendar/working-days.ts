/**
 * Working-day arithmetic for 行政许可 time limits (行政许可法 art. 82: periods are working days, statutory
 * holidays excluded; 调休 weekend working days count). Dates are China-local 'YYYY-MM-DD' strings.
 */
import { CalendarError } from './errors.js';
import { libraryIsWorkday } from './holidays.js';
import { fromEpochDay, toEpochDay, type CalendarDate } from './iso-date.js';
import { isPausedDay, toPauseSpans, type ClockPause, type PauseSpan } from './pauses.js';

/** Options of addWorkingDays / countWorkingDays. */
export interface WorkingDayOptions {
  /** Whether the start day itself counts as day 1 (if it is a working day). Default false: "期间开始的当日不计入". */
  readonly countStartDay?: boolean;
  /** Intervals that do not count (补正, 特别程序). */
  readonly pauses?: readonly ClockPause[];
}

// Longest walk allowed: 100 years. Guards against runaway loops on absurd input, not a business limit.
const MAX_SPAN_DAYS = 36_600;

/** True for a working day in China (调休 weekends included, statutory holidays excluded). */
export function isWorkingDay(date: CalendarDate): boolean {
  return libraryIsWorkday(date);
}

/** The first working day on or after `date`. */
export function nextWorkingDayOnOrAfter(date: CalendarDate): CalendarDate {
  const start = toEpochDay(date);
  // Stryker disable next-line EqualityOperator: the bound is never reached (a working day comes within days)
  for (let d = start; d <= start + MAX_SPAN_DAYS; d++) {
    const iso = fromEpochDay(d);
    if (libraryIsWorkday(iso)) return iso;
  }
  // Stryker disable next-line StringLiteral: unreachable (every week outside the holiday data has working days, and years past 9999 fail first in fromEpochDay)
  throw new CalendarError('out_of_range', `No working day within ${MAX_SPAN_DAYS} days of ${date}`, date);
}

/**
 * The date on which `n` working days have elapsed after `start` (or, with countStartDay, counting `start` as
 * day 1). n = 0 returns `start`. Paused days never count; if the count runs into an open pause the due date is
 * unknown and CalendarError('open_pause') is thrown (use computeDeadline for a provisional date).
 * Example: 5 working days after 2024-09-27 is 2024-10-10.
 */
export function addWorkingDays(start: CalendarDate, n: number, options: WorkingDayOptions = {}): CalendarDate {
  const first = toEpochDay(start);
  if (!Number.isInteger(n) || n < 0) throw new CalendarError('invalid_amount', `n must be a non-negative integer, got ${n}`, n);
  const spans = toPauseSpans(options.pauses);
  if (n === 0) return start;
  return fromEpochDay(walk(first, n, options.countStartDay === true, spans));
}

/** Epoch day of the n-th counted day (n ≥ 1). */
function walk(first: number, n: number, countStartDay: boolean, spans: readonly PauseSpan[]): number {
  let counted = 0;
  // Stryker disable next-line EqualityOperator: one day less of a 100-year guard changes no count that fits in it
  for (let d = countStartDay ? first : first + 1; d <= first + MAX_SPAN_DAYS; d++) {
    if (isPausedDay(spans, d)) {
      if (spans.some((s) => s.to === Number.POSITIVE_INFINITY && d >= s.from)) {
        throw new CalendarError('open_pause', `The clock is paused from ${fromEpochDay(d)} with no end; the due date is unknown`, fromEpochDay(d));
      }
      continue;
    }
    if (libraryIsWorkday(fromEpochDay(d)) && ++counted === n) return d;
  }
  throw new CalendarError('out_of_range', `${n} working days do not fit in ${MAX_SPAN_DAYS} days`, n);
}

/**
 * Working days counted from `from` to `to`: days in (from, to] — or [from, to] with countStartDay — that are
 * working days and not paused. Inverse of addWorkingDays: countWorkingDays(s, addWorkingDays(s, n, o), o) = n
 * for n ≥ 1 (n = 0 with countStartDay returns s itself, which then counts as 1 if it is a working day).
 * Returns 0 when `to` is before `from` (and before or on it, without countStartDay).
 */
export function countWorkingDays(from: CalendarDate, to: CalendarDate, options: WorkingDayOptions = {}): number {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  const spans = toPauseSpans(options.pauses);
  if (b - a > MAX_SPAN_DAYS) throw new CalendarError('out_of_range', `Range longer than ${MAX_SPAN_DAYS} days`, { from, to });
  let counted = 0;
  for (let d = options.countStartDay === true ? a : a + 1; d <= b; d++) {
    if (!isPausedDay(spans, d) && libraryIsWorkday(fromEpochDay(d))) counted++;
  }
  return counted;
}
