/** Which years the bundled holiday data covers. */
import { YEARS_WITH_DATA } from './holidays.js';

/** Years with published holiday data, and their bounds. */
export interface CalendarCoverage {
  readonly years: readonly number[];
  readonly firstYear: number;
  readonly lastYear: number;
}

let cached: CalendarCoverage | undefined;

/**
 * Years for which chinese-days has holiday data (first to last, e.g. 2004–2026 for 1.5.7). Read from the data,
 * not hard-coded, so upgrading chinese-days extends it.
 */
export function calendarCoverage(): CalendarCoverage {
  cached ??= Object.freeze({
    years: YEARS_WITH_DATA,
    firstYear: YEARS_WITH_DATA[0] ?? Number.NaN,
    lastYear: YEARS_WITH_DATA[YEARS_WITH_DATA.length - 1] ?? Number.NaN,
  });
  return cached;
}

/** True when the year of `date` ('YYYY-MM-DD') has holiday data. */
export function isCalendarYearCovered(year: number): boolean {
  return YEARS_WITH_DATA.includes(year);
}
