import type { FormField, ScalarFormField } from '../schemas/form-spec.js';
import { formatIdCard } from '../validators/id-card.js';
import { formatMobile, normalizeMobile } from '../validators/mobile.js';
import { normalizeCode } from '../validators/normalize.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { isEmptyValue } from './values.js';

// What a user types or pastes becomes the value the form stores (format → parse): the input never refuses a
// keystroke, it cleans what is unambiguous and leaves the rest for the validator to explain, so nothing typed
// is lost. Text kinds keep their characters: full-width （）and ，are correct in Chinese.

type AnyField = FormField | ScalarFormField;

/** Full-width ASCII (U+FF01–FF5E, a Chinese IME in full-width mode) and the ideographic space to half-width. */
export function normalizeWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const HYPHENS = /[-‐‑–—]/g;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const DATE = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const CHINESE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;

/** The value the form stores for what the user typed into a field of this kind; never throws. */
export function parseFieldInput(field: AnyField, raw: string): unknown {
  if (typeof raw !== 'string') return raw;
  switch (field.kind) {
    case 'idCard':
    case 'creditCode':
      return normalizeCode(normalizeWidth(raw).replace(HYPHENS, ''));
    case 'mobile':
      return normalizeMobile(normalizeWidth(raw));
    case 'number':
    case 'money': {
      const cleaned = normalizeWidth(raw).replace(/[,，\s]/g, '');
      return DECIMAL.test(cleaned) && Number.isFinite(Number(cleaned)) ? Number(cleaned) : cleaned;
    }
    case 'date':
      return parseDate(normalizeWidth(raw).trim());
    case 'email':
      return normalizeWidth(raw).trim();
    case 'checkbox':
      return raw === 'true' || raw === 'on';
    case 'select':
    case 'radio': {
      // A numeric option's value stays a number, so rules and the option check see what the spec says.
      const text = raw.trim();
      return field.options?.find((o) => String(o.value) === text)?.value ?? text;
    }
    default:
      return raw.trim();
  }
}

function parseDate(s: string): string {
  const m = DATE.exec(s) ?? CHINESE_DATE.exec(s);
  if (m === null) return s;
  // Every group of DATE and CHINESE_DATE is mandatory, so a match always carries the three parts as strings.
  const [year, month, day] = (m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]]) as [string, string, string];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : s;
}

/** What an input shows for a stored value ('' for empty); parseFieldInput reads it back to the same value. */
export function formatFieldValue(field: AnyField, value: unknown): string {
  if (isEmptyValue(value)) return '';
  if (Array.isArray(value)) return value.filter((v) => !isEmptyValue(v) && typeof v !== 'object').map(String).join(', ');
  if (typeof value === 'object') return '';
  if (typeof value === 'boolean') return value ? 'true' : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return field.kind === 'money' ? value.toLocaleString('en-US', { maximumFractionDigits: 10 }) : String(value);
  }
  const text = String(value);
  if (field.kind === 'idCard') return formatIdCard(text);
  if (field.kind === 'mobile') return formatMobile(text);
  return text;
}
