import { html, type TemplateResult } from 'lit';

/** A highlighted span as the search contract carries it: UTF-16 offsets `[start, end)` into a field's text. */
export interface HighlightSpan {
  readonly field: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits `text` into plain and matched pieces from `spans` of `field`: offsets are clamped to the text,
 * empty or inverted spans dropped, overlapping ones merged, so bad offsets never throw or duplicate text.
 * `[text, true]` pieces are matches. The pieces join back to exactly `text`.
 */
export function highlightPieces(text: string, spans: readonly HighlightSpan[], field = 'name'): Array<[string, boolean]> {
  const ranges: Array<[number, number]> = [];
  for (const s of spans) {
    if (s.field !== field) continue;
    const start = Math.max(0, Math.min(text.length, Math.trunc(s.start)));
    const end = Math.max(0, Math.min(text.length, Math.trunc(s.end)));
    if (end > start) ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const pieces: Array<[string, boolean]> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) pieces.push([text.slice(at, from), false]);
    const last = pieces[pieces.length - 1];
    // A span that touches the previous match extends it, so screen readers do not hear the word split.
    if (from === at && last?.[1] === true) last[0] += text.slice(from, end);
    else pieces.push([text.slice(from, end), true]);
    at = end;
  }
  if (at < text.length) pieces.push([text.slice(at), false]);
  return pieces;
}

/**
 * The text with its matched parts in `<mark part="mark">`. Every piece goes through a Lit text binding, so
 * catalogue text such as `<img src=x onerror=…>` is shown as text and never parsed as markup.
 */
export function highlight(text: string, spans: readonly HighlightSpan[], field = 'name'): Array<string | TemplateResult> {
  return highlightPieces(text, spans, field).map(([piece, matched]) => (matched ? html`<mark part="mark">${piece}</mark>` : piece));
}
