/**
 * Clock pauses (补正 correction requests, 特别程序 special procedures: 行政许可法 art. 45). A pause covers the
 * days `from` through `to`, both inclusive: neither counts towards the time limit. No `to` = still open: every
 * day from `from` on is paused (the clock is frozen).
 */
import { CalendarError } from './errors.js';
import { toEpochDay, type CalendarDate } from './iso-date.js';

/** A paused interval; `to` omitted while the pause is still running. */
export interface ClockPause {
  readonly from: CalendarDate;
  readonly to?: CalendarDate | null | undefined;
}

/** A pause in epoch days; `to` = Infinity when open. */
export interface PauseSpan {
  readonly from: number;
  readonly to: number;
}

/** Validates pauses and converts them to epoch-day spans; throws CalendarError('invalid_pause'). */
export function toPauseSpans(pauses: readonly ClockPause[] | undefined): PauseSpan[] {
  if (pauses === undefined) return [];
  if (!Array.isArray(pauses)) throw new CalendarError('invalid_pause', 'pauses must be an array', pauses);
  return pauses.map((p: ClockPause | null | undefined, i) => {
    if (typeof p !== 'object' || p === null) {
      throw new CalendarError('invalid_pause', `Pause ${i} must be an object { from, to? }, got ${JSON.stringify(p)}`, p);
    }
    const from = toEpochDay(p.from);
    // JSON has no undefined: an open pause read from a database or an API arrives with to: null.
    const to = p.to === undefined || p.to === null ? Number.POSITIVE_INFINITY : toEpochDay(p.to);
    if (to < from) throw new CalendarError('invalid_pause', `Pause ${i} ends (${String(p.to)}) before it starts (${p.from})`, p);
    return { from, to };
  });
}

/** True when the epoch day falls in any span. */
export function isPausedDay(spans: readonly PauseSpan[], epochDay: number): boolean {
  return spans.some((s) => epochDay >= s.from && epochDay <= s.to);
}
