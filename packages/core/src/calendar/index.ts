/** The working-day calendar: China-local 'YYYY-MM-DD' dates, chinese-days holiday data, deadlines. */
export { CalendarError, isCalendarError, type CalendarErrorCode } from './errors.js';
export { addCalendarDays, dayOfWeek, diffCalendarDays, isIsoDate, type CalendarDate } from './iso-date.js';
export { chinaToday, toChinaDate, toEpochMs, type Instant } from './china-date.js';
export { calendarCoverage, isCalendarYearCovered, type CalendarCoverage } from './coverage.js';
export { addHolidayNotice, type HolidayNotice } from './holidays.js';
export type { ClockPause } from './pauses.js';
export { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, type WorkingDayOptions } from './working-days.js';
export { computeDeadline, type DeadlineInput, type DeadlineLimit, type DeadlineStatus, type DeadlineUnit } from './deadline.js';
export {
  DEFAULT_OFFICE_DAY, addWorkingMinutes, countWorkingMinutes, officeDayMinutes, parseOfficeHours, workingMinutesOfLimit,
  type InstantPause, type OfficeDay, type OfficePeriod, type WorkingTimeOptions,
} from './working-time.js';
export {
  computeWorkingTimeDeadline, type WorkingTimeDeadlineInput, type WorkingTimeDeadlineStatus,
} from './working-time-deadline.js';
