/**
 * 统一社会信用代码 (GB 32100-2015): 登记管理部门 (1) + 机构类别 (1) + 登记管理机关行政区划码 (6) +
 * 主体标识码 = 组织机构代码 (9) + MOD 31 check char (1), over a 31-char alphabet without I O S V Z.
 */
import { computeOrgCodeCheckChar } from './org-code.js';
import { REGISTRATION_AUTHORITIES } from './credit-code-labels.js';
import { charAt, describeChar, normalizeCode } from './normalize.js';
import { fail, issue, msg, pass, type ValidationIssue, type ValidationMessage, type ValidationResult } from './result.js';

/** The 31 characters of GB 32100, in value order (index = value). */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A code with its label (label absent when the code is not in the standard's table). */
export interface CodeLabel {
  readonly code: string;
  readonly label?: ValidationMessage;
}

/** What a valid credit code tells us. */
export interface CreditCodeInfo {
  /** Char 1, e.g. 1 机构编制, 5 民政, 9 工商/市场监管, Y 其他. */
  readonly registrationAuthority: CodeLabel;
  /** Char 2, meaningful relative to char 1 (9+1 企业, 9+2 个体工商户, 5+1 社会团体 …). */
  readonly orgCategory: CodeLabel;
  /** Chars 3–8: the registering authority's administrative-division code. */
  readonly regionCode: string;
  /** Chars 9–17: the 组织机构代码 (GB 11714). */
  readonly orgCode: string;
}

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// Stryker disable next-line Regex: the check that reads FORMAT is unreachable (see validateCreditCode)
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
// Letters excluded from the alphabet, with the digit people most likely meant.
const LOOKALIKES: Readonly<Record<string, string>> = { I: '1', O: '0', S: '5', Z: '2', V: 'U' };

/** Normalises a credit code as typed: half-width, no spaces or hyphens, upper case. */
export function normalizeCreditCode(raw: string): string {
  return normalizeCode(raw).replace(/[-‐‑–—]/g, '');
}

/** The GB 32100 check character of the first 17 chars; throws RangeError on chars outside the alphabet. */
export function computeCreditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('computeCreditCodeCheckChar expects exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`Character ${i + 1} is not in the GB 32100 alphabet`);
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Validates a 统一社会信用代码; GB 11714 on chars 9–17 and unknown department codes are warnings only. */
export function validateCreditCode(raw: string): ValidationResult<string, CreditCodeInfo> {
  const v = normalizeCreditCode(raw);
  if (v.length === 0) {
    return fail('empty', msg('请输入统一社会信用代码', '請輸入統一社會信用代碼', 'Please enter the unified social credit code'), v);
  }
  if (v.length !== 18) {
    const n = v.length;
    return fail(
      'length',
      msg(
        `统一社会信用代码应为18位，当前为${n}位`,
        `統一社會信用代碼應為18位，目前為${n}位`,
        `The unified social credit code must be 18 characters; you entered ${n}`,
      ),
      v,
    );
  }
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_ALPHABET.includes(v[i]!)) return charsetFailure(v, i, charAt(v, i));
  }
  for (let i = 2; i < 8; i++) {
    if (!/\d/.test(v[i]!)) {
      const ch = v[i]!;
      return fail(
        'format',
        msg(
          `统一社会信用代码第3–8位是行政区划代码，只能是数字；第${i + 1}位是"${ch}"`,
          `統一社會信用代碼第3–8位是行政區劃代碼，只能是數字；第${i + 1}位是「${ch}」`,
          `Characters 3–8 of the credit code are a region code and must be digits; character ${i + 1} is "${ch}"`,
        ),
        v,
        i,
      );
    }
  }
  // Unreachable with the checks above; kept so the published regex stays the single definition of format.
  // Stryker disable next-line ConditionalExpression,BooleanLiteral,BlockStatement: unreachable (the loops above refuse every string FORMAT refuses)
  if (!FORMAT.test(v)) {
    // Stryker disable next-line StringLiteral: unreachable, as above
    return fail('format', msg('统一社会信用代码格式不正确', '統一社會信用代碼格式不正確', 'The credit code has an invalid format'), v);
  }
  if (computeCreditCodeCheckChar(v.slice(0, 17)) !== v[17]) {
    return fail(
      'checksum',
      msg(
        '统一社会信用代码校验未通过，可能有字符输错，请对照营业执照逐位核对',
        '統一社會信用代碼校驗未通過，可能有字元輸錯，請對照營業執照逐位核對',
        'The credit code fails its check character; a character was probably mistyped, please compare it with the licence',
      ),
      v,
      17,
    );
  }
  return pass(v, creditCodeInfo(v), creditCodeWarnings(v));
}

function charsetFailure(v: string, i: number, ch: string) {
  const hint = LOOKALIKES[ch];
  const shown = describeChar(ch);
  const pos = i + 1;
  return fail(
    'charset',
    hint === undefined
      ? msg(
          `统一社会信用代码第${pos}位"${shown}"不是有效字符，只能是数字或大写字母（不含I、O、S、V、Z）`,
          `統一社會信用代碼第${pos}位「${shown}」不是有效字元，只能是數字或大寫字母（不含I、O、S、V、Z）`,
          `Character ${pos} ("${shown}") is not allowed; use digits or capital letters except I, O, S, V, Z`,
        )
      : msg(
          `统一社会信用代码第${pos}位"${ch}"不会出现在代码中（不使用I、O、S、V、Z），是否应为"${hint}"？`,
          `統一社會信用代碼第${pos}位「${ch}」不會出現在代碼中（不使用I、O、S、V、Z），是否應為「${hint}」？`,
          `Character ${pos} ("${ch}") never appears in credit codes (I, O, S, V, Z are not used); did you mean "${hint}"?`,
        ),
    v,
    i,
  );
}

function creditCodeInfo(v: string): CreditCodeInfo {
  const dept = v[0]!;
  const cat = v[1]!;
  const row = REGISTRATION_AUTHORITIES[dept];
  const catLabel = row?.categories[cat];
  return {
    registrationAuthority: row ? { code: dept, label: row.label } : { code: dept },
    orgCategory: catLabel ? { code: cat, label: catLabel } : { code: cat },
    regionCode: v.slice(2, 8),
    orgCode: v.slice(8, 17),
  };
}

function creditCodeWarnings(v: string): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  const dept = v[0]!;
  if (REGISTRATION_AUTHORITIES[dept] === undefined) {
    warnings.push(
      issue(
        'registration_authority',
        msg(
          `第1位登记管理部门代码"${dept}"不在常见代码表中，请确认`,
          `第1位登記管理部門代碼「${dept}」不在常見代碼表中，請確認`,
          `The registration-authority code "${dept}" (character 1) is not in the known table; please confirm`,
        ),
        0,
      ),
    );
  }
  // GB 11714 is advisory: GB 32100 does not require it and printed licences exist that fail it (domain.md §5.2).
  if (computeOrgCodeCheckChar(v.slice(8, 16)) !== v[16]) {
    warnings.push(
      issue(
        'org_code_checksum',
        msg(
          '第9–17位组织机构代码未通过GB 11714校验，请对照证照核对',
          '第9–17位組織機構代碼未通過GB 11714校驗，請對照證照核對',
          'Characters 9–17 (organisation code) fail the GB 11714 check; please compare with the certificate',
        ),
        16,
      ),
    );
  }
  return warnings;
}
