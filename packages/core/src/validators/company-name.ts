/**
 * 企业名称, advisory only (domain.md §5.5): the registry's 自主申报 system decides. Blocking (`ok: false`):
 * empty, longer than 100 characters, or control/invisible characters. Everything else is a warning on an
 * `ok: true` result — Latin letters or digits (legacy names such as "TCL科技集团股份有限公司" are registered),
 * other symbols, a 字号 shorter than two characters, no known 组织形式 at the end — because a bank counter
 * entering an existing enterprise's exact registered name must never be blocked by a style rule.
 */
import { asText } from './normalize.js';
import { fail, issue, msg, pass, type ValidationIssue, type ValidationResult } from './result.js';

/** What the name check derived. */
export interface CompanyNameInfo {
  /** The 组织形式 the name ends with (e.g. '有限责任公司', '合伙企业（有限合伙）'), or null when none is known. */
  readonly organizationForm: string | null;
  /** True for a 分支机构 name (分公司, 分店, 营业部, 分行 …). */
  readonly branch: boolean;
}

const MAX_LENGTH = 100;

// Longest first, so '股份有限公司' wins over '有限公司' and '农民专业合作社联合社' over '合作社'.
const ORGANIZATION_FORMS = [
  '农民专业合作社联合社',
  '农民专业合作社',
  '股份有限公司',
  '有限责任公司',
  '个人独资企业',
  '股份合作企业',
  '合伙企业',
  '有限公司',
  '合作社',
  '公司',
] as const;
const PARTNERSHIP_KINDS = ['特殊普通合伙', '普通合伙', '有限合伙'] as const;
const BRANCH_SUFFIXES = ['分公司', '分店', '营业部', '办事处', '分厂', '分社', '经营部', '分行', '支行', '分理处', '分中心'] as const;

// A leading administrative-division name ("北京市", "广东省深圳市", "宁夏回族自治区"); heuristic.
const LEADING_REGION = /^(?:[\u4e00-\u9fff]{2,9}?(?:自治区|自治州|自治县|特别行政区|省|市|地区|盟|县|旗|区)){1,3}/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Normalises a typed name: trims, removes spaces, half-width brackets → full-width （）. */
export function normalizeCompanyName(raw: string): string {
  return asText(raw).replace(/[\s\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Advisory check of an enterprise name; see the file comment for which findings block. */
export function validateCompanyName(raw: string): ValidationResult<string, CompanyNameInfo> {
  const v = normalizeCompanyName(raw);
  const chars = Array.from(v);
  if (chars.length === 0) return fail('empty', msg('请输入企业名称', '請輸入企業名稱', 'Please enter the enterprise name'), v);
  if (chars.length > MAX_LENGTH) {
    return fail(
      'length',
      msg(`企业名称过长（${chars.length}个字），请核对`, `企業名稱過長（${chars.length}個字），請核對`, `The enterprise name is too long (${chars.length} characters)`),
      v,
    );
  }
  const invisible = v.search(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u);
  if (invisible >= 0) {
    return fail(
      'charset',
      msg('企业名称中含有不可见字符，请重新输入', '企業名稱中含有不可見字元，請重新輸入', 'The enterprise name contains invisible characters; please retype it'),
      v,
      invisible,
    );
  }
  const warnings: ValidationIssue[] = [];
  const latin = v.search(/[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/u);
  if (latin >= 0) {
    warnings.push(
      issue(
        'charset',
        msg(
          '企业名称应使用规范汉字，一般不能含有拼音字母或阿拉伯数字',
          '企業名稱應使用規範漢字，一般不能含有拼音字母或阿拉伯數字',
          'Enterprise names should use Chinese characters only, without Latin letters or digits',
        ),
        latin,
      ),
    );
  }
  const symbol = chars.findIndex((ch) => !CJK.test(ch) && !/[（）A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/u.test(ch));
  if (symbol >= 0) {
    const sym = chars[symbol]!;
    warnings.push(
      issue(
        'charset',
        msg(
          `企业名称中一般只能使用汉字和括号（），"${sym}"可能无法登记`,
          `企業名稱中一般只能使用漢字和括號（），「${sym}」可能無法登記`,
          `Enterprise names normally use Chinese characters and brackets （） only; "${sym}" may be rejected`,
        ),
        v.indexOf(sym),
      ),
    );
  }
  const { form, body, branch } = splitOrganizationForm(v);
  if (form === null) {
    warnings.push(
      issue(
        'organization_form',
        msg(
          '企业名称应以组织形式结尾，如"有限公司""股份有限公司""合伙企业""个人独资企业""农民专业合作社"',
          '企業名稱應以組織形式結尾，如「有限公司」「股份有限公司」「合夥企業」「個人獨資企業」「農民專業合作社」',
          'An enterprise name should end with its legal form, e.g. 有限公司, 股份有限公司, 合伙企业, 个人独资企业, 农民专业合作社',
        ),
      ),
    );
  } else if (!branch && Array.from(tradeNameAndIndustry(body)).length < 2) {
    warnings.push(
      issue(
        'trade_name',
        msg('企业字号应至少包含2个汉字', '企業字號應至少包含2個漢字', 'The trade name (字号) should have at least two Chinese characters'),
      ),
    );
  }
  return pass(v, { organizationForm: form, branch }, warnings);
}

/** Splits off the trailing 组织形式; `body` is what precedes it (for a branch: the whole name). */
function splitOrganizationForm(v: string): { form: string | null; body: string; branch: boolean } {
  const branchSuffix = BRANCH_SUFFIXES.find((s) => v.endsWith(s) && v.length > s.length);
  if (branchSuffix !== undefined) return { form: branchSuffix, body: v, branch: true };
  for (const kind of PARTNERSHIP_KINDS) {
    const tail = `（${kind}）`;
    if (v.endsWith(tail)) {
      const rest = v.slice(0, -tail.length);
      const base = rest.endsWith('合伙企业') ? '合伙企业' : '';
      return { form: `${base}${tail}`, body: rest.slice(0, rest.length - base.length), branch: false };
    }
  }
  const form = ORGANIZATION_FORMS.find((f) => v.endsWith(f) && v.length > f.length);
  return form === undefined ? { form: null, body: v, branch: false } : { form, body: v.slice(0, -form.length), branch: false };
}

/** What is left for 字号 + 行业 once a leading region name and bracketed parts are removed. */
function tradeNameAndIndustry(body: string): string {
  return body.replace(/（[^）]*）/g, '').replace(LEADING_REGION, '');
}
