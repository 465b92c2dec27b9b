import { readFileSync } from 'node:fs';
import { addHolidayNotice, isCalendarError, type HolidayNotice } from '@zwfw/core';

/**
 * Loads ZWFW_HOLIDAY_NOTICES: a JSON list of holiday notices ({ year, holidays, workWeekends }), for years
 * whose 国务院办公厅 notice is out before the bundled chinese-days data has it. Every replica of one
 * deployment must load the same file, or their deadlines differ. Throws an Error naming the file and the fix.
 */
export function loadHolidayNotices(file: string): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`ZWFW_HOLIDAY_NOTICES: cannot read ${file} as JSON (${(e as Error).message}). Point it at a JSON list of { "year", "holidays", "workWeekends" }.`);
  }
  if (!Array.isArray(parsed)) {
    throw new Error(`ZWFW_HOLIDAY_NOTICES: ${file} must hold a JSON list of { "year", "holidays", "workWeekends" }, one per year.`);
  }
  const years: number[] = [];
  parsed.forEach((notice: unknown, i) => {
    try {
      addHolidayNotice(notice as HolidayNotice);
    } catch (e) {
      if (!isCalendarError(e)) throw e;
      throw new Error(`ZWFW_HOLIDAY_NOTICES: entry ${i} of ${file}: ${e.message}`);
    }
    years.push((notice as HolidayNotice).year);
  });
  return years;
}
