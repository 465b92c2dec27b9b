/**
 * Turning a raw query into weighted units: normalise, split, mark filler words, look up readings.
 */
import { normalize, tokenize, type CharMap } from './normalize.js';
import type { PinyinTable } from './pinyin-table.js';

/** Most units a query keeps; units are tracked in 32-bit masks. */
export const MAX_UNITS = 32;
/**
 * Longest query read, in UTF-16 units, and longest letter run: the matcher's scratch grows with the run
 * length times the term length, so a pasted page of text must not size it. Real queries are far shorter.
 */
export const MAX_QUERY = 256;
export const MAX_RUN = 64;
/** Weight of a filler word's characters (要办什么, 怎么办): they still count when present, but barely. */
const STOP_WEIGHT = 0.15;

/** Query filler words, by first character, so a query is scanned once rather than once per word. */
export class Stopwords {
  readonly byFirst = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    for (const word of words) {
      if (!word) continue;
      const list = this.byFirst.get(word.charCodeAt(0));
      if (list) list.push(word);
      else this.byFirst.set(word.charCodeAt(0), [word]);
    }
  }
}

/** One weighted query unit. */
export interface QueryUnit {
  kind: 'han' | 'latin' | 'digit';
  /** Normalised text: one character, or the letter/digit run. */
  text: string;
  /**
   * Character code, for `han` units. A character beyond the basic plane (two UTF-16 units) is two units of
   * half weight, one per UTF-16 unit, matched exactly (side by side, they chain like any two characters).
   */
  code: number;
  /** Syllable ids of a `han` unit (empty when the index does not know the character). */
  readings: readonly number[];
  /** Share of the query this unit stands for: 1 per Han character, ~1 per typed syllable. */
  weight: number;
  /** True for a character of a filler word (down-weighted, never highlighted). */
  filler: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  normalised: string;
  units: QueryUnit[];
  /** Sum of unit weights. */
  total: number;
  /** True when some unit is a Han character. */
  han: boolean;
}

/**
 * Parse a query: normalise, tokenise, down-weight stopwords, attach readings. Only the first
 * {@link MAX_QUERY} units of the query and the first {@link MAX_RUN} letters of each letter run are read.
 */
export function parseQuery(query: string, t2s: CharMap, table: PinyinTable, stopwords: Stopwords): ParsedQuery {
  // Never cut between the two units of a character beyond the basic plane.
  let cut = Math.min(query.length, MAX_QUERY);
  if (cut < query.length && query.charCodeAt(cut - 1) >> 10 === 54) cut--;
  const normalised = normalize(query.slice(0, cut), t2s);
  const tokens = tokenize(normalised);
  // Mark characters inside filler words (every occurrence of every word; overlaps simply add up).
  const filler = new Uint8Array(normalised.length);
  for (let p = 0; p < normalised.length; p++) {
    for (const word of stopwords.byFirst.get(normalised.charCodeAt(p)) ?? []) {
      if (normalised.startsWith(word, p)) filler.fill(1, p, p + word.length);
    }
  }
  const allFiller = tokens.every((t) => t.kind === 'han' && filler[t.start] === 1);
  const units: QueryUnit[] = [];
  let total = 0;
  for (const t of tokens) {
    const han = t.kind === 'han';
    const isFiller = han && !allFiller && filler[t.start] === 1;
    // A character beyond the basic plane: one unit per UTF-16 unit, each of half weight.
    const parts = han ? t.text.length : 1;
    if (units.length + parts > MAX_UNITS) break;
    for (let i = 0; i < parts; i++) {
      let text = han ? (t.text[i] as string) : t.text;
      let weight = isFiller ? STOP_WEIGHT : 1;
      if (t.kind === 'latin') {
        text = text.slice(0, MAX_RUN);
        // About one per syllable it probably spells, to weigh it against Han characters.
        weight = table.segment(text).length;
      }
      const code = han ? text.charCodeAt(0) : 0;
      weight /= parts;
      units.push({ kind: t.kind, text, code, readings: han ? (table.readings.get(code) ?? []) : [], weight, filler: isFiller });
      total += weight;
    }
  }
  return { normalised, units, total, han: units.some((u) => u.kind === 'han') };
}
