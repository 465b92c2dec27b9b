/** One entry point per form field kind, so the form engine and the server validate identically. */
import { formatIdCard, normalizeIdCard, validateIdCard, type IdCardInfo } from './id-card.js';
import { normalizeCreditCode, validateCreditCode, type CreditCodeInfo } from './credit-code.js';
import { formatMobile, normalizeMobile, validateMobile, type MobileInfo } from './mobile.js';
import { validateRegionCode, type RegionCodeInfo } from './region-code.js';
import { normalizeCompanyName, validateCompanyName, type CompanyNameInfo } from './company-name.js';
import { asText, stripWhitespace, toHalfWidth } from './normalize.js';
import { fail, msg, type ValidationResult } from './result.js';

/** Field kinds with a built-in validator (usable as `z.enum(VALIDATOR_KINDS)`). */
export const VALIDATOR_KINDS = ['idCard', 'creditCode', 'mobile', 'regionCode', 'companyName'] as const;

/** A field kind with a built-in validator. */
export type ValidatorKind = (typeof VALIDATOR_KINDS)[number];

/** The `info` type each kind derives. */
export interface ValidatorInfoByKind {
  idCard: IdCardInfo;
  creditCode: CreditCodeInfo;
  mobile: MobileInfo;
  regionCode: RegionCodeInfo;
  companyName: CompanyNameInfo;
}

/** Options passed through to validators that use them. */
export interface ValidateOptions {
  /** China-local 'YYYY-MM-DD' "today" (ID birth date not in the future); defaults to the clock. */
  readonly today?: string;
  /** Earliest accepted ID birth date; default '1800-01-01' (births before 1900 warn, see IdCardOptions). */
  readonly minBirthDate?: string;
}

/** A field validator object: parse (normalise) for storage, format for display, validate. */
export interface FieldValidator<K extends ValidatorKind> {
  readonly kind: K;
  readonly parse: (raw: string) => string;
  readonly format: (value: string) => string;
  readonly validate: (raw: string, options?: ValidateOptions) => ValidationResult<string, ValidatorInfoByKind[K]>;
}

/** The built-in validator objects, by kind. */
export const VALIDATORS: { readonly [K in ValidatorKind]: FieldValidator<K> } = {
  idCard: { kind: 'idCard', parse: normalizeIdCard, format: formatIdCard, validate: (raw, o) => validateIdCard(raw, o) },
  creditCode: { kind: 'creditCode', parse: normalizeCreditCode, format: (v) => v, validate: (raw) => validateCreditCode(raw) },
  mobile: { kind: 'mobile', parse: normalizeMobile, format: formatMobile, validate: (raw) => validateMobile(raw) },
  regionCode: { kind: 'regionCode', parse: (raw) => stripWhitespace(toHalfWidth(raw)), format: (v) => v, validate: (raw) => validateRegionCode(raw) },
  companyName: { kind: 'companyName', parse: normalizeCompanyName, format: (v) => v, validate: (raw) => validateCompanyName(raw) },
};

/** True when `kind` names a built-in validator. */
export function isValidatorKind(kind: unknown): kind is ValidatorKind {
  // Stryker disable next-line ConditionalExpression: includes() finds no kind that is not a string; typeof narrows the type
  return typeof kind === 'string' && (VALIDATOR_KINDS as readonly string[]).includes(kind);
}

/**
 * Validates `value` as a field of `kind`. An unknown kind (e.g. from a newer form spec) fails with
 * reason 'unknown_kind' rather than throwing, so a server never 500s on a spec it does not know.
 */
export function validateByKind<K extends ValidatorKind>(
  kind: K,
  value: string,
  options?: ValidateOptions,
): ValidationResult<string, ValidatorInfoByKind[K]>;
export function validateByKind(kind: string, value: string, options?: ValidateOptions): ValidationResult<string, unknown>;
export function validateByKind(kind: string, value: string, options: ValidateOptions = {}): ValidationResult<string, unknown> {
  if (!isValidatorKind(kind)) {
    return fail('unknown_kind', msg(`不支持的校验类型"${kind}"`, `不支援的校驗類型「${kind}」`, `Unknown validation kind "${kind}"`), value);
  }
  // null from JSON is empty; a number is read as its digits (see asText).
  const raw = asText(value);
  return VALIDATORS[kind].validate(raw, options);
}
