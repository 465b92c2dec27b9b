/**
 * Turning a raw query into weighted units: normalise, split, mark filler words, look up readings.
 */
import { normalize, tokenize, type CharMap } from './normalize.js';
import type { PinyinTable } from './pinyin-table.js';

/** Most units a query keeps; units are tracked in 32-bit masks. */
export const MAX_UNITS = 32;
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
  /** Character code, for `han` units. */
  code: number;
  /** Syllable ids of a `han` unit (empty when the index does not know the character). */
  readings: readonly number[];
  /** Share of the query this unit stands for: 1 per Han character, ~1 per typed syllable. */
  weight: number;
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

/** Parse a query: normalise, tokenise, down-weight stopwords, attach readings. */
export function parseQuery(query: string, t2s: CharMap, table: PinyinTable, stopwords: Stopwords): ParsedQuery {
  const normalised = normalize(query, t2s);
  const tokens = tokenize(normalised).slice(0, MAX_UNITS);
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
    let weight = 1;
    let readings: readonly number[] = [];
    let code = 0;
    if (t.kind === 'han') {
      code = t.text.charCodeAt(0);
      readings = table.readings.get(code) ?? [];
      if (!allFiller && filler[t.start] === 1) weight = STOP_WEIGHT;
    } else if (t.kind === 'latin') {
      weight = table.estimateSyllables(t.text);
    }
    units.push({ kind: t.kind, text: t.text, code, readings, weight });
    total += weight;
  }
  return { normalised, units, total, han: units.some((u) => u.kind === 'han') };
}
