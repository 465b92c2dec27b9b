/** Typed errors of the calendar: every throw from this folder is a CalendarError with a stable `code`. */

/** Stable codes of {@link CalendarError}. */
export type CalendarErrorCode =
  | 'invalid_date'
  | 'invalid_amount'
  | 'invalid_unit'
  | 'invalid_pause'
  | 'open_pause'
  | 'out_of_range'
  | 'invalid_office_hours';

/** The only error the calendar throws; `code` is stable, `message` is for developers (English). */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  readonly code: CalendarErrorCode;
  /** The offending input, for logs. */
  readonly input: unknown;

  constructor(code: CalendarErrorCode, message: string, input?: unknown) {
    super(message);
    this.code = code;
    this.input = input;
  }
}

/** True for a {@link CalendarError} (also across bundle copies, where instanceof fails). */
export function isCalendarError(error: unknown): error is CalendarError {
  return error instanceof CalendarError || (error instanceof Error && error.name === 'CalendarError' && 'code' in error);
}
