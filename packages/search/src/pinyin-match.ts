/**
 * Matching a run of typed letters against the characters of one term, through their readings. The run is not
 * segmented up front ("xian" may be 西安 or 现; "fangan" may be fang-an or fan-gan): the matcher walks the
 * term's characters and lets each consume a full syllable, an initial (yyzz, zh/ch/sh as one), or — at the end
 * of the run only — a syllable prefix, so search-as-you-type works. Once per match, one syllable may be
 * misspelt by one letter (inserted, dropped or replaced), or up to {@link MAX_GAP} characters of the term may
 * be skipped (people drop the middle word: "yclsxk" for 烟草专卖零售许可); skipped characters lower the match
 * quality. As typed, the misspelt letter is one after the first of a syllable of 3+ letters ("gonjijin",
 * "shipinjinying"). When that finds nothing, the engine asks for slips ({@link RunMatcher.looseEdits}):
 * near-homophone slips (zh/z, ch/c, sh/s, l/n, -ng/-n) then match at lower quality without using the one
 * edit, as homophone typos in Han characters do, and in a run of {@link LONG_RUN}+ letters the misspelt
 * letter may be any letter of a syllable of 2+ letters (the rest of the run anchors the match:
 * "gongijintiqu", "gongzijintiqu"; a short run with a free letter would match nearly anything). Literal
 * letters in the term (ETC, CA) match themselves.
 */
import { fuzzyKey, type PinyinTable } from './pinyin-table.js';

/** Quality of one consumed character, by how it was matched. */
const Q_FULL = 1;
const Q_PREFIX = 0.9;
const Q_INITIAL = 0.85;
const Q_EDIT = 0.6;
const Q_FUZZY = 0.7;
/** How a syllable can consume the run at a letter ({@link RunMatcher.fit}). */
const FIRST = 1; // starts with that letter (so its initial can be typed)
const FULL = 2; // typed in full
const PREFIX = 4; // the run ends inside it, typed so far
const ZH = 8; // zh/ch/sh typed as a two-letter initial
const EDIT_SHORT = 16; // typed with one edit, one letter short; << 1: same length; << 2: one letter long
const EDITS = 16 | 32 | 64;
const FUZZY_SHORT = 128; // a near-homophone typed two letters short (zheng as zen); << 1 … << 4: two long
const FUZZIES = 128 | 256 | 512 | 1024 | 2048;

/** Packs a match's end position and its count of consumed characters in one number (end × SPAN + count). */
const SPAN = 2 ** 20;
/** Most term characters one match may skip between two syllables. */
export const MAX_GAP = 3;
/** Runs of at least this many letters may misspell any letter of any syllable of 2+ letters (once). */
export const LONG_RUN = 6;


/** fuzzyKey(run.slice(a, a + len)) === key ({@link fuzzyKey}), without building a string. */
function fuzzyEqual(run: string, a: number, len: number, key: string): boolean {
  let end = a + len;
  if (len > 2 && run.endsWith('ng', end)) end--; // -ng → -n
  let k = 0;
  const c = run.charCodeAt(a);
  if (c === 108) {
    // l → n
    if (key.charCodeAt(0) !== 110) return false;
    a++;
    k++;
  } else if (len > 1 && run.charCodeAt(a + 1) === 104 && (c === 122 || c === 99 || c === 115)) {
    // zh/ch/sh → z/c/s
    if (key.charCodeAt(0) !== c) return false;
    a += 2;
    k++;
  }
  if (end - a !== key.length - k) return false;
  while (a < end) if (run.charCodeAt(a++) !== key.charCodeAt(k++)) return false;
  return true;
}

/** A copy of typed array `a` with room for `n` entries (same type). */
export function grow<T extends Int32Array | Float64Array | Uint16Array>(a: T, n: number): T {
  const b = new (a.constructor as new (size: number) => T)(n);
  b.set(a);
  return b;
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
  #memoScore = new Float64Array(0);
  /** Per state: where its best match ends and how many characters it consumed, as end × {@link SPAN} + chars. */
  #memoEnd = new Float64Array(0);
  #memoStamp = new Uint32Array(0);
  #stamp = 0;
  #run = '';
  /** Length of the current term. */
  #m = 0;
  #width = 0;
  /** Character id per position of the current term. */
  #posId = new Int32Array(64);
  /** Per character id ({@link register}), static: first-letter bits, the code when a Latin letter, readings. */
  #idLetters = new Int32Array(256);
  #idLiteral = new Int32Array(256);
  #idSylStart = new Int32Array(256);
  #idSylCount = new Int32Array(256);
  #idSyl = new Int32Array(1024);
  #idSylEnd = 0;
  /** Bit of each letter of the current run. */
  #runBit = new Int32Array(16);
  /**
   * Per term position: bit (letter - 'a') for each letter a match may consume there first (the first letters
   * of its readings, or the character itself when it is a Latin letter). A state whose next letter has no bit
   * at its position can only skip, so it is rejected before recursing.
   */
  #initAt = new Int32Array(64);
  /** First-letter bits per syllable id. */
  readonly #syllableBit: Int32Array;
  readonly #syllableLength: Int32Array;
  /** Near-homophone key per syllable id. */
  readonly #fuzzyKeys: string[];
  /** {@link fit} cache: (letter × syllable) → bits, valid for the run of {@link fitGeneration}. */
  #fitRun = '';
  #fitGeneration = 0;
  #fitStamp = new Uint32Array(0);
  #fitBits = new Uint16Array(0);
  /** {@link looseEdits} is on and the current run is at least {@link LONG_RUN} letters. */
  #loose = false;
  #fitLoose = false;
  /**
   * Slips, set by the engine for a second pass when nothing matched a run as typed: near-homophone slips,
   * and in a run of {@link LONG_RUN}+ letters the one misspelt letter may be any letter of a syllable of 2+
   * letters, the run's first letter included (a match may then start on any character).
   */
  looseEdits = false;

  constructor(private readonly table: PinyinTable) {
    this.#syllableBit = new Int32Array(table.syllables.map((s) => 1 << (s.charCodeAt(0) - 97)));
    this.#syllableLength = new Int32Array(table.syllables.map((s) => s.length));
    this.#fuzzyKeys = table.syllables.map(fuzzyKey);
  }

  /**
   * Learn character `code` under the aligner's id `id`: its readings, its first-letter bits (see
   * {@link initAt}), its code when it is a Latin letter. Kept in flat typed arrays, so the matcher's inner loop
   * reads no per-term or per-character objects.
   */
  register(id: number, code: number): void {
    if (id >= this.#idLetters.length) {
      this.#idLetters = grow(this.#idLetters, id * 2);
      this.#idLiteral = grow(this.#idLiteral, id * 2);
      this.#idSylStart = grow(this.#idSylStart, id * 2);
      this.#idSylCount = grow(this.#idSylCount, id * 2);
    }
    const literal = code >= 97 && code <= 122;
    let bits = literal ? 1 << (code - 97) : 0;
    const r = this.table.readings.get(code) ?? [];
    if (this.#idSylEnd + r.length > this.#idSyl.length) this.#idSyl = grow(this.#idSyl, (this.#idSylEnd + r.length) * 2);
    this.#idSylStart[id] = this.#idSylEnd;
    this.#idSylCount[id] = r.length;
    for (const sid of r) {
      this.#idSyl[this.#idSylEnd++] = sid;
      bits |= this.#syllableBit[sid] as number;
    }
    // l and n are confused (a near-homophone slip): either letter may open a syllable starting with the other.
    if (bits & 0x2800) bits |= 0x2800;
    this.#idLetters[id] = bits;
    this.#idLiteral[id] = literal ? code : -1;
  }

  /** True when the letter at run[i] can be consumed at term position j (by a reading or literally). */
  #opens(i: number, j: number): boolean {
    return ((this.#initAt[j] as number) & (this.#runBit[i] as number)) !== 0;
  }

  /** Matches of the last {@link match}, by start position: (start, length, mean quality) triples. */
  found = new Float64Array(48);

  /**
   * All places where the whole run matches in the term, best quality per start position: returns how many,
   * stored in {@link found} (no allocation per term).
   * @param run normalised letters
   * @param m length of the term
   * @param ids character ids ({@link register}) of the term, from position `at`
   */
  match(run: string, m: number, ids: Uint16Array, at: number): number {
    let found = 0;
    if (this.found.length < m * 3) this.found = new Float64Array(m * 6);
    const size = (run.length + 1) * (m + 1) * 2;
    if (this.#memoScore.length < size) {
      this.#memoScore = new Float64Array(size * 2);
      this.#memoEnd = new Float64Array(size * 2);
      this.#memoStamp = new Uint32Array(size * 2);
    }
    this.#stamp = (this.#stamp + 1) >>> 0;
    if (run !== this.#fitRun || this.looseEdits !== this.#fitLoose) {
      this.#fitRun = run;
      this.#fitLoose = this.looseEdits;
      if (this.#runBit.length < run.length) this.#runBit = new Int32Array(run.length * 2);
      for (let i = 0; i < run.length; i++) this.#runBit[i] = 1 << (run.charCodeAt(i) - 97);
      const size = (run.length + 1) * this.#syllableLength.length;
      if (this.#fitStamp.length < size) {
        this.#fitStamp = new Uint32Array(size);
        this.#fitBits = new Uint16Array(size);
      }
      this.#fitGeneration = (this.#fitGeneration + 1) >>> 0 || 1;
      this.#loose = this.looseEdits && run.length >= LONG_RUN;
    }
    this.#run = run;
    this.#m = m;
    this.#width = m + 1;
    if (this.#initAt.length < m) {
      this.#initAt = new Int32Array(m * 2);
      this.#posId = new Int32Array(m * 2);
    }
    // A match starts on a character the run's first letter opens; with looser edits anywhere (the first
    // letter may be the misspelt one).
    const loose = this.#loose;
    let any = 0;
    for (let j = 0; j < m; j++) {
      const id = ids[at + j] as number;
      const bits = this.#idLetters[id] as number;
      this.#posId[j] = id;
      this.#initAt[j] = bits;
      any |= bits;
    }
    if (!loose && (any & (this.#runBit[0] as number)) === 0) return 0;
    for (let j = 0; j < m; j++) {
      if (!loose && !this.#opens(0, j)) continue;
      const score = this.#best(0, j, 0);
      if (score > 0) {
        const at = this.#slot(0, j, 0);
        const packed = this.#memoEnd[at] as number;
        const end = Math.floor(packed / SPAN);
        this.found[found * 3] = j;
        this.found[found * 3 + 1] = end - j;
        // Mean quality per letter, times the share of the span's characters consumed (skips lower it).
        this.found[found * 3 + 2] = (score / run.length) * (((packed % SPAN) as number) / (end - j));
        found++;
      }
    }
    return found;
  }

  #slot(i: number, j: number, e: number): number {
    return (i * this.#width + j) * 2 + e;
  }

  /**
   * Best quality to consume run[i..] starting at term position j, weighted by letters: each character adds its
   * match quality times the letters it consumed, so the reading that explains the typed letters best wins
   * (a syllable typed in full is never split into an initial plus a misspelt neighbour). -1 when impossible.
   * The chosen end position and the number of characters consumed are memoised with it.
   */
  #best(i: number, j: number, e: number): number {
    const run = this.#run;
    const L = run.length;
    if (i === L) return 0;
    const m = this.#m;
    if (j >= m) return -1;
    const k = this.#slot(i, j, e);
    if (this.#memoStamp[k] === this.#stamp) return this.#memoScore[k] as number;
    let bestScore = -1;
    let bestEnd = -1;
    const c = run.charCodeAt(i);
    const id = this.#posId[j] as number;
    let v: number;
    if (this.#idLiteral[id] === c && (v = this.#step(i, i + 1, j, e, Q_FULL)) > bestScore) {
      bestScore = v;
      bestEnd = this.#stepEnd;
    }
    const from = this.#idSylStart[id] as number;
    const to = from + (this.#idSylCount[id] as number);
    if (to > from) {
      const rem = L - i;
      for (let x = from; x < to; x++) {
        const sid = this.#idSyl[x] as number;
        const f = this.#fit(i, sid);
        if (f === 0) continue;
        const sl = this.#syllableLength[sid] as number;
        // Each step's end is read right after it returns, before any other recursion can overwrite it.
        if (f & FIRST) {
          // The run ends inside this syllable: a prefix (search-as-you-type).
          if (f & PREFIX && Q_PREFIX * rem > bestScore) {
            bestScore = Q_PREFIX * rem;
            bestEnd = (j + 1) * SPAN + 1;
          }
          if (f & FULL && (v = this.#step(i, i + sl, j, e, Q_FULL)) > bestScore) {
            bestScore = v;
            bestEnd = this.#stepEnd;
          }
          if (rem > 1) {
            // An initial: one letter, or zh/ch/sh typed as two.
            if ((v = this.#step(i, i + 1, j, e, Q_INITIAL)) > bestScore) {
              bestScore = v;
              bestEnd = this.#stepEnd;
            }
            if (f & ZH && (v = this.#step(i, i + 2, j, e, Q_INITIAL)) > bestScore) {
              bestScore = v;
              bestEnd = this.#stepEnd;
            }
          }
        }
        // A near-homophone slip: typed up to two letters shorter or longer, no edit spent.
        if (f & FUZZIES) {
          for (let d = 0; d < 5; d++) {
            if (f & (FUZZY_SHORT << d) && (v = this.#step(i, i + sl - 2 + d, j, e, Q_FUZZY)) > bestScore) {
              bestScore = v;
              bestEnd = this.#stepEnd;
            }
          }
        }
        if (e === 0 && f & EDITS) {
          for (let d = 0; d < 3; d++) {
            if (f & (EDIT_SHORT << d) && (v = this.#step(i, i + sl - 1 + d, j, 1, Q_EDIT)) > bestScore) {
              bestScore = v;
              bestEnd = this.#stepEnd;
            }
          }
        }
      }
    }
    // Skip a few term characters between two syllables (never before the first: a match starts on a hit).
    if (e === 0 && i > 0) {
      for (let g = 1; g <= MAX_GAP && j + g < m; g++) {
        // After a skip nothing else may be skipped, so the landing character must open the next letter.
        if (!this.#opens(i, j + g)) continue;
        const rest = this.#best(i, j + g, 1);
        if (rest > bestScore) {
          const at = this.#slot(i, j + g, 1);
          bestScore = rest;
          bestEnd = this.#memoEnd[at] as number;
        }
      }
    }
    this.#memoStamp[k] = this.#stamp;
    this.#memoScore[k] = bestScore;
    this.#memoEnd[k] = bestEnd;
    return bestScore;
  }

  /**
   * How syllable `sid` can consume the run from letter i ({@link FIRST} … bits), cached per run: every term of
   * a query is matched against the same run, so each (letter, syllable) pair is compared once per query.
   */
  #fit(i: number, sid: number): number {
    const k = i * this.#syllableLength.length + sid;
    if (this.#fitStamp[k] === this.#fitGeneration) return this.#fitBits[k] as number;
    const run = this.#run;
    const s = this.table.syllables[sid] as string;
    const rem = run.length - i;
    const sl = s.length;
    let bits = 0;
    let same = false;
    const first = s.charCodeAt(0) === run.charCodeAt(i);
    if (first) {
      bits = FIRST;
      same = true;
      for (let y = 1; y < Math.min(sl, rem); y++) {
        if (run.charCodeAt(i + y) !== s.charCodeAt(y)) {
          same = false;
          break;
        }
      }
      if (same) bits |= rem >= sl ? FULL : PREFIX;
      if (sl > 2 && s.charCodeAt(1) === 104 && run.charCodeAt(i + 1) === 104) bits |= ZH;
    }
    // One edit: after the first letter of a syllable of 3+ letters; anywhere in one of 2+ letters in a long run
    // (then the first or second typed letter must be the syllable's first or second letter).
    const c0 = run.charCodeAt(i);
    const c1 = run.charCodeAt(i + 1);
    const loose = this.#loose && sl >= 2 && (first || c1 === s.charCodeAt(0) || c0 === s.charCodeAt(1) || c1 === s.charCodeAt(1));
    if ((first && sl >= 3) || loose) {
      for (let len = sl - 1; len <= sl + 1 && len <= rem; len++) {
        if (len >= (loose ? 1 : 2) && oneEdit(run, i, len, s)) bits |= EDIT_SHORT << (len - sl + 1);
      }
    }
    // A near-homophone typed instead (an exact spelling is FULL, not a slip); only l/n changes the first letter.
    const key = this.#fuzzyKeys[sid] as string;
    if (this.#fitLoose && (first || key.charCodeAt(0) === c0 || (c0 === 108 && key.charCodeAt(0) === 110))) {
      for (let len = Math.max(1, sl - 2); len <= sl + 2 && len <= rem; len++) {
        if ((len !== sl || !same) && fuzzyEqual(run, i, len, key)) bits |= FUZZY_SHORT << (len - sl + 2);
      }
    }
    // Typed in full, the syllable was not misspelt shorter (zhon + g…, for zhong typed right).
    if (bits & FULL) bits &= ~(EDIT_SHORT | FUZZY_SHORT | (FUZZY_SHORT << 1));
    this.#fitStamp[k] = this.#fitGeneration;
    this.#fitBits[k] = bits;
    return bits;
  }

  /** End position and characters consumed (packed, see SPAN) of the match found by the last `#step` call. */
  #stepEnd = -1;

  /**
   * Consume run[i..ni) with character j at quality q, then continue at j+1: the letter-weighted total, or -1.
   */
  #step(i: number, ni: number, j: number, ne: number, q: number): number {
    // With the one skip or edit spent, the next character must open the next letter.
    if (ne === 1 && ni < this.#run.length && j + 1 < this.#m && !this.#opens(ni, j + 1)) return -1;
    const rest = this.#best(ni, j + 1, ne);
    if (rest < 0) return -1;
    if (ni === this.#run.length) {
      this.#stepEnd = (j + 1) * SPAN + 1;
    } else {
      const at = this.#slot(ni, j + 1, ne);
      this.#stepEnd = (this.#memoEnd[at] as number) + 1;
    }
    return q * (ni - i) + rest;
  }

}
