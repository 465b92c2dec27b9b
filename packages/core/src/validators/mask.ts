/** Masking of personal data for display and logs (个人信息去标识化): keep just enough to recognise one's own. */
import { normalizeMobile } from './mobile.js';
import { asText, normalizeCode } from './normalize.js';

/** Masks the middle of `value`, keeping `keepStart` and `keepEnd` chars; masks everything when too short. */
export function maskMiddle(value: string, keepStart: number, keepEnd: number, maskChar = '*'): string {
  const chars = Array.from(asText(value));
  // Keep nothing when keeping would reveal most of a short value.
  if (chars.length <= keepStart + keepEnd) return maskChar.repeat(chars.length);
  return chars.slice(0, keepStart).join('') + maskChar.repeat(chars.length - keepStart - keepEnd) + chars.slice(chars.length - keepEnd).join('');
}

/** '13812345678' (any accepted spelling) → '138****5678'. */
export function maskMobile(raw: string): string {
  return maskMiddle(normalizeMobile(raw), 3, 4);
}

/** '11010519491231002X' → '110105********002X' (first 6, last 4); other documents keep only the last 2. */
export function maskIdNumber(raw: string): string {
  const v = normalizeCode(raw);
  // Short document numbers (passports, permits) leak too much with 10 kept chars.
  if (v.length >= 15) return maskMiddle(v, 6, 4);
  return v.length >= 8 ? maskMiddle(v, 0, 2) : maskMiddle(v, 0, 0);
}

// Common two-character surnames (复姓); the list only has to cover names people actually carry.
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯',
  '轩辕', '端木', '独孤', '南宫', '西门', '澹台', '公冶', '濮阳', '淳于', '单于', '太叔', '申屠', '钟离', '闾丘',
  '赫连', '呼延', '万俟', '拓跋', '百里', '东郭', '第五', '司空',
  // Traditional spellings of those that differ.
  '歐陽', '諸葛', '長孫', '軒轅', '獨孤', '南宮', '鍾離', '閭丘', '司馬', '東方', '尉遲', '公孫',
]);

/** '张三' → '张*', '欧阳娜娜' → '欧阳**'; keeps the surname and separators (·, space), masks the rest. */
export function maskName(raw: string, maskChar = '*'): string {
  const chars = Array.from(asText(raw).trim());
  // Stryker disable next-line ConditionalExpression: the general case maps no characters to '' as well
  if (chars.length === 0) return '';
  if (chars.length === 1) return maskChar;
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.map((ch, i) => (i < keep || /[\s·•・.\-]/.test(ch) ? ch : maskChar)).join('');
}
