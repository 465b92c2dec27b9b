/** Which years the bundled holiday data covers. */
import { libraryHasHolidayData } from './holidays.js';

/** Years with published holiday data, and their bounds. */
export interface CalendarCoverage {
  readonly years: readonly number[];
  readonly firstYear: number;
  readonly lastYear: number;
}

// Probe window: the State Council has published notices since 1999; data for next year appears each autumn.
const PROBE_FROM = 1990;
const PROBE_TO = 2200;

let cached: CalendarCoverage | undefined;

/**
 * Years for which chinese-days has holiday data (first to last, e.g. 2004–2026 for 1.5.7). Detected, not
 * hard-coded, so upgrading chinese-days extends it: a year counts when 1–7 October (国庆) contains a listed
 * weekday holiday, which every published year has.
 */
export function calendarCoverage(): CalendarCoverage {
  if (cached) return cached;
  const years: number[] = [];
  for (let y = PROBE_FROM; y <= PROBE_TO; y++) if (libraryHasHolidayData(y, 10, 1, 7)) years.push(y);
  cached = Object.freeze({ years: Object.freeze(years), firstYear: years[0] ?? Number.NaN, lastYear: years[years.length - 1] ?? Number.NaN });
  return cached;
}

/** True when the year of `date` ('YYYY-MM-DD') has holiday data. */
export function isCalendarYearCovered(year: number): boolean {
  return calendarCoverage().years.includes(year);
}
