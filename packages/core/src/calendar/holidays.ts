/**
 * The only place that talks to chinese-days (国务院办公厅 holiday notices, incl. 调休 working weekends).
 *
 * Two traps handled here:
 * - Module shape: the package is CommonJS with an ESM build under "module". Node's ESM loader exposes only a
 *   default export (module.exports), bundlers give the ESM default object; both carry `isWorkday`, so use the
 *   default import and nothing else.
 * - Time zones: chinese-days formats dates with local-time getters, so a 'YYYY-MM-DD' string parsed as UTC can
 *   read as the previous day west of Greenwich. Passing a Date at local midnight of the wanted day is read back
 *   as that same day in every host time zone.
 *
 * Years without data (before 2004 or after the last published notice, see calendarCoverage()): chinese-days
 * falls back to Monday–Friday = working day, Saturday/Sunday = rest day, i.e. statutory holidays are NOT
 * known there. Deadlines in such years are estimates; computeDeadline reports this as `estimated`.
 */
import chineseDays from 'chinese-days';
import { parseIsoDateParts, type CalendarDate } from './iso-date.js';
import { CalendarError } from './errors.js';

/** True when chinese-days says the date is a working day (work weekends count; holidays do not). */
export function libraryIsWorkday(date: CalendarDate): boolean {
  return chineseDays.isWorkday(localMidnight(date));
}

/** True when chinese-days lists the date as a statutory holiday falling on a weekday (its data table). */
export function libraryHasHolidayData(year: number, month: number, fromDay: number, toDay: number): boolean {
  const start = new Date(2000, 0, 1);
  start.setFullYear(year, month - 1, fromDay);
  const end = new Date(2000, 0, 1);
  end.setFullYear(year, month - 1, toDay);
  return chineseDays.getHolidaysInRange(start, end, false).length > 0;
}

function localMidnight(date: CalendarDate): Date {
  const p = parseIsoDateParts(date);
  if (!p) throw new CalendarError('invalid_date', `Not a 'YYYY-MM-DD' calendar date: ${JSON.stringify(date)}`, date);
  // new Date(y, m, d) maps years 0–99 to 1900–1999; setFullYear does not.
  const d = new Date(2000, 0, 1);
  d.setFullYear(p.year, p.month - 1, p.day);
  return d;
}
