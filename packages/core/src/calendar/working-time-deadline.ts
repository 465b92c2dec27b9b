/** The deadline of a limit counted in working time (hours, minutes, a fraction of a working day). */
import { toEpochMs, type Instant } from './china-date.js';
import { yearsCovered } from './deadline.js';
import type { CalendarDate } from './iso-date.js';
import { countWorkingDays } from './working-days.js';
import {
  addWorkingMinutes, chinaDateOfMs, countWorkingMinutes, pauseIntervals, type InstantPause, type OfficeDay,
} from './working-time.js';

/** Input of {@link computeWorkingTimeDeadline}. */
export interface WorkingTimeDeadlineInput {
  /** The instant of 受理: the clock starts there (or at the next office period). */
  readonly acceptedAt: Instant;
  /** The limit in working minutes (see workingMinutesOfLimit). */
  readonly minutes: number;
  readonly officeDay?: OfficeDay;
  readonly pauses?: readonly InstantPause[];
  /** Defaults to the system clock. */
  readonly now?: Instant;
}

/** Working-time deadline status as of `now`. */
export interface WorkingTimeDeadlineStatus {
  /** The due instant. While a pause is open this is provisional: it assumes the pause ends now. */
  readonly dueAt: Date;
  /** The China date of dueAt. */
  readonly dueDate: CalendarDate;
  /** Whole working minutes left until dueAt; negative (whole minutes, rounded up) once overdue. */
  readonly remainingWorkingMinutes: number;
  /** Working days after today through dueDate: 0 on the due day, negative once past it. */
  readonly remainingWorkingDays: number;
  /** True when a pause covers now. */
  readonly paused: boolean;
  /** True when now is after dueAt. */
  readonly overdue: boolean;
  /** True when a year between acceptance and the due date has no holiday data. */
  readonly estimated: boolean;
}

/**
 * Computes a working-time deadline: `minutes` working minutes from acceptance, paused intervals excluded.
 * An open pause that has started is taken to end now (the due instant moves on while it runs); one that
 * starts after now is ignored.
 */
export function computeWorkingTimeDeadline(input: WorkingTimeDeadlineInput): WorkingTimeDeadlineStatus {
  const now = toEpochMs(input.now ?? Date.now());
  const accepted = toEpochMs(input.acceptedAt);
  const pauses = pauseIntervals(input.pauses).flatMap(([a, b]) => {
    if (b !== Number.POSITIVE_INFINITY) return [{ from: a, to: b }];
    // Stryker disable next-line EqualityOperator: an open pause from exactly now spans nothing either way
    return a > now ? [] : [{ from: a, to: now }];
  });
  const options = { pauses, ...(input.officeDay ? { officeDay: input.officeDay } : {}) };
  const dueAt = addWorkingMinutes(accepted, input.minutes, options);
  const due = dueAt.getTime();
  const dueDate = chinaDateOfMs(due);
  const today = chinaDateOfMs(Math.max(now, accepted));
  const from = Math.max(now, accepted);
  // Stryker disable next-line EqualityOperator: at the due instant both branches give 0 (-0 is turned into 0 below)
  const remainingMinutes = from <= due
    ? Math.floor(countWorkingMinutes(from, due, options))
    : -Math.ceil(countWorkingMinutes(due, from, options));
  // Stryker disable next-line EqualityOperator: on the due day both branches count 0 days (-0 is turned into 0 below)
  const remainingDays = today <= dueDate ? countWorkingDays(today, dueDate) : -countWorkingDays(dueDate, today);
  return {
    dueAt,
    dueDate,
    remainingWorkingMinutes: remainingMinutes === 0 ? 0 : remainingMinutes, // no -0 in results
    remainingWorkingDays: remainingDays === 0 ? 0 : remainingDays,
    paused: pauseIntervals(input.pauses).some(([a, b]) => a <= now && now < b),
    overdue: now > due,
    estimated: !yearsCovered(chinaDateOfMs(accepted), dueDate),
  };
}
