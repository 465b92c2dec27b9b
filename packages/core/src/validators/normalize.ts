/** Input clean-up shared by the validators: people paste codes from PDFs, IMEs and spreadsheets. */

/**
 * What a validator reads from an input: strings as they are, finite numbers as digits (a form or a JSON body
 * may carry 13812345678 as a number), anything else as empty. Validators are called with untyped input from
 * JavaScript and JSON and must answer with a result, never a TypeError.
 */
export function asText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (Number.isFinite(input)) return String(input);
  return '';
}

/** The whole character (code point) at UTF-16 index `i`, so a message never shows half an emoji. */
export function charAt(v: string, i: number): string {
  const cp = v.codePointAt(i);
  // Stryker disable next-line ConditionalExpression,StringLiteral: callers pass the index of a character they found in v
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Maps full-width ASCII (U+FF01–FF5E, typed with a Chinese IME in full-width mode) to half-width. */
export function toHalfWidth(input: string): string {
  return asText(input).replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Removes all whitespace, including the ideographic space U+3000 and no-break spaces. */
export function stripWhitespace(input: string): string {
  return asText(input).replace(/[\s\u3000\u00A0\u200B\uFEFF]/g, '');
}

/** Half-width, no whitespace, upper case: the canonical form of machine-readable codes. */
export function normalizeCode(input: string): string {
  return stripWhitespace(toHalfWidth(input)).toUpperCase();
}

/** Describes one character for a message: visible glyph, or its code point when invisible. */
export function describeChar(ch: string): string {
  // Stryker disable next-line Regex: ch is one character, so ^ and $ change nothing
  return /^[\x21-\x7E]$/.test(ch) || /\p{L}|\p{N}|\p{P}|\p{S}/u.test(ch)
    ? ch
    : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
