import type { Locale, LocalizedLabel } from './labels.js';

// Field errors travel to people (a form's error summary, a partner's support desk), so they follow the
// request's language like the problem title does. zod's own texts are English; these cover the issue codes
// our schemas produce, and refinements carry their own text in `params.messages`.

/** The parts of a zod issue the messages read (zod 4 issue shapes). */
export interface IssueDetail {
  readonly code: string;
  readonly message: string;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly expected?: unknown;
  readonly values?: unknown;
  readonly format?: unknown;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

type Texts = readonly [zhCN: string, zhTW: string, en: string];

const PICK: Readonly<Record<Locale, 0 | 1 | 2>> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 };

function isLabel(v: unknown): v is LocalizedLabel {
  return typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['zh-CN'] === 'string';
}

function sizeTexts(kind: 'min' | 'max', origin: unknown, n: unknown): Texts {
  const v = String(n);
  if (origin === 'string' && kind === 'min' && n === 1) return ['请填写此项', '請填寫此項', 'This field cannot be empty'];
  if (origin === 'string') {
    return kind === 'min' ? [`至少需要 ${v} 个字符`, `至少需要 ${v} 個字元`, `Must be at least ${v} characters`]
      : [`最多 ${v} 个字符`, `最多 ${v} 個字元`, `Must be ${v} characters or fewer`];
  }
  if (origin === 'array' || origin === 'set') {
    return kind === 'min' ? [`至少需要 ${v} 项`, `至少需要 ${v} 項`, `Add at least ${v} item(s)`]
      : [`最多 ${v} 项`, `最多 ${v} 項`, `Add no more than ${v} item(s)`];
  }
  return kind === 'min' ? [`不能小于 ${v}`, `不能小於 ${v}`, `Must be ${v} or more`]
    : [`不能大于 ${v}`, `不能大於 ${v}`, `Must be ${v} or less`];
}

function texts(issue: IssueDetail): Texts | undefined {
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 names a missing field only in its message ("received undefined").
      return /received undefined$/.test(issue.message)
        ? ['必填字段缺失', '必填欄位缺失', 'This field is required']
        : [`类型不正确，应为 ${String(issue.expected)}`, `類型不正確，應為 ${String(issue.expected)}`, `Expected ${String(issue.expected)}`];
    case 'too_small': return sizeTexts('min', issue.origin, issue.minimum);
    case 'too_big': return sizeTexts('max', issue.origin, issue.maximum);
    case 'invalid_format': {
      // A schema's own message (e.g. the mobile pattern's) says more than zod's "Invalid string: …".
      const en = issue.message.startsWith('Invalid') ? 'Not in the expected format' : issue.message;
      if (issue.format === 'email') return ['邮箱格式不正确', '電子郵件格式不正確', 'Enter a valid email address'];
      if (issue.format === 'url') return ['网址格式不正确', '網址格式不正確', 'Enter a valid URL'];
      return ['格式不正确', '格式不正確', en];
    }
    case 'invalid_value': {
      const options = Array.isArray(issue.values) ? issue.values.map((x) => JSON.stringify(x)).join(' | ') : '';
      return [`取值无效，可选：${options}`, `取值無效，可選：${options}`, `Choose one of ${options}`];
    }
    case 'not_multiple_of': return ['数值不符合步长要求', '數值不符合步長要求', 'Not an allowed step'];
    default: return undefined;
  }
}

/**
 * A field error's message in `locale`: the refinement's own `params.messages`, else a text for the zod issue
 * code, else zod's (English) message.
 */
export function localizedIssueMessage(issue: IssueDetail, locale: Locale): string {
  const own = issue.params?.['messages'];
  if (isLabel(own)) return own[locale] || own['zh-CN'];
  const t = texts(issue);
  return t === undefined ? issue.message : t[PICK[locale]];
}

/** Message for a field the schema does not know. */
export function unknownFieldMessage(key: string, locale: Locale): string {
  const t: Texts = [`不支持的字段“${key}”，请删除`, `不支援的欄位「${key}」，請刪除`, `Unknown field "${key}": remove it`];
  return t[PICK[locale]];
}
