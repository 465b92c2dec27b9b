/** Validators of the zwfw domain: typed results with zh-CN / zh-TW / en messages. */
export {
  msg as validationMessage,
  fail as validationFailure,
  pass as validationSuccess,
  type ValidationFailure,
  type ValidationIssue,
  type ValidationLocale,
  type ValidationMessage,
  type ValidationReason,
  type ValidationResult,
  type ValidationSuccess,
} from './result.js';
export { normalizeCode, stripWhitespace, toHalfWidth } from './normalize.js';
export { MAINLAND_PROVINCE_CODES, NON_MAINLAND_PROVINCE_CODES, isMainlandProvinceCode, isProvinceCode } from './province-codes.js';
export {
  computeIdCheckChar,
  formatIdCard,
  normalizeIdCard,
  validateIdCard,
  type IdCardHolderType,
  type IdCardInfo,
  type IdCardOptions,
} from './id-card.js';
export {
  CREDIT_CODE_ALPHABET,
  computeCreditCodeCheckChar,
  normalizeCreditCode,
  validateCreditCode,
  type CodeLabel,
  type CreditCodeInfo,
} from './credit-code.js';
export { REGISTRATION_AUTHORITIES } from './credit-code-labels.js';
export { computeOrgCodeCheckChar, isValidOrgCode } from './org-code.js';
export { formatMobile, normalizeMobile, validateMobile, type MobileInfo } from './mobile.js';
export { maskIdNumber, maskMiddle, maskMobile, maskName } from './mask.js';
export { validateRegionCode, type RegionCodeInfo, type RegionCodeLevel } from './region-code.js';
export { normalizeCompanyName, validateCompanyName, type CompanyNameInfo } from './company-name.js';
export {
  VALIDATORS,
  VALIDATOR_KINDS,
  isValidatorKind,
  validateByKind,
  type FieldValidator,
  type ValidateOptions,
  type ValidatorInfoByKind,
  type ValidatorKind,
} from './dispatch.js';
