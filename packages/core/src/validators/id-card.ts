/**
 * 居民身份号码 (GB 11643-1999): 6-digit address code + 8-digit birth date + 3-digit sequence + ISO 7064
 * MOD 11-2 check character. Also covers the cards that reuse the layout: 港澳台居民居住证 (81/82/83…) and the
 * 2023 外国人永久居留身份证 (leading 9, then the accepting province's 2-digit code [U: domain.md §5.1]).
 */
import { chinaToday } from '../calendar/china-date.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { charAt, describeChar, normalizeCode } from './normalize.js';
import { isMainlandProvinceCode, isProvinceCode } from './province-codes.js';
import { fail, msg, pass, type ValidationResult } from './result.js';

/** Who holds a number of this layout, derived from its prefix. */
export type IdCardHolderType = 'resident' | 'hk_mo_tw_resident' | 'foreign_permanent_resident';

/** What a valid ID number tells us. */
export interface IdCardInfo {
  /** 'YYYY-MM-DD'. */
  readonly birthDate: string;
  /** From the sequence code: odd = male, even = female. */
  readonly sex: 'male' | 'female';
  /** Digits 1–6 as printed (the household-registration county at issue; may no longer exist). For a
   * foreigner's card these are 9 + province + nationality, not a GB/T 2260 code. */
  readonly regionCode: string;
  /** Two-digit province-level code (for a foreigner's card: the accepting province, digits 2–3). */
  readonly provinceCode: string;
  readonly holderType: IdCardHolderType;
}

/** Options of {@link validateIdCard}. */
export interface IdCardOptions {
  /** China-local 'YYYY-MM-DD' used for the not-in-the-future check; defaults to today in China. */
  readonly today?: string;
  /** Earliest accepted birth date; default '1800-01-01' (the structure GB 11643 allows, so its textbook
   * example 440524188001010014, born 1880, is valid). Births before 1900 pass with a `birth_date_implausible`
   * warning, because no living holder was born then and a typo in the year is likelier. */
  readonly minBirthDate?: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const MIN_BIRTH_DATE = '1800-01-01';
/** Before this date a birth date is structurally valid but almost certainly a typo for a living person. */
const PLAUSIBLE_BIRTH_DATE = '1900-01-01';

/** Normalises an ID number as typed: half-width, no spaces, lower-case x → X. */
export function normalizeIdCard(raw: string): string {
  return normalizeCode(raw);
}

/** Groups a normalised 18-char ID number 6-8-4 for display ('110105 19491231 002X'). */
export function formatIdCard(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)} ${value.slice(6, 14)} ${value.slice(14)}` : value;
}

/** The ISO 7064 MOD 11-2 check character of the first 17 digits; throws RangeError on bad input. */
export function computeIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('computeIdCheckChar expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Validates a 居民身份号码 (18 chars) and derives birth date, sex and region. */
export function validateIdCard(raw: string, options: IdCardOptions = {}): ValidationResult<string, IdCardInfo> {
  const v = normalizeIdCard(raw);
  if (v.length === 0) return fail('empty', msg('请输入身份证号码', '請輸入身分證號碼', 'Please enter the ID number'), v);
  if (/^\d{15}$/.test(v)) {
    return fail(
      'length',
      msg(
        '15位第一代身份证号码已停止使用，请输入18位身份证号码',
        '15位第一代身分證號碼已停止使用，請輸入18位身分證號碼',
        '15-digit first-generation ID numbers are no longer valid; please enter the 18-character number',
      ),
      v,
    );
  }
  if (v.length !== 18) {
    const n = v.length;
    return fail(
      'length',
      msg(`身份证号码应为18位，当前为${n}位`, `身分證號碼應為18位，目前為${n}位`, `ID number must be 18 characters; you entered ${n}`),
      v,
    );
  }
  const bad = firstBadIdChar(v);
  if (bad !== undefined) {
    const ch = describeChar(charAt(v, bad));
    const pos = bad + 1;
    return fail(
      'charset',
      bad === 17
        ? msg(
            `身份证号码第18位只能是数字或X，当前为"${ch}"`,
            `身分證號碼第18位只能是數字或X，目前為「${ch}」`,
            `The last character of the ID number must be a digit or X, not "${ch}"`,
          )
        : msg(
            `身份证号码第${pos}位应为数字，当前为"${ch}"`,
            `身分證號碼第${pos}位應為數字，目前為「${ch}」`,
            `Character ${pos} of the ID number must be a digit, not "${ch}"`,
          ),
      v,
      bad,
    );
  }
  const holderType = holderTypeOf(v);
  const provinceCode = holderType === 'foreign_permanent_resident' ? v.slice(1, 3) : v.slice(0, 2);
  const provinceOk = holderType === 'foreign_permanent_resident' ? isMainlandProvinceCode(provinceCode) : isProvinceCode(provinceCode);
  if (!provinceOk) {
    return fail(
      'region_prefix',
      msg(
        `身份证号码前两位"${v.slice(0, 2)}"不是有效的省级行政区划代码，请核对`,
        `身分證號碼前兩位「${v.slice(0, 2)}」不是有效的省級行政區劃代碼，請核對`,
        `The first two digits "${v.slice(0, 2)}" are not a valid province code; please check the number`,
      ),
      v,
      0,
    );
  }
  const birthDate = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  if (!isIsoDate(birthDate)) {
    return fail(
      'date',
      msg(
        `身份证号码第7–14位的出生日期"${v.slice(6, 14)}"不是有效日期，请核对`,
        `身分證號碼第7–14位的出生日期「${v.slice(6, 14)}」不是有效日期，請核對`,
        `Characters 7–14 of the ID number ("${v.slice(6, 14)}") are not a valid date of birth`,
      ),
      v,
      6,
    );
  }
  const minBirthDate = options.minBirthDate ?? MIN_BIRTH_DATE;
  if (birthDate < minBirthDate) {
    return fail(
      'date',
      msg(
        `身份证号码中的出生日期${birthDate}早于${minBirthDate}，请核对第7–14位`,
        `身分證號碼中的出生日期${birthDate}早於${minBirthDate}，請核對第7–14位`,
        `The date of birth in the ID number (${birthDate}) is before ${minBirthDate}; please check characters 7–14`,
      ),
      v,
      6,
    );
  }
  const today = options.today ?? chinaToday();
  if (birthDate > today) {
    return fail(
      'future_date',
      msg(
        `身份证号码中的出生日期${birthDate}晚于今天，请核对`,
        `身分證號碼中的出生日期${birthDate}晚於今天，請核對`,
        `The date of birth in the ID number (${birthDate}) is in the future`,
      ),
      v,
      6,
    );
  }
  if (computeIdCheckChar(v.slice(0, 17)) !== v[17]) {
    // Do not reveal the expected character: a typo elsewhere is likelier than in the check character.
    return fail(
      'checksum',
      msg(
        '身份证号码校验未通过，可能有数字输错，请逐位核对',
        '身分證號碼校驗未通過，可能有數字輸錯，請逐位核對',
        'The ID number fails its check digit; a character was probably mistyped, please check each one',
      ),
      v,
      17,
    );
  }
  const warnings =
    birthDate < PLAUSIBLE_BIRTH_DATE
      ? [
          {
            code: 'birth_date_implausible' as const,
            message: msg(
              `身份证号码中的出生日期${birthDate}早于1900年，请核对第7–14位`,
              `身分證號碼中的出生日期${birthDate}早於1900年，請核對第7–14位`,
              `The date of birth in the ID number (${birthDate}) is before 1900; please check characters 7–14`,
            ),
            position: 6,
          },
        ]
      : [];
  return pass(v, {
    birthDate,
    sex: Number(v[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: v.slice(0, 6),
    provinceCode,
    holderType,
  }, warnings);
}

function firstBadIdChar(v: string): number | undefined {
  for (let i = 0; i < 17; i++) if (!/[0-9]/.test(v[i]!)) return i;
  return /[0-9X]/.test(v[17]!) ? undefined : 17;
}

function holderTypeOf(v: string): IdCardHolderType {
  if (v.startsWith('9')) return 'foreign_permanent_resident';
  if (v.startsWith('81') || v.startsWith('82') || v.startsWith('83')) return 'hk_mo_tw_resident';
  return 'resident';
}
