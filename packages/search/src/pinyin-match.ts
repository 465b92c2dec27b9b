/**
 * Matching a run of typed letters against the characters of one term, through their readings. The run is not
 * segmented up front ("xian" may be 西安 or 现; "fangan" may be fang-an or fan-gan): the matcher walks the
 * term's characters and lets each consume a full syllable, an initial (yyzz, zh/ch/sh as one), or — at the end
 * of the run only — a syllable prefix, so search-as-you-type works. Once per match, one syllable may be
 * misspelt by one letter, or up to {@link MAX_GAP} characters of the term may be skipped (people drop the
 * middle word: "yclsxk" for 烟草专卖零售许可); skipped characters lower the match quality. Literal letters in
 * the term (ETC, CA) match themselves.
 */
import type { PinyinTable } from './pinyin-table.js';

/** Quality of one consumed character, by how it was matched. */
const Q_FULL = 1;
const Q_PREFIX = 0.9;
const Q_INITIAL = 0.85;
const Q_EDIT = 0.6;
/** How a syllable can consume the run at a letter ({@link RunMatcher.fit}). */
const FIRST = 1; // starts with that letter (so its initial can be typed)
const FULL = 2; // typed in full
const PREFIX = 4; // the run ends inside it, typed so far
const ZH = 8; // zh/ch/sh typed as a two-letter initial
const EDIT_SHORT = 16; // typed with one edit, one letter short; << 1: same length; << 2: one letter long

/** Most term characters one match may skip between two syllables. */
export const MAX_GAP = 3;

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
  /** Length of the current term. */
  private m = 0;
  private width = 0;
  /** Character id per position of the current term. */
  private posId = new Int32Array(64);
  /** Per character id ({@link register}), static: first-letter bits, the code when a Latin letter, readings. */
  private idLetters = new Int32Array(256);
  private idLiteral = new Int32Array(256);
  private idSylStart = new Int32Array(256);
  private idSylCount = new Int32Array(256);
  private idSyl = new Int32Array(1024);
  private idSylEnd = 0;
  /** Bit of each letter of the current run. */
  private runBit = new Int32Array(16);
  /**
   * Per term position: bit (letter - 'a') for each letter a match may consume there first (the first letters
   * of its readings, or the character itself when it is a Latin letter). A state whose next letter has no bit
   * at its position can only skip, so it is rejected before recursing.
   */
  private initAt = new Int32Array(64);
  /** First-letter bits per syllable id. */
  private readonly syllableBit: Int32Array;
  private readonly syllableLength: Int32Array;
  /** {@link fit} cache: (letter × syllable) → bits, valid for the run of {@link fitGeneration}. */
  private fitRun = '';
  private fitGeneration = 0;
  private fitStamp = new Uint32Array(0);
  private fitBits = new Uint8Array(0);

  constructor(private readonly table: PinyinTable) {
    this.syllableBit = new Int32Array(table.syllables.map((s) => 1 << (s.charCodeAt(0) - 97)));
    this.syllableLength = new Int32Array(table.syllables.map((s) => s.length));
  }

  /**
   * Learn character `code` under the aligner's id `id`: its readings, its first-letter bits (see
   * {@link initAt}), its code when it is a Latin letter. Kept in flat typed arrays, so the matcher's inner loop
   * reads no per-term or per-character objects.
   */
  register(id: number, code: number): void {
    if (id >= this.idLetters.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(id * 2);
        b.set(a);
        return b;
      };
      this.idLetters = grow(this.idLetters);
      this.idLiteral = grow(this.idLiteral);
      this.idSylStart = grow(this.idSylStart);
      this.idSylCount = grow(this.idSylCount);
    }
    const literal = code >= 97 && code <= 122;
    let bits = literal ? 1 << (code - 97) : 0;
    const r = this.table.readings.get(code) ?? [];
    if (this.idSylEnd + r.length > this.idSyl.length) {
      const b = new Int32Array((this.idSylEnd + r.length) * 2);
      b.set(this.idSyl);
      this.idSyl = b;
    }
    this.idSylStart[id] = this.idSylEnd;
    this.idSylCount[id] = r.length;
    for (const sid of r) {
      this.idSyl[this.idSylEnd++] = sid;
      bits |= this.syllableBit[sid] as number;
    }
    this.idLetters[id] = bits;
    this.idLiteral[id] = literal ? code : -1;
  }

  /** True when the letter at run[i] can be consumed at term position j (by a reading or literally). */
  private opens(i: number, j: number): boolean {
    return ((this.initAt[j] as number) & (this.runBit[i] as number)) !== 0;
  }

  /** Matches of the last {@link match}, by start position: [start, start + length), mean quality. */
  foundStart = new Int32Array(16);
  foundLength = new Int32Array(16);
  foundQuality = new Float64Array(16);

  /**
   * All places where the whole run matches in the term, best quality per start position: returns how many,
   * stored in {@link foundStart}, {@link foundLength}, {@link foundQuality} (no allocation per term).
   * @param run normalised letters
   * @param m length of the term
   * @param ids character ids ({@link register}) of the term, from position `at`
   */
  match(run: string, m: number, ids: Uint16Array, at: number): number {
    let found = 0;
    if (this.foundStart.length < m) {
      this.foundStart = new Int32Array(m * 2);
      this.foundLength = new Int32Array(m * 2);
      this.foundQuality = new Float64Array(m * 2);
    }
    const size = (run.length + 1) * (m + 1) * 2;
    if (this.memoScore.length < size) {
      this.memoScore = new Float64Array(size * 2);
      this.memoEnd = new Int32Array(size * 2);
      this.memoStamp = new Uint32Array(size * 2);
    }
    this.stamp = (this.stamp + 1) >>> 0;
    if (run !== this.fitRun) {
      this.fitRun = run;
      if (this.runBit.length < run.length) this.runBit = new Int32Array(run.length * 2);
      for (let i = 0; i < run.length; i++) this.runBit[i] = 1 << (run.charCodeAt(i) - 97);
      const size = (run.length + 1) * this.syllableLength.length;
      if (this.fitStamp.length < size) {
        this.fitStamp = new Uint32Array(size);
        this.fitBits = new Uint8Array(size);
      }
      this.fitGeneration = (this.fitGeneration + 1) >>> 0 || 1;
    }
    this.run = run;
    this.m = m;
    this.width = m + 1;
    if (this.initAt.length < m) {
      this.initAt = new Int32Array(m * 2);
      this.posId = new Int32Array(m * 2);
    }
    let any = 0;
    for (let j = 0; j < m; j++) {
      const id = ids[at + j] as number;
      const bits = this.idLetters[id] as number;
      this.posId[j] = id;
      this.initAt[j] = bits;
      any |= bits;
    }
    // A match starts on a character the run's first letter opens.
    if ((any & (1 << (run.charCodeAt(0) - 97))) === 0) return 0;
    for (let j = 0; j < m; j++) {
      if (!this.opens(0, j)) continue;
      const score = this.best(0, j, 0);
      if (score > 0) {
        const end = this.memoEnd[this.slot(0, j, 0)] as number;
        this.foundStart[found] = j;
        this.foundLength[found] = end - j;
        this.foundQuality[found] = score / (end - j);
        found++;
      }
    }
    return found;
  }

  private slot(i: number, j: number, e: number): number {
    return (i * this.width + j) * 2 + e;
  }

  /** Best summed quality to consume run[i..] starting at term position j; -1 when impossible. */
  private best(i: number, j: number, e: number): number {
    const run = this.run;
    const L = run.length;
    if (i === L) return 0;
    const m = this.m;
    if (j >= m) return -1;
    const k = this.slot(i, j, e);
    if (this.memoStamp[k] === this.stamp) return this.memoScore[k] as number;
    let bestScore = -1;
    let bestEnd = -1;
    const c = run.charCodeAt(i);
    const id = this.posId[j] as number;
    if (this.idLiteral[id] === c) {
      const rest = this.best(i + 1, j + 1, e);
      if (rest >= 0 && Q_FULL + rest > bestScore) {
        bestScore = Q_FULL + rest;
        bestEnd = i + 1 === L ? j + 1 : (this.memoEnd[this.slot(i + 1, j + 1, e)] as number);
      }
    }
    const from = this.idSylStart[id] as number;
    const to = from + (this.idSylCount[id] as number);
    if (to > from) {
      const rem = L - i;
      for (let x = from; x < to; x++) {
        const sid = this.idSyl[x] as number;
        const f = this.fit(i, sid);
        if ((f & FIRST) === 0) continue;
        const sl = this.syllableLength[sid] as number;
        // The run ends inside this syllable: a prefix (search-as-you-type).
        if (f & PREFIX && Q_PREFIX > bestScore) {
          bestScore = Q_PREFIX;
          bestEnd = j + 1;
        }
        // Each step's end is read right after it returns, before any other recursion can overwrite it.
        let v: number;
        if (f & FULL && (v = this.step(i + sl, j, e, Q_FULL)) > bestScore) {
          bestScore = v;
          bestEnd = this.stepEnd;
        }
        if (rem > 1) {
          // An initial: one letter, or zh/ch/sh typed as two.
          if ((v = this.step(i + 1, j, e, Q_INITIAL)) > bestScore) {
            bestScore = v;
            bestEnd = this.stepEnd;
          }
          if (f & ZH && (v = this.step(i + 2, j, e, Q_INITIAL)) > bestScore) {
            bestScore = v;
            bestEnd = this.stepEnd;
          }
        }
        if (e === 0 && f >= EDIT_SHORT) {
          for (let d = 0; d < 3; d++) {
            if (f & (EDIT_SHORT << d) && (v = this.step(i + sl - 1 + d, j, 1, Q_EDIT)) > bestScore) {
              bestScore = v;
              bestEnd = this.stepEnd;
            }
          }
        }
      }
    }
    // Skip a few term characters between two syllables (never before the first: a match starts on a hit).
    if (e === 0 && i > 0) {
      for (let g = 1; g <= MAX_GAP && j + g < m; g++) {
        // After a skip nothing else may be skipped, so the landing character must open the next letter.
        if (!this.opens(i, j + g)) continue;
        const rest = this.best(i, j + g, 1);
        if (rest > bestScore) {
          bestScore = rest;
          bestEnd = this.memoEnd[this.slot(i, j + g, 1)] as number;
        }
      }
    }
    this.memoStamp[k] = this.stamp;
    this.memoScore[k] = bestScore;
    this.memoEnd[k] = bestEnd;
    return bestScore;
  }

  /**
   * How syllable `sid` can consume the run from letter i ({@link FIRST} … bits), cached per run: every term of
   * a query is matched against the same run, so each (letter, syllable) pair is compared once per query.
   */
  private fit(i: number, sid: number): number {
    const k = i * this.syllableLength.length + sid;
    if (this.fitStamp[k] === this.fitGeneration) return this.fitBits[k] as number;
    const run = this.run;
    const s = this.table.syllables[sid] as string;
    let bits = 0;
    if (s.charCodeAt(0) === run.charCodeAt(i)) {
      bits = FIRST;
      const rem = run.length - i;
      const sl = s.length;
      let same = true;
      for (let y = 1; y < Math.min(sl, rem); y++) {
        if (run.charCodeAt(i + y) !== s.charCodeAt(y)) {
          same = false;
          break;
        }
      }
      if (same) bits |= rem >= sl ? FULL : PREFIX;
      if (sl > 2 && s.charCodeAt(1) === 104 && run.charCodeAt(i + 1) === 104) bits |= ZH;
      if (sl >= 3) {
        for (let len = sl - 1; len <= sl + 1 && len <= rem; len++) {
          if (len >= 2 && oneEdit(run, i, len, s)) bits |= EDIT_SHORT << (len - sl + 1);
        }
      }
    }
    this.fitStamp[k] = this.fitGeneration;
    this.fitBits[k] = bits;
    return bits;
  }

  /** End position of the match found by the last {@link step} call. */
  private stepEnd = -1;

  /** Consume up to run[ni) with character j at quality q, then continue at j+1: total score or -1. */
  private step(ni: number, j: number, ne: number, q: number): number {
    // With the one skip or edit spent, the next character must open the next letter.
    if (ne === 1 && ni < this.run.length && j + 1 < this.m && !this.opens(ni, j + 1)) return -1;
    const rest = this.best(ni, j + 1, ne);
    if (rest < 0) return -1;
    this.stepEnd = ni === this.run.length ? j + 1 : (this.memoEnd[this.slot(ni, j + 1, ne)] as number);
    return q + rest;
  }
}
