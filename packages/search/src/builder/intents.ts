/**
 * Document-side intent expansion: when a document's name, keywords or themes contain an official term of an
 * intent entry, the entry's everyday wording is added to the document's `intent` field. Expanding documents
 * rather than queries means no dictionary ships to the browser, and a query in everyday words meets the
 * official matter through an ordinary field match.
 *
 * Official wording varies a little between catalogues (不动产权证书 / 不动产权属证书), so an official term of
 * four or more characters also matches with one extra character inside it, unless it is the name of a matter of
 * the catalogue: then the name with one more character is another matter (低压居民用电报装, 低压非居民用电报装).
 * Word order and punctuation vary more (离职提取住房公积金, 住房公积金提取（离职）, 住房公积金离职提取): an official
 * term written as several words separated by spaces ("公积金 提取 离职") matches when every word occurs in the same
 * field, in any order.
 */
import { isHan } from '../normalize.js';
import type { IntentDictionary } from './dictionaries.js';

/** True when `term` occurs at `at`, exactly or (terms of 4+ characters, unless `exact`) with one extra character inside. */
function matchesAt(text: string, at: number, term: string, exact: boolean): boolean {
  if (text.startsWith(term, at)) return true;
  if (exact || term.length < 4) return false;
  let k = 1;
  while (k < term.length && text[at + k] === term[k]) k++;
  // term[0..k) matched; allow one inserted character, then the rest must follow exactly.
  // The extra character must be a Han character: never a field separator or punctuation.
  return k >= 2 && k < term.length && isHan(text.charCodeAt(at + k)) && text.startsWith(term.slice(k), at + k + 1);
}

/** The characters at `at` and `at + 1` as one number (above every single UTF-16 unit). */
function pairKey(text: string, at: number): number {
  return (text.charCodeAt(at) + 1) * 0x10000 + text.charCodeAt(at + 1);
}

/** Finds the intent entries whose official terms occur in a text, and returns their everyday terms. */
export class IntentExpander {
  /**
   * First two characters of an official term (as `pairKey`) → (term, entry index); one-character terms by their
   * character. An inserted character only ever comes after the second (matchesAt), so a term can only start
   * where its first two characters do: keying on both leaves a few candidates per position, not hundreds.
   */
  private readonly byStart = new Map<number, { term: string; entry: number; exact: boolean }[]>();
  /** Terms of several words (all must occur in one field), with their entry index. */
  private readonly allOf: { words: string[]; entry: number }[] = [];
  /** Single-word official terms → entry indices, for labels that must equal a term (themes). */
  private readonly whole = new Map<string, number[]>();
  private readonly everyday: string[][];
  private readonly cache = new Map<string, number[]>();

  /**
   * @param dictionary the intent entries
   * @param norm the normalisation applied to document text (so official terms are compared like for like)
   * @param names the catalogue's matter names, normalised: a term that is one of them matches only exactly, since a
   * name with one more character is another matter's (居住登记, 居住权登记)
   */
  constructor(dictionary: IntentDictionary, norm: (s: string) => string, names: ReadonlySet<string> = new Set()) {
    this.everyday = dictionary.entries.map((e) => e.everyday);
    dictionary.entries.forEach((e, entry) => {
      for (const raw of e.official) {
        const term = norm(raw.trim());
        if (!term) continue;
        const words = term.split(/\s+/);
        if (words.length > 1) {
          this.allOf.push({ words, entry });
          continue;
        }
        const same = this.whole.get(term);
        if (same) same.push(entry);
        else this.whole.set(term, [entry]);
        const key = term.length === 1 ? term.charCodeAt(0) : pairKey(term, 0);
        const list = this.byStart.get(key);
        const at = { term, entry, exact: names.has(term) };
        if (list) list.push(at);
        else this.byStart.set(key, [at]);
      }
    });
  }

  /** Everyday terms for a normalised document text (fields joined by a separator no term contains). */
  expand(text: string): string[] {
    const out = new Set<string>();
    for (const e of this.entries(text)) for (const w of this.everyday[e] ?? []) out.add(w);
    return [...out];
  }

  /** Indices of the entries with an official term equal to a normalised label. */
  equal(label: string): readonly number[] {
    return this.whole.get(label) ?? [];
  }

  /** Indices (ascending) of the entries whose official terms occur in a normalised document text. */
  entries(text: string): number[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const entries = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      for (const key of [text.charCodeAt(i), i + 1 < text.length ? pairKey(text, i) : -1]) {
        const list = this.byStart.get(key);
        if (list) for (const { term, entry, exact } of list) if (matchesAt(text, i, term, exact)) entries.add(entry);
      }
    }
    if (this.allOf.length > 0) {
      const fields = text.split('|');
      for (const { words, entry } of this.allOf) {
        if (!entries.has(entry) && fields.some((f) => words.every((w) => f.includes(w)))) entries.add(entry);
      }
    }
    const result = [...entries].sort((a, b) => a - b);
    this.cache.set(text, result);
    return result;
  }
}
