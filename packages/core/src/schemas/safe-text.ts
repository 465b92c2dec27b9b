import * as z from 'zod/mini';
import { storableString } from './storable.js';
import { label } from './labels.js';
import { textSchema } from './primitives.js';

// Catalogue and case texts are shown on district and bank pages. Two rules keep them safe, each in one place:
// - Plain-text fields hold no markup. The elements render them as text, so markup would show as tags, and
//   another consumer might render it as HTML. API input with a tag is refused (422 `markup_not_allowed`); the
//   importer strips tags from plain fields and reports each one. Character references (`&amp;`) and a lone
//   `<` (`a < b`) are not tags and pass. The long texts some provinces publish as markup (conditions, process
//   steps, FAQ answers…) are rich text: kept, and sanitised where they are rendered.
// - Link fields hold an `https:` URL or a true root-relative path (`/files/x.pdf`).

/** A tag as an HTML parser sees one: `<` then a letter, `/`, `!` or `?`. */
const TAG_START = /<[A-Za-z/!?]/;
/** A whole tag (or an unterminated one at the end), for stripping. */
const TAG = /<[A-Za-z/!?][^<>]*(?:>|$)/g;

/** Whether `text` holds an HTML tag, comment or processing instruction. */
export function hasMarkup(text: string): boolean {
  return TAG_START.test(text);
}

/** `text` without its tags, whitespace runs left by them collapsed (the importer's repair of a plain field). */
export function stripMarkup(text: string): string {
  // A script or style element's content is code, not text: it goes with its tags.
  let out = text.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  // Repeated: removing one tag may join `<<b>b>` into a new one.
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(TAG, ' ');
  }
  return out.replace(/[ \t]{2,}/g, ' ').trim();
}

/**
 * Whether a link is safe to follow from any page: an `https:` URL, or a path on the same host starting with
 * a single `/`. Whitespace, control characters and backslashes are refused anywhere: browsers drop tabs and
 * newlines and read `\` as `/`, so `/\evil.example/` and `/\t/evil.example` both leave the host. Quotes and
 * angle brackets are refused too (a link that holds them was cut out of markup).
 */
export function isSafeLink(url: string): boolean {
  if (url.length === 0 || url.length > 2000) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\<>"'`]/.test(url)) return false;
  if (url.startsWith('/')) return !url.startsWith('//');
  if (!/^https:\/\//i.test(url)) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

const noMarkup = {
  params: {
    code: 'markup_not_allowed',
    messages: label('此处为纯文本，不能包含 HTML 标签', '此處為純文字，不能包含 HTML 標籤', 'Plain text only: HTML tags are not allowed'),
  },
};
/** The issue of a link that breaks the rule (for schemas that apply isSafeLink to a field of their own). */
export const UNSAFE_LINK_ISSUE = {
  params: {
    code: 'unsafe_link',
    messages: label('链接须为 https: 地址或以单个 / 开头的站内路径', '連結須為 https: 位址或以單一 / 開頭的站內路徑', 'Links must be https: URLs or paths starting with a single /'),
  },
};

/** Non-empty plain text without markup (names, notes, comments). */
export const plainTextSchema = (max: number) => textSchema(max).check(z.refine((s) => !hasMarkup(s), noMarkup));
/** Optional free comment (may be empty) without markup. */
export const plainCommentSchema = (max: number) => storableString().check(z.trim(), z.maxLength(max), z.refine((s) => !hasMarkup(s), noMarkup));

/** An absolute `https:` URL. */
export const UrlSchema = z.string().check(z.maxLength(2000), z.refine((s) => isSafeLink(s) && !s.startsWith('/'), UNSAFE_LINK_ISSUE));
/** An `https:` URL or a root-relative path (catalogues often link attachments on their own host). */
export const LinkSchema = z.string().check(z.maxLength(2000), z.refine(isSafeLink, UNSAFE_LINK_ISSUE));
