/**
 * Working time: limits counted in office minutes (企业开办 in 4 hours, 0.5 个工作日) rather than whole days.
 * Only minutes inside the office periods of a working day count (China time, UTC+8; holidays excluded, 调休
 * weekends included, from the same calendar as the working-day arithmetic). Pauses (补正, 特别程序) are
 * instants, not days: the clock stops when the case enters the pausing status and starts again when it leaves.
 */
import { toEpochMs, type Instant } from './china-date.js';
import { CalendarError } from './errors.js';
import { libraryIsWorkday } from './holidays.js';
import { fromEpochDay, type CalendarDate } from './iso-date.js';

/** One office period of a day, China wall time 'HH:MM' (end after start; '24:00' allowed as an end). */
export interface OfficePeriod {
  readonly start: string;
  readonly end: string;
}

/** The office hours of every working day, e.g. 09:00–12:00 and 13:30–17:30. */
export interface OfficeDay {
  readonly periods: readonly OfficePeriod[];
}

/** The usual hall hours: 09:00–12:00 and 13:30–17:30 (7 working hours). */
export const DEFAULT_OFFICE_DAY: OfficeDay = {
  periods: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '17:30' }],
};

/** A paused interval of instants; `to` omitted (or null) while the pause is still running. */
export interface InstantPause {
  readonly from: Instant;
  readonly to?: Instant | null | undefined;
}

/** Options of addWorkingMinutes / countWorkingMinutes. */
export interface WorkingTimeOptions {
  /** Defaults to {@link DEFAULT_OFFICE_DAY}. */
  readonly officeDay?: OfficeDay;
  /** Intervals that do not count, [from, to). */
  readonly pauses?: readonly InstantPause[];
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
// Longest walk allowed: 100 years. Guards against runaway loops on absurd input, not a business limit.
const MAX_SPAN_DAYS = 36_600;
const HHMM = /^(\d{2}):(\d{2})$/;

type Interval = readonly [number, number];

/**
 * Parses office hours written as 'HH:MM-HH:MM,HH:MM-HH:MM' (e.g. '09:00-12:00,13:30-17:30'). Throws
 * CalendarError('invalid_office_hours') naming the expected form.
 */
export function parseOfficeHours(text: string): OfficeDay {
  const periods = text.split(',').map((part) => {
    const [start, end, extra] = part.split('-').map((s) => s.trim());
    // Stryker disable next-line ConditionalExpression: split always gives a first part; the check narrows its type
    if (start === undefined || end === undefined || extra !== undefined) {
      throw new CalendarError('invalid_office_hours', `Office hours must look like 09:00-12:00,13:30-17:30; got ${JSON.stringify(text)}`, text);
    }
    return { start, end };
  });
  const day = { periods };
  periodMinutes(day);
  return day;
}

/** Length of the office day in minutes (420 for the default 7 hours). */
export function officeDayMinutes(officeDay: OfficeDay = DEFAULT_OFFICE_DAY): number {
  return periodMinutes(officeDay).reduce((sum, [a, b]) => sum + b - a, 0);
}

/**
 * Working minutes of a time limit counted in working time, or undefined for a limit counted in days.
 * Minute and hour limits count those minutes. A fractional working-day limit (0.5 个工作日) counts
 * value × the office day's length: 0.5 × 7 h = 3.5 h = 210 minutes with the default office day. Whole
 * working-day, calendar-day, month and year limits are counted in days by computeDeadline.
 */
export function workingMinutesOfLimit(limit: { readonly value: number; readonly unit: string }, officeDay: OfficeDay = DEFAULT_OFFICE_DAY): number | undefined {
  if (limit.unit === 'minute') return limit.value;
  if (limit.unit === 'hour') return limit.value * 60;
  if (limit.unit === 'working_day' && !Number.isInteger(limit.value)) return limit.value * officeDayMinutes(officeDay);
  return undefined;
}

/**
 * The instant at which `minutes` working minutes have elapsed after `start`. A start outside office hours
 * begins at the next office period; paused time never counts. Ending exactly at the end of a period gives
 * that end (4 hours from Friday 16:00 end at 11:30 on the next working day, not at 13:30). 0 minutes gives
 * `start`. Running into an open pause throws CalendarError('open_pause'): the due instant is unknown.
 * Example: 4 hours from Friday 2026-04-03T16:00+08:00 (before 清明) end at 2026-04-07T11:30+08:00.
 */
export function addWorkingMinutes(start: Instant, minutes: number, options: WorkingTimeOptions = {}): Date {
  const from = toEpochMs(start);
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new CalendarError('invalid_amount', `minutes must be a non-negative number, got ${String(minutes)}`, minutes);
  }
  const periods = periodMinutes(options.officeDay ?? DEFAULT_OFFICE_DAY);
  const pauses = pauseIntervals(options.pauses);
  let left = Math.round(minutes * MINUTE);
  if (left === 0) return new Date(from);
  const openFrom = Math.min(...pauses.filter(([, b]) => b === Number.POSITIVE_INFINITY).map(([a]) => a));
  const first = chinaEpochDay(from);
  // Stryker disable next-line EqualityOperator: one day less of a 100-year guard changes no result that fits in it
  for (let day = first; day <= first + MAX_SPAN_DAYS; day++) {
    for (const [a0, b] of countedIntervals(day, periods, pauses)) {
      const a = Math.max(a0, from);
      // Stryker disable next-line EqualityOperator: an interval of no length counts nothing either way
      if (b <= a) continue;
      if (b - a >= left) return new Date(a + left);
      left -= b - a;
    }
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: this only ends the walk early; every day after an open pause counts
    // nothing, so a walk that goes on throws the same open_pause a day later
    if (openFrom < dayStart(day + 1)) {
      throw new CalendarError('open_pause', `The clock is paused from ${new Date(openFrom).toISOString()} with no end; the due time is unknown`, openFrom);
    }
  }
  throw new CalendarError('out_of_range', `${minutes} working minutes do not fit in ${MAX_SPAN_DAYS} days`, minutes);
}

/**
 * Working minutes between two instants: time in [from, to) inside office periods of working days and
 * outside every pause. Exact (a fraction when the instants are not on whole minutes); 0 when `to` is not
 * after `from`. Inverse of addWorkingMinutes: countWorkingMinutes(s, addWorkingMinutes(s, m, o), o) = m.
 */
export function countWorkingMinutes(from: Instant, to: Instant, options: WorkingTimeOptions = {}): number {
  const a = toEpochMs(from);
  const b = toEpochMs(to);
  const periods = periodMinutes(options.officeDay ?? DEFAULT_OFFICE_DAY);
  const pauses = pauseIntervals(options.pauses);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; the loop below counts no minutes of an empty or reversed range
  if (b <= a) return 0;
  const first = chinaEpochDay(a);
  const last = chinaEpochDay(b);
  if (last - first > MAX_SPAN_DAYS) throw new CalendarError('out_of_range', `Range longer than ${MAX_SPAN_DAYS} days`, { from, to });
  let ms = 0;
  for (let day = first; day <= last; day++) {
    for (const [x, y] of countedIntervals(day, periods, pauses)) ms += Math.max(0, Math.min(y, b) - Math.max(x, a));
  }
  return ms / MINUTE;
}

/** The China calendar day of an epoch-millisecond instant, as an epoch day. */
export function chinaEpochDay(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

/** The China calendar date of an epoch-millisecond instant. */
export function chinaDateOfMs(ms: number): CalendarDate {
  return fromEpochDay(chinaEpochDay(ms));
}

/** Validates pauses and converts them to [from, to) millisecond intervals (to = Infinity when open). */
export function pauseIntervals(pauses: readonly InstantPause[] | undefined): Interval[] {
  if (pauses === undefined) return [];
  if (!Array.isArray(pauses)) throw new CalendarError('invalid_pause', 'pauses must be an array', pauses);
  return pauses.map((p: InstantPause | null | undefined, i): Interval => {
    if (typeof p !== 'object' || p === null) {
      throw new CalendarError('invalid_pause', `Pause ${i} must be an object { from, to? }, got ${JSON.stringify(p)}`, p);
    }
    const a = toEpochMs(p.from);
    const b = p.to === undefined || p.to === null ? Number.POSITIVE_INFINITY : toEpochMs(p.to);
    if (b < a) throw new CalendarError('invalid_pause', `Pause ${i} ends before it starts`, p);
    return [a, b];
  });
}

function dayStart(day: number): number {
  return day * DAY_MS - CHINA_OFFSET_MS;
}

// The counted intervals of one China day: its office periods if it is a working day, minus the pauses.
function countedIntervals(day: number, periods: readonly Interval[], pauses: readonly Interval[]): Interval[] {
  if (!libraryIsWorkday(fromEpochDay(day))) return [];
  const base = dayStart(day);
  let out: Interval[] = periods.map(([a, b]) => [base + a * MINUTE, base + b * MINUTE]);
  for (const [pa, pb] of pauses) {
    out = out.flatMap(([a, b]): Interval[] => {
      // Stryker disable next-line EqualityOperator: a pause touching the interval leaves it whole either way
      if (pb <= a || pa >= b) return [[a, b]];
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the extra pieces would be empty or reversed, and count nothing
      return [...(pa > a ? [[a, pa] as const] : []), ...(pb < b ? [[pb, b] as const] : [])];
    });
  }
  return out;
}

// Office periods as [start, end) minutes of the day, checked: well-formed, ascending, not overlapping.
function periodMinutes(officeDay: OfficeDay): Interval[] {
  const bad = (why: string): never => {
    throw new CalendarError('invalid_office_hours', `Office hours ${why}; expected periods like 09:00-12:00,13:30-17:30`, officeDay);
  };
  if (typeof officeDay !== 'object' || officeDay === null || !Array.isArray(officeDay.periods) || officeDay.periods.length === 0) {
    return bad('need at least one period');
  }
  const out = officeDay.periods.map((p): Interval => {
    const start = minuteOfDay(p?.start, false);
    const end = minuteOfDay(p?.end, true);
    if (start === undefined || end === undefined) return bad(`have an unreadable time in ${JSON.stringify(p)}`);
    if (end <= start) return bad(`have a period ending before it starts (${p.start}-${p.end})`);
    return [start, end];
  });
  for (let i = 1; i < out.length; i++) {
    if (out[i]![0] < out[i - 1]![1]) bad('must be in order and must not overlap');
  }
  return out;
}

function minuteOfDay(hhmm: unknown, isEnd: boolean): number | undefined {
  const m = typeof hhmm === 'string' ? HHMM.exec(hhmm) : null;
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && (min > 0 || !isEnd))) return undefined;
  return h * 60 + min;
}
