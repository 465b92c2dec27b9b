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
 * are estimates; computeDeadline reports this as `estimated`. The State Council publishes next year's notice
 * in late autumn, often before chinese-days ships it: addHolidayNotice() lets a deployment add it at start-up.
 */
import { CalendarError } from './errors.js';
import * as data from './holiday-data.js';
import { parseIsoDateParts, toEpochDay, type CalendarDate } from './iso-date.js';

function dateSet(table: Readonly<Record<number, string>>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [year, days] of Object.entries(table)) {
    for (const mmdd of days.split(' ')) out.add(`${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
  }
  return out;
}

const HOLIDAYS = new Set(dateSet(data.HOLIDAYS));
const WORK_WEEKENDS = new Set(dateSet(data.WORK_WEEKENDS));
const YEARS = new Set(Object.keys(data.HOLIDAYS).map(Number));
let revision = 0;

/** Years that have at least one listed holiday, i.e. a published notice (bundled or added). */
export function yearsWithData(): readonly number[] {
  return [...YEARS].sort((a, b) => a - b);
}

/** Bumped by every addHolidayNotice, so caches of derived facts know to refresh. */
export function holidayRevision(): number {
  return revision;
}

/** One year's 国务院办公厅 holiday notice: its rest days and its 调休 working weekends, as 'YYYY-MM-DD'. */
export interface HolidayNotice {
  readonly year: number;
  /** Every day off, weekends inside a holiday included (as chinese-days lists them). */
  readonly holidays: readonly CalendarDate[];
  /** Weekend days that are working days (调休). */
  readonly workWeekends: readonly CalendarDate[];
}

/**
 * Adds (or replaces) the holiday notice of one year, e.g. next year's notice before chinese-days publishes
 * it. Applies to this process: the server calls it at start-up from configuration. Throws CalendarError
 * ('invalid_date') when a day is not a real date of that year, or is listed both ways.
 */
export function addHolidayNotice(notice: HolidayNotice): void {
  const { year } = notice;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new CalendarError('invalid_date', `A holiday notice needs a 4-digit year, got ${JSON.stringify(year)}`, notice);
  }
  const check = (list: unknown, field: string): CalendarDate[] => {
    if (!Array.isArray(list)) throw new CalendarError('invalid_date', `${field} of the ${year} holiday notice must be a list of 'YYYY-MM-DD' dates`, notice);
    for (const d of list) {
      if (typeof d !== 'string' || parseIsoDateParts(d)?.year !== year) {
        throw new CalendarError('invalid_date', `${field} of the ${year} holiday notice lists ${JSON.stringify(d)}, which is not a 'YYYY-MM-DD' date in ${year}`, d);
      }
    }
    return list as CalendarDate[];
  };
  const holidays = check(notice.holidays, 'holidays');
  const work = check(notice.workWeekends, 'workWeekends');
  const both = holidays.find((d) => work.includes(d));
  if (both !== undefined) throw new CalendarError('invalid_date', `${both} is listed both as a holiday and as a working weekend`, both);
  if (holidays.length === 0) throw new CalendarError('invalid_date', `The ${year} holiday notice lists no holidays`, notice);
  const prefix = `${year}-`;
  for (const set of [HOLIDAYS, WORK_WEEKENDS]) for (const d of [...set]) if (d.startsWith(prefix)) set.delete(d);
  for (const d of holidays) HOLIDAYS.add(d);
  for (const d of work) WORK_WEEKENDS.add(d);
  YEARS.add(year);
  // Stryker disable next-line UpdateOperator: caches only compare the revision for change; down changes it as well as up
  revision++;
}

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
