/**
 * Matching a run of typed letters against the characters of one term, through their readings. The run is not
 * segmented up front ("xian" may be 西安 or 现; "fangan" may be fang-an or fan-gan): the matcher walks the
 * term's characters and lets each consume a full syllable, an initial (yyzz, zh/ch/sh as one), or — at the end
 * of the run only — a syllable prefix, so search-as-you-type works. One syllable per match may be misspelt by
 * one letter. Literal letters in the term (ETC, CA) match themselves.
 */
import type { PinyinTable } from './pinyin-table.js';

/** Quality of one consumed character, by how it was matched. */
const Q_FULL = 1;
const Q_PREFIX = 0.9;
const Q_INITIAL = 0.85;
const Q_EDIT = 0.6;

/** A match of a letter run inside a term: term positions [start, start+length), mean quality 0..1. */
export interface RunMatch {
  start: number;
  length: number;
  quality: number;
}

/** True when a and b differ by exactly one substitution, insertion or deletion. */
function oneEdit(run: string, from: number, len: number, syllable: string): boolean {
  const sl = syllable.length;
  if (Math.abs(len - sl) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < len && j < sl) {
    if (run.charCodeAt(from + i) === syllable.charCodeAt(j)) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (len > sl) i++;
    else if (len < sl) j++;
    else {
      i++;
      j++;
    }
  }
  edits += len - i + (sl - j);
  return edits === 1;
}

/**
 * Reusable matcher: memo tables are allocated once and invalidated with a generation stamp, so matching
 * allocates nothing per term.
 */
export class RunMatcher {
  private memoScore = new Float64Array(0);
  private memoEnd = new Int32Array(0);
  private memoStamp = new Uint32Array(0);
  private stamp = 0;
  private run = '';
  private term = '';
  private readings: readonly (readonly number[] | undefined)[] = [];
  private width = 0;

  constructor(private readonly table: PinyinTable) {}

  /**
   * All places where the whole run matches in the term, best quality per start position.
   * @param run normalised letters
   * @param term normalised term text
   * @param readings syllable ids per term position (undefined for characters without a reading)
   */
  match(run: string, term: string, readings: readonly (readonly number[] | undefined)[]): RunMatch[] {
    const out: RunMatch[] = [];
    const m = term.length;
    const size = (run.length + 1) * (m + 1) * 2;
    if (this.memoScore.length < size) {
      this.memoScore = new Float64Array(size * 2);
      this.memoEnd = new Int32Array(size * 2);
      this.memoStamp = new Uint32Array(size * 2);
    }
    this.stamp = (this.stamp + 1) >>> 0;
    this.run = run;
    this.term = term;
    this.readings = readings;
    this.width = m + 1;
    const first = run.charCodeAt(0);
    for (let j = 0; j < m; j++) {
      if (!this.canStart(first, j)) continue;
      const score = this.best(0, j, 0);
      if (score > 0) {
        const end = this.memoEnd[this.slot(0, j, 0)] as number;
        out.push({ start: j, length: end - j, quality: score / (end - j) });
      }
    }
    return out;
  }

  private canStart(first: number, j: number): boolean {
    if (this.term.charCodeAt(j) === first) return true;
    const r = this.readings[j];
    if (!r) return false;
    for (const id of r) if ((this.table.syllables[id] as string).charCodeAt(0) === first) return true;
    return false;
  }

  private slot(i: number, j: number, e: number): number {
    return (i * this.width + j) * 2 + e;
  }

  /** Best summed quality to consume run[i..] starting at term position j; -1 when impossible. */
  private best(i: number, j: number, e: number): number {
    const run = this.run;
    const L = run.length;
    if (i === L) return 0;
    if (j >= this.term.length) return -1;
    const k = this.slot(i, j, e);
    if (this.memoStamp[k] === this.stamp) return this.memoScore[k] as number;
    let bestScore = -1;
    let bestEnd = -1;
    const consider = (score: number, end: number): void => {
      if (score > bestScore) {
        bestScore = score;
        bestEnd = end;
      }
    };
    const next = (ni: number, ne: number, q: number): void => {
      const rest = this.best(ni, j + 1, ne);
      if (rest >= 0) consider(q + rest, ni === L ? j + 1 : (this.memoEnd[this.slot(ni, j + 1, ne)] as number));
    };
    const c = run.charCodeAt(i);
    if (this.term.charCodeAt(j) === c) next(i + 1, e, Q_FULL);
    const r = this.readings[j];
    if (r) {
      const rem = L - i;
      for (const id of r) {
        const s = this.table.syllables[id] as string;
        if (s.charCodeAt(0) !== c) continue;
        const sl = s.length;
        if (rem >= sl && run.startsWith(s, i)) next(i + sl, e, Q_FULL);
        else if (rem < sl && s.startsWith(run.slice(i))) consider(Q_PREFIX, j + 1);
        // An initial: one letter, or zh/ch/sh typed as two.
        if (rem > 1) {
          next(i + 1, e, Q_INITIAL);
          if (sl > 2 && s.charCodeAt(1) === 104 && run.charCodeAt(i + 1) === 104) next(i + 2, e, Q_INITIAL);
        }
        if (e === 0 && sl >= 3) {
          for (let len = sl - 1; len <= sl + 1 && len <= rem; len++) {
            if (len >= 2 && oneEdit(run, i, len, s)) next(i + len, 1, Q_EDIT);
          }
        }
      }
    }
    this.memoStamp[k] = this.stamp;
    this.memoScore[k] = bestScore;
    this.memoEnd[k] = bestEnd;
    return bestScore;
  }
}
