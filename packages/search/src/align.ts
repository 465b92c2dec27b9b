/**
 * Scoring one term (a name, a keyword, an intent word …) against a parsed query.
 *
 * Every query unit is matched wherever it can be in the term (exact character, homophone, near-homophone,
 * pinyin run), then a small Viterbi pass picks one place per unit so that units typed next to each other land
 * next to each other. That is character bigram scoring without fixing a segmentation: "食品经营" matches
 * "食品经营许可证" as one chain, "执照营业" matches both characters but no chain.
 *
 * A query is aligned with hundreds of terms per keystroke, so {@link Aligner.measure} allocates nothing: the
 * options and the Viterbi table live in typed scratch arrays reused across terms, and the homophone tests
 * are bit masks prepared once per query.
 */
import type { PinyinTable } from './pinyin-table.js';
import { grow, RunMatcher } from './pinyin-match.js';
import { MAX_UNITS, type ParsedQuery, type QueryUnit } from './query.js';

/** Quality of a Han unit matched by an identical character, a homophone, a near-homophone. */
const Q_EXACT = 1;
const Q_HOMOPHONE = 0.75;
const Q_NEAR = 0.5;
/** Factor on a homophone match with no matched neighbour. */
const ISOLATED = 0.3;
/** Viterbi reward for two consecutive units matched at consecutive positions. */
const ADJACENT = 0.35;

/**
 * A term's score: coverage² (matched weight / query weight) × order (share of matched neighbours that are
 * adjacent) × share of the term used × a small bonus for matching from the term's start.
 */
function termScore(matched: number, total: number, order: number, covered: number, m: number, first: number): number {
  const coverage = Math.min(1, matched / total);
  const used = Math.min(1, covered / Math.max(1, m));
  return coverage * coverage * (0.7 + 0.3 * order) * (0.7 + 0.3 * used) * (first === 0 ? 1 : 0.96);
}

/** The outcome of aligning a query with a term (the allocating form, for highlights and diagnostics). */
export interface Alignment {
  /** 0..1: how well the query is matched by this term (coverage², order, how much of the term is used). */
  score: number;
  /** Bit per query unit that matched. */
  mask: number;
  /** Matched term spans [start, end), in unit order (for highlights). */
  spans: number[];
  /** Match quality per query unit (0 = unmatched). */
  quality: number[];
  /** True when at least two units matched side by side, or the whole term was matched. */
  chain: boolean;
}

/** Aligns queries with terms; holds the pinyin run matcher's memo tables and the per-query scratch. */
export class Aligner {
  /** The typed-pinyin matcher (its {@link RunMatcher.looseEdits} is set by the engine). */
  readonly runs: RunMatcher;
  #prepared: ParsedQuery | undefined;
  /**
   * Dense ids for the characters of terms ({@link encode}). Per id, for the current query only: bits of the Han
   * units it equals, reads like, or reads nearly like. They are set from the query side when a query is
   * prepared (through the ids read each way), so a term position costs one lookup and the characters the query
   * cannot match are never looked at.
   */
  readonly #idOf = new Map<number, number>();
  #idExact = new Int32Array(256);
  #idHom = new Int32Array(256);
  #idNear = new Int32Array(256);
  /** Ids whose bits the prepared query set, to clear them for the next one. */
  readonly #marked: number[] = [];
  /** Static: character ids per syllable id, and per near-homophone class. */
  readonly #idsBySyllable: number[][] = [];
  readonly #idsByClass: number[][] = [];
  /** Term positions where some Han unit matches, and their character ids (scratch of {@link measure}). */
  #hitPos = new Int32Array(64);
  #hitId = new Int32Array(64);
  /** Options (places a unit can match), grouped by unit in term order: unit u owns [optOff[u], optOff[u+1]). */
  #optStart = new Int32Array(256);
  #optLen = new Int32Array(256);
  #optQ = new Float64Array(256);
  readonly #optOff = new Int32Array(MAX_UNITS + 1);
  /** Viterbi rows: unit u's states start at rowOff[u]; the last state of a row is "unmatched". */
  #dpScore = new Float64Array(256);
  #dpBack = new Int32Array(256);
  readonly #rowOff = new Int32Array(MAX_UNITS);
  /** Chosen option per unit (-1 = unmatched), after {@link measure}. */
  readonly #chosen = new Int32Array(MAX_UNITS);

  /** Results of the last {@link measure}: bit per matched unit. */
  mask = 0;
  /** True when at least two units matched side by side, or the whole term was matched. */
  chain = false;
  /** Match quality per query unit (0 = unmatched); entries past the query's length are stale. */
  readonly quality = new Float64Array(MAX_UNITS);

  constructor(private readonly table: PinyinTable) {
    this.runs = new RunMatcher(table);
  }

  /** Character ids of a normalised term, for {@link measure}; ids are stable for the aligner's lifetime. */
  encode(text: string): Uint16Array {
    const ids = new Uint16Array(text.length);
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      let id = this.#idOf.get(c);
      if (id === undefined) {
        this.#idOf.set(c, (id = this.#idOf.size));
        if (id >= this.#idExact.length) {
          this.#idExact = grow(this.#idExact, id * 2);
          this.#idHom = grow(this.#idHom, id * 2);
          this.#idNear = grow(this.#idNear, id * 2);
        }
        this.runs.register(id, c);
        const fuzzy = this.table.fuzzy;
        for (const r of this.table.readings.get(c) ?? []) {
          (this.#idsBySyllable[r] ??= []).push(id);
          const list = (this.#idsByClass[fuzzy[r] as number] ??= []);
          if (list[list.length - 1] !== id) list.push(id);
        }
        // A query prepared before this character existed did not mark it.
        this.#prepared = undefined;
      }
      ids[j] = id;
    }
    return ids;
  }

  /** Set the unit bits of the characters the query can match (clearing the previous query's). */
  #prepare(query: ParsedQuery): void {
    for (const id of this.#marked) this.#idExact[id] = this.#idHom[id] = this.#idNear[id] = 0;
    this.#marked.length = 0;
    const mark = (ids: readonly number[] | undefined, bits: Int32Array, bit: number): void => {
      for (const id of ids ?? []) {
        if (((this.#idExact[id] as number) | (this.#idHom[id] as number) | (this.#idNear[id] as number)) === 0) this.#marked.push(id);
        bits[id] = (bits[id] as number) | bit;
      }
    };
    const fuzzy = this.table.fuzzy;
    query.units.forEach((unit, u) => {
      if (unit.kind !== 'han') return;
      const bit = 1 << u;
      const id = this.#idOf.get(unit.code);
      if (id !== undefined) mark([id], this.#idExact, bit);
      for (const r of unit.readings) {
        // A homophone is also a near-homophone: same class.
        mark(this.#idsBySyllable[r], this.#idHom, bit);
        mark(this.#idsByClass[fuzzy[r] as number], this.#idNear, bit);
      }
    });
    this.#prepared = query;
  }

  #push(k: number, start: number, length: number, quality: number): number {
    if (k >= this.#optStart.length) {
      this.#optStart = grow(this.#optStart, k * 2);
      this.#optLen = grow(this.#optLen, k * 2);
      this.#optQ = grow(this.#optQ, k * 2);
    }
    this.#optStart[k] = start;
    this.#optLen[k] = length;
    this.#optQ[k] = quality;
    return k + 1;
  }

  /**
   * Align `query` with one term and return its score (0 when nothing matched); {@link mask}, {@link chain},
   * {@link quality} and {@link spans} describe the alignment until the next call.
   * @param text normalised term
   * @param ids character ids ({@link encode}) of `text`, from position `at` of `ids`
   */
  measure(query: ParsedQuery, text: string, ids: Uint16Array, at = 0): number {
    if (query !== this.#prepared) this.#prepare(query);
    const units = query.units;
    const n = units.length;
    const m = text.length;
    // Positions where some Han unit matches, with which units and how: one pass over the term.
    let hits = 0;
    let bits = 0;
    if (query.han) {
      if (this.#hitPos.length < m) {
        this.#hitPos = new Int32Array(m * 2);
        this.#hitId = new Int32Array(m * 2);
      }
      for (let j = 0; j < m; j++) {
        const id = ids[at + j] as number;
        // A homophone is also a near-homophone, so exact | near covers every way.
        const z = (this.#idExact[id] as number) | (this.#idNear[id] as number);
        if (z === 0) continue;
        this.#hitPos[hits] = j;
        this.#hitId[hits++] = id;
        bits |= z;
      }
    }
    let k = 0;
    for (let u = 0; u < n; u++) {
      this.#optOff[u] = k;
      const unit = units[u]!;
      if (unit.kind === 'han') {
        const bit = 1 << u;
        if ((bits & bit) === 0) continue;
        for (let x = 0; x < hits; x++) {
          const j = this.#hitPos[x] as number;
          const id = this.#hitId[x] as number;
          if ((this.#idExact[id] as number) & bit) k = this.#push(k, j, 1, Q_EXACT);
          else if ((this.#idHom[id] as number) & bit) k = this.#push(k, j, 1, Q_HOMOPHONE);
          else if ((this.#idNear[id] as number) & bit) k = this.#push(k, j, 1, Q_NEAR);
        }
      } else if (unit.kind === 'latin') {
        const runs = this.runs;
        const found = runs.match(unit.text, m, ids, at);
        const list = runs.found;
        for (let x = 0; x < found * 3; x += 3) k = this.#push(k, list[x]!, list[x + 1]!, list[x + 2]!);
      } else {
        for (let p = text.indexOf(unit.text); p >= 0; p = text.indexOf(unit.text, p + 1)) {
          k = this.#push(k, p, unit.text.length, Q_EXACT);
        }
      }
    }
    this.#optOff[n] = k;
    if (k === 0 || query.total === 0) {
      this.mask = 0;
      this.chain = false;
      this.quality.fill(0, 0, n);
      this.#chosen.fill(-1, 0, n);
      return 0;
    }
    const alone = this.#single(query, m);
    return alone >= 0 ? alone : this.viterbi(query, m);
  }

  /**
   * The common case of a term matching one unit only (most terms sharing a single character with the query):
   * the Viterbi pass would pick that unit's first best option; this is it without the table. Returns -1 when
   * more than one unit has options.
   */
  #single(query: ParsedQuery, m: number): number {
    const n = query.units.length;
    const optOff = this.#optOff, optQ = this.#optQ;
    let only = -1;
    for (let u = 0; u < n; u++) {
      if (optOff[u + 1]! > optOff[u]!) {
        if (only >= 0) return -1;
        only = u;
      }
    }
    let c = optOff[only]!;
    for (let x = c + 1, end = optOff[only + 1]!; x < end; x++) if (optQ[x]! > optQ[c]!) c = x;
    this.#chosen.fill(-1, 0, n);
    this.#chosen[only] = c;
    this.quality.fill(0, 0, n);
    const unit = query.units[only]!;
    let q = optQ[c]!;
    // Alone in the term, a homophone has no matched neighbour.
    if (q < 1 && unit.kind === 'han') q *= ISOLATED;
    this.quality[only] = q;
    this.mask = 1 << only;
    const start = this.#optStart[c]!;
    const covered = this.#optLen[c]!;
    this.chain = covered >= m;
    return termScore(unit.weight * q, query.total, 1, covered, m, start);
  }

  /** Pick one option (or none) per unit maximising matched weight plus adjacency rewards. */
  private viterbi(query: ParsedQuery, m: number): number {
    const units = query.units;
    const n = units.length;
    const optStart = this.#optStart, optLen = this.#optLen, optQ = this.#optQ, optOff = this.#optOff, rowOff = this.#rowOff, chosen = this.#chosen;
    const states = optOff[n]! + n;
    if (this.#dpScore.length < states) {
      this.#dpScore = new Float64Array(states * 2);
      this.#dpBack = new Int32Array(states * 2);
    }
    const score = this.#dpScore;
    const back = this.#dpBack;
    let row = 0;
    let prevRow = 0;
    let prevOff = 0;
    let prevCount = 0;
    for (let u = 0; u < n; u++) {
      const off = optOff[u]!;
      const count = optOff[u + 1]! - off;
      const w = units[u]!.weight;
      const bonus = u > 0 ? ADJACENT * Math.min(w, units[u - 1]!.weight) : 0;
      rowOff[u] = row;
      for (let k = 0; k <= count; k++) {
        const matched = k < count;
        const gain = matched ? w * optQ[off + k]! : 0;
        let best = -1;
        let arg = 0;
        if (u === 0) best = 0 + gain;
        else {
          const start = matched ? optStart[off + k]! : -1;
          for (let p = 0; p <= prevCount; p++) {
            let s = score[prevRow + p]! + gain;
            if (matched && p < prevCount && optStart[prevOff + p]! + optLen[prevOff + p]! === start) s += bonus;
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        score[row + k] = best;
        back[row + k] = arg;
      }
      prevRow = row;
      prevOff = off;
      prevCount = count;
      row += count + 1;
    }
    // Backtrack from the best final state.
    let k = 0;
    for (let i = 1; i <= prevCount; i++) if (score[prevRow + i]! > score[prevRow + k]!) k = i;
    for (let u = n - 1; u >= 0; u--) {
      const off = optOff[u]!;
      chosen[u] = k < optOff[u + 1]! - off ? off + k : -1;
      k = back[rowOff[u]! + k]!;
    }
    let matched = 0;
    let mask = 0;
    let count = 0;
    let adjacent = 0;
    let covered = 0;
    let first = m;
    const quality = this.quality;
    for (let u = 0; u < n; u++) {
      const c = chosen[u]!;
      quality[u] = 0;
      if (c < 0) continue;
      const start = optStart[c]!;
      const end = start + optLen[c]!;
      const p = u > 0 ? chosen[u - 1]! : -1;
      const touchesPrev = p >= 0 && optStart[p]! + optLen[p]! === start;
      let q = optQ[c]!;
      if (q < 1 && units[u]!.kind === 'han' && !touchesPrev) {
        // A homophone on its own is a coincidence, not a typo: typos sit inside words typed otherwise right.
        const x = u + 1 < n ? chosen[u + 1]! : -1;
        if (!(x >= 0 && optStart[x] === end)) q *= ISOLATED;
      }
      quality[u] = q;
      matched += units[u]!.weight * q;
      mask |= 1 << u;
      count++;
      covered += end - start;
      if (start < first) first = start;
      if (touchesPrev) adjacent++;
    }
    this.mask = mask;
    this.chain = adjacent > 0 || covered >= m;
    if (count === 0 || query.total === 0) {
      this.mask = 0;
      this.chain = false;
      return 0;
    }
    return termScore(matched, query.total, count === 1 ? 1 : adjacent / (count - 1), covered, m, first);
  }

  /** Matched spans [start, end) of the last {@link measure}, in unit order; with `units`, filler units are left out. */
  spans(n: number, units?: readonly QueryUnit[]): number[] {
    const out: number[] = [];
    for (let u = 0; u < n; u++) {
      const c = this.#chosen[u]!;
      if (c >= 0 && !units?.[u]?.filler) out.push(this.#optStart[c]!, this.#optStart[c]! + this.#optLen[c]!);
    }
    return out;
  }
}

/**
 * {@link Aligner.measure} as one allocated object, for tests and diagnostics (a function, not a method, so
 * the browser bundle leaves it out).
 */
export function align(aligner: Aligner, query: ParsedQuery, text: string): Alignment {
  const score = aligner.measure(query, text, aligner.encode(text));
  const n = query.units.length;
  return { score, mask: aligner.mask, spans: aligner.spans(n), quality: Array.from(aligner.quality.subarray(0, n)), chain: aligner.chain };
}
