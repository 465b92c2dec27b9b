/**
 * Working days from the chinese-days data (国务院办公厅 holiday notices, incl. 调休 working weekends), which
 * scripts/gen-holidays.mjs copies into holiday-data.ts from the package's published data file.
 *
 * We use the package's data, not its functions: chinese-days builds its lookup table when it
 * loads by parsing dates as UTC and formatting them with local-time getters, so on a host west of Greenwich
 * (any server or browser in the Americas) every entry lands one day early and 2024-01-01 reads as a working
 * day. The data file is keyed by plain 'YYYY-MM-DD' strings and the weekday comes from epoch-day arithmetic,
 * so no host time zone can shift a date. (It is also a small fraction of the library's size in a bundle.)
 *
 * Years without data (before the first or after the last published notice, see calendarCoverage()): only
 * Monday–Friday count as working days, i.e. statutory holidays are NOT known there. Deadlines in such years
 * are estimates; computeDeadline reports this as `estimated`.
 */
import * as data from './holiday-data.js';
import { toEpochDay, type CalendarDate } from './iso-date.js';

function dateSet(table: Readonly<Record<number, string>>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [year, days] of Object.entries(table)) {
    for (const mmdd of days.split(' ')) out.add(`${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
  }
  return out;
}

const HOLIDAYS = dateSet(data.HOLIDAYS);
const WORK_WEEKENDS = dateSet(data.WORK_WEEKENDS);

/** Years that have at least one listed holiday, i.e. a published notice. */
export const YEARS_WITH_DATA: readonly number[] = Object.freeze(Object.keys(data.HOLIDAYS).map(Number).sort((a, b) => a - b));

/**
 * True for a working day: a listed 调休 working weekend, or a Monday–Friday that is not a listed holiday.
 * Throws CalendarError('invalid_date') when `date` is not a real 'YYYY-MM-DD' date.
 */
export function libraryIsWorkday(date: CalendarDate): boolean {
  const epochDay = toEpochDay(date); // validates
  if (HOLIDAYS.has(date)) return false;
  if (WORK_WEEKENDS.has(date)) return true;
  const weekday = (((epochDay + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6;
}
