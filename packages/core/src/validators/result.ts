/**
 * The typed result every validator returns. A boolean cannot tell a citizen what to fix; this can, in three
 * locales, with a stable machine code the server can put into RFC 9457 `errors` and the form can key on.
 */

import type { Locale } from '../schemas/labels.js';

/** Locales every validator message is written in: core's one {@link Locale}, under the name validators export. */
export type ValidationLocale = Locale;

/** A user-facing message in every supported locale (the caller picks one; nothing is looked up at runtime). */
export type ValidationMessage = Readonly<Record<ValidationLocale, string>>;

/**
 * Stable reason codes. Never rename one: forms, the server's problem+json and analytics key on them.
 * Failure codes: empty … village. Warning-only codes: org_code_checksum … birth_date_implausible.
 */
export type ValidationReason =
  | 'empty'
  | 'length'
  | 'charset'
  | 'format'
  | 'checksum'
  | 'date'
  | 'future_date'
  | 'region_prefix'
  | 'region_prefecture'
  | 'region_county'
  | 'region_township'
  | 'unknown_kind'
  | 'org_code_checksum'
  | 'registration_authority'
  | 'trade_name'
  | 'organization_form'
  | 'birth_date_implausible';

/** A non-blocking finding attached to a successful result (e.g. GB 11714 mismatch, advisory name rules). */
export interface ValidationIssue {
  readonly code: ValidationReason;
  readonly message: ValidationMessage;
  /** 0-based index into the normalised value, when the issue is about one character. */
  readonly position?: number;
}

/** A passed validation: the normalised value, what could be derived from it, and advisory warnings. */
export interface ValidationSuccess<V, I> {
  readonly ok: true;
  readonly value: V;
  readonly info: I;
  readonly warnings: readonly ValidationIssue[];
}

/** A failed validation: the first blocking problem found, in check order. */
export interface ValidationFailure {
  readonly ok: false;
  readonly reason: ValidationReason;
  readonly message: ValidationMessage;
  /** 0-based index into `normalized` of the offending character, when one character is at fault. */
  readonly position?: number;
  /** The input after normalisation (what `position` points into). */
  readonly normalized: string;
}

/** Result of a validator: success with normalised value and info, or the first failure. */
export type ValidationResult<V, I = undefined> = ValidationSuccess<V, I> | ValidationFailure;

/** Builds a message record; argument order zh-CN, zh-TW, en keeps call sites short. */
export function msg(zhCN: string, zhTW: string, en: string): ValidationMessage {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}

/** Builds a failure (position omitted when undefined, as exactOptionalPropertyTypes requires). */
export function fail(
  reason: ValidationReason,
  message: ValidationMessage,
  normalized: string,
  position?: number,
): ValidationFailure {
  return position === undefined
    ? { ok: false, reason, message, normalized }
    : { ok: false, reason, message, normalized, position };
}

/** Builds a success. */
export function pass<V, I>(value: V, info: I, warnings: readonly ValidationIssue[] = []): ValidationSuccess<V, I> {
  return { ok: true, value, info, warnings };
}

/** Builds a warning issue. */
export function issue(code: ValidationReason, message: ValidationMessage, position?: number): ValidationIssue {
  return position === undefined ? { code, message } : { code, message, position };
}
