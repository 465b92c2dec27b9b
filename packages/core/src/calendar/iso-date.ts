/**
 * Calendar dates as 'YYYY-MM-DD' strings. They carry no time zone: a date is a day on the wall calendar in
 * China, and the caller is responsible for passing China-local dates (see toChinaDate). Arithmetic goes
 * through "epoch days" (days since 1970-01-01, computed in UTC) so no host time zone can shift a date.
 */
import { CalendarError } from './errors.js';

/** A calendar date 'YYYY-MM-DD' (China-local by convention). */
export type CalendarDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' into parts, or undefined when it is not a real calendar date. */
export function parseIsoDateParts(date: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: daysInMonth is 0 outside months 1–12, so the month bounds are a second guard
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `date` is a real 'YYYY-MM-DD' date (rejects 2023-02-29, 2024-13-01, '2024-1-1'). */
export function isIsoDate(date: unknown): date is CalendarDate {
  return typeof date === 'string' && parseIsoDateParts(date) !== undefined;
}

/** Number of days in a Gregorian month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Converts a date to days since 1970-01-01; throws CalendarError('invalid_date') on a bad string. */
export function toEpochDay(date: CalendarDate): number {
  const p = parseIsoDateParts(date);
  if (!p) throw new CalendarError('invalid_date', `Not a 'YYYY-MM-DD' calendar date: ${JSON.stringify(date)}`, date);
  // Date.UTC maps years 0–99 to 1900–1999, so set the full year explicitly.
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** Converts days since 1970-01-01 back to 'YYYY-MM-DD'. */
export function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(epochDay * MS_PER_DAY);
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) throw new CalendarError('out_of_range', `Date out of the 4-digit year range: ${y}`, epochDay);
  return `${String(y).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Adds `days` calendar days (may be negative). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function diffCalendarDays(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: CalendarDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
