/**
 * Mainland mobile numbers, lenient on purpose (domain.md §5.4): `^1[3-9]\d{9}$` after clean-up. Segment
 * tables go stale and 携号转网 makes them meaningless for carriers; ownership is proven by SMS, not regex.
 */
import { charAt, describeChar, stripWhitespace, toHalfWidth } from './normalize.js';
import { fail, msg, pass, type ValidationResult } from './result.js';

/** What a valid mobile number gives. */
export interface MobileInfo {
  /** 11 digits. */
  readonly national: string;
  /** '+86' + 11 digits. */
  readonly e164: string;
}

/** Normalises a typed number: half-width, drops spaces, dashes, dots and brackets, and a +86/0086/86 prefix. */
export function normalizeMobile(raw: string): string {
  const s = stripWhitespace(toHalfWidth(raw)).replace(/[-‐‑–—.()]/g, '');
  // Stryker disable next-line Regex: whitespace, line terminators included, is stripped above, so (.*) reaches the end without $
  const m = /^(?:\+86|0086|86(?=1\d{10}$))(.*)$/.exec(s);
  return m ? m[1]! : s;
}

/** Groups an 11-digit number 3-4-4 for display ('138 1234 5678'). */
export function formatMobile(value: string): string {
  return /^\d{11}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3, 7)} ${value.slice(7)}` : value;
}

/** Validates a mainland mobile number (lenient `^1[3-9]\d{9}$`). */
export function validateMobile(raw: string): ValidationResult<string, MobileInfo> {
  const v = normalizeMobile(raw);
  if (v.length === 0) return fail('empty', msg('请输入手机号码', '請輸入手機號碼', 'Please enter the mobile number'), v);
  const bad = v.search(/\D/);
  if (bad >= 0) {
    const ch = describeChar(charAt(v, bad));
    return fail(
      'charset',
      msg(`手机号码只能包含数字，第${bad + 1}位是"${ch}"`, `手機號碼只能包含數字，第${bad + 1}位是「${ch}」`, `A mobile number contains digits only; character ${bad + 1} is "${ch}"`),
      v,
      bad,
    );
  }
  if (v.length !== 11) {
    const n = v.length;
    return fail(
      'length',
      msg(`手机号码应为11位数字，当前为${n}位`, `手機號碼應為11位數字，目前為${n}位`, `A mobile number has 11 digits; you entered ${n}`),
      v,
    );
  }
  if (!/^1[3-9]/.test(v)) {
    return fail(
      'format',
      msg('手机号码应以13–19开头，请核对', '手機號碼應以13–19開頭，請核對', 'A mainland mobile number starts with 13–19; please check it'),
      v,
      v[0] === '1' ? 1 : 0,
    );
  }
  return pass(v, { national: v, e164: `+86${v}` });
}
