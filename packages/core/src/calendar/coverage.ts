/** Which years the bundled holiday data covers. */
import { holidayRevision, yearsWithData } from './holidays.js';

/** Years with published holiday data, and their bounds. */
export interface CalendarCoverage {
  readonly years: readonly number[];
  readonly firstYear: number;
  readonly lastYear: number;
}

let cached: { coverage: CalendarCoverage; revision: number } | undefined;

/**
 * Years with holiday data: chinese-days' (2004–2026 for 1.5.7) and any added by addHolidayNotice. Read from the data,
 * not hard-coded, so upgrading chinese-days extends it.
 */
export function calendarCoverage(): CalendarCoverage {
  // Stryker disable next-line ConditionalExpression: the cache only saves work; recomputing gives equal coverage
  if (cached?.revision !== holidayRevision()) {
    const years = Object.freeze(yearsWithData());
    cached = {
      revision: holidayRevision(),
      coverage: Object.freeze({ years, firstYear: years[0] ?? Number.NaN, lastYear: years[years.length - 1] ?? Number.NaN }),
    };
  }
  return cached.coverage;
}

/** True when the year of `date` ('YYYY-MM-DD') has holiday data. */
export function isCalendarYearCovered(year: number): boolean {
  return calendarCoverage().years.includes(year);
}
