/** The 办件 deadline shown by progress trackers: due date, elapsed/remaining working days, paused, overdue. */
import { chinaToday } from './china-date.js';
import { isCalendarYearCovered } from './coverage.js';
import { CalendarError } from './errors.js';
import { daysInMonth, fromEpochDay, parseIsoDateParts, toEpochDay, type CalendarDate } from './iso-date.js';
import { isPausedDay, toPauseSpans, type ClockPause, type PauseSpan } from './pauses.js';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter } from './working-days.js';

/** Unit of a time limit. */
export type DeadlineUnit = 'working_day' | 'calendar_day' | 'month' | 'year';

const UNITS: readonly string[] = ['working_day', 'calendar_day', 'month', 'year'];

/** A time limit, e.g. { value: 20, unit: 'working_day' } (行政许可法 art. 42). */
export interface DeadlineLimit {
  readonly value: number;
  readonly unit: DeadlineUnit;
}

/** Input of {@link computeDeadline}. */
export interface DeadlineInput {
  /** 受理 date, China-local 'YYYY-MM-DD'. */
  readonly acceptedOn: CalendarDate;
  readonly limit: DeadlineLimit;
  readonly pauses?: readonly ClockPause[];
  /** Default false: the acceptance day does not count. */
  readonly countStartDay?: boolean;
  /** China-local 'YYYY-MM-DD'; defaults to today in China. */
  readonly today?: CalendarDate;
}

/** Deadline status as of `today`. */
export interface DeadlineStatus {
  /** Last day of the limit. While a pause is open this is provisional: it assumes the pause ends today. */
  readonly dueDate: CalendarDate;
  /** Counted working days from acceptance through today (paused days excluded). */
  readonly elapsedWorkingDays: number;
  /** Counted working days after today through dueDate; negative = working days overdue. */
  readonly remainingWorkingDays: number;
  /** True when a pause covers today (the clock is frozen). */
  readonly paused: boolean;
  /** True when today is after dueDate. */
  readonly overdue: boolean;
  /** True when a year between acceptance and due date has no holiday data (weekends-only estimate). */
  readonly estimated: boolean;
}

/**
 * Computes the deadline of a case. Working-day limits count working days (调休 weekends included, holidays
 * excluded). Calendar-day limits count every day and, if the last day is not a working day, move to the next
 * working day (民法典 art. 203: a period ending on a statutory rest day ends on the following day).
 * Month and year limits end on the corresponding day of the last month, or its last day when it has none
 * (民法典 art. 202: 1 month from 01-31 ends on 02-28/29), then move off rest days the same way.
 * Paused days (pauses, inclusive) count in neither unit; an open pause freezes the clock at today.
 * For a working-day limit, elapsedWorkingDays + remainingWorkingDays === limit.value once accepted
 * (except a 0-day limit with countStartDay, where the acceptance day itself is used up).
 */
export function computeDeadline(input: DeadlineInput): DeadlineStatus {
  const { acceptedOn, limit } = input;
  const countStartDay = input.countStartDay === true;
  const today = input.today ?? chinaToday();
  const accepted = toEpochDay(acceptedOn);
  const now = toEpochDay(today);
  checkLimit(limit);
  const spans = provisionalSpans(toPauseSpans(input.pauses), now);
  const pauses = spans.map(spanToPause);

  const dueDate =
    limit.unit === 'working_day'
      ? addWorkingDays(acceptedOn, limit.value, { countStartDay, pauses })
      : limit.unit === 'calendar_day'
        ? calendarDayDue(accepted, limit.value, countStartDay, spans)
        : monthDue(accepted, limit.unit === 'year' ? limit.value * 12 : limit.value, countStartDay, spans);
  const due = toEpochDay(dueDate);

  const elapsed = countWorkingDays(acceptedOn, today, { countStartDay, pauses });
  // Stryker disable next-line EqualityOperator: on the due date both branches below count 0 days (-0 is turned into 0)
  const notPastDue = now <= due;
  const remaining =
    now < accepted
      ? countWorkingDays(acceptedOn, dueDate, { countStartDay, pauses })
      : notPastDue
        ? countWorkingDays(today, dueDate, { pauses })
        : -countWorkingDays(dueDate, today, { pauses });

  return {
    dueDate,
    elapsedWorkingDays: elapsed,
    remainingWorkingDays: remaining === 0 ? 0 : remaining, // no -0 in results
    paused: isPausedDay(spans, now),
    overdue: now > due,
    estimated: !yearsCovered(acceptedOn, dueDate),
  };
}

function checkLimit(limit: DeadlineLimit): void {
  if (!UNITS.includes(limit.unit)) {
    throw new CalendarError('invalid_unit', `Unknown time-limit unit ${JSON.stringify(limit.unit)}`, limit);
  }
  if (!Number.isInteger(limit.value) || limit.value < 0) {
    throw new CalendarError('invalid_amount', `Time-limit value must be a non-negative integer, got ${limit.value}`, limit);
  }
}

// An open pause that has started is assumed to end today (the due date moves on each paused day); one that
// has not started yet does not affect today's view.
function provisionalSpans(spans: readonly PauseSpan[], now: number): PauseSpan[] {
  return spans.flatMap((s) => (s.to !== Number.POSITIVE_INFINITY ? [s] : s.from > now ? [] : [{ from: s.from, to: now }]));
}

function spanToPause(s: PauseSpan): ClockPause {
  return { from: fromEpochDay(s.from), to: fromEpochDay(s.to) };
}

function calendarDayDue(accepted: number, value: number, countStartDay: boolean, spans: readonly PauseSpan[]): CalendarDate {
  if (value === 0) return fromEpochDay(accepted);
  let counted = 0;
  let d = countStartDay ? accepted : accepted + 1;
  for (; ; d++) {
    if (!isPausedDay(spans, d) && ++counted === value) break;
  }
  const last = fromEpochDay(d);
  return isWorkingDay(last) ? last : nextWorkingDayOnOrAfter(last);
}

// 民法典 art. 201: the start day is not counted, so N months from 03-15 end on the corresponding day 05-15;
// counting the start day ends one day earlier. Paused days (补正, 特别程序) push the end out by as many days
// as fall inside the period, including those the extension itself covers.
function monthDue(accepted: number, months: number, countStartDay: boolean, spans: readonly PauseSpan[]): CalendarDate {
  if (months === 0) return fromEpochDay(accepted);
  const start = parseIsoDateParts(fromEpochDay(accepted));
  // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, fromEpochDay always writes a readable date
  if (!start) throw new CalendarError('invalid_date', 'Unreadable acceptance date', accepted);
  const total = start.month - 1 + months;
  const year = start.year + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(start.day, daysInMonth(year, month));
  const end = toEpochDay(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) - (countStartDay ? 1 : 0);
  let due = end;
  // Stryker disable next-line UnaryOperator: any non-zero start enters the loop; -1 and +1 alike
  for (let counted = -1; counted !== 0; ) {
    counted = 0;
    for (let d = accepted; d <= due; d++) if (isPausedDay(spans, d)) counted++;
    counted = end + counted - due;
    due += counted;
  }
  const last = fromEpochDay(due);
  return isWorkingDay(last) ? last : nextWorkingDayOnOrAfter(last);
}

/** True when every year from `from` through `to` has holiday data. */
export function yearsCovered(from: CalendarDate, to: CalendarDate): boolean {
  // Stryker disable next-line OptionalChaining: callers pass dates already read (an acceptance date, a computed due date)
  const a = parseIsoDateParts(from)?.year ?? 0;
  // Stryker disable next-line OptionalChaining: as above
  const b = parseIsoDateParts(to)?.year ?? 0;
  for (let y = a; y <= b; y++) if (!isCalendarYearCovered(y)) return false;
  return true;
}
