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
import { RunMatcher } from './pinyin-match.js';
import { MAX_UNITS, type ParsedQuery } from './query.js';

/** Quality of a Han unit matched by an identical character, a homophone, a near-homophone. */
const Q_EXACT = 1;
const Q_HOMOPHONE = 0.75;
const Q_NEAR = 0.5;
/** Factor on a homophone match with no matched neighbour. */
const ISOLATED = 0.3;
/** Viterbi reward for two consecutive units matched at consecutive positions. */
const ADJACENT = 0.35;

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
  private readonly runs: RunMatcher;
  private prepared: ParsedQuery | undefined;
  /**
   * Dense ids for the characters of terms ({@link encode}). Per id, for the current query only: bits of the Han
   * units it equals, reads like, or reads nearly like. They are set from the query side when a query is
   * prepared (through the ids read each way), so a term position costs one lookup and the characters the query
   * cannot match are never looked at.
   */
  private readonly idOf = new Map<number, number>();
  private idExact = new Int32Array(256);
  private idHom = new Int32Array(256);
  private idNear = new Int32Array(256);
  /** Ids whose bits the prepared query set, to clear them for the next one. */
  private readonly marked: number[] = [];
  /** Static: character ids per syllable id, and per near-homophone class. */
  private readonly idsBySyllable: number[][] = [];
  private readonly idsByClass: number[][] = [];
  /** Term positions where some Han unit matches, with their unit bits (scratch of {@link measure}). */
  private hitPos = new Int32Array(64);
  private hitExact = new Int32Array(64);
  private hitHom = new Int32Array(64);
  private hitNear = new Int32Array(64);
  /** Options (places a unit can match), grouped by unit in term order: unit u owns [optOff[u], optOff[u+1]). */
  private optStart = new Int32Array(256);
  private optLen = new Int32Array(256);
  private optQ = new Float64Array(256);
  private readonly optOff = new Int32Array(MAX_UNITS + 1);
  /** Viterbi rows: unit u's states start at rowOff[u]; the last state of a row is "unmatched". */
  private dpScore = new Float64Array(256);
  private dpBack = new Int32Array(256);
  private readonly rowOff = new Int32Array(MAX_UNITS);
  /** Chosen option per unit (-1 = unmatched), after {@link measure}. */
  private readonly chosen = new Int32Array(MAX_UNITS);

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
      let id = this.idOf.get(c);
      if (id === undefined) {
        this.idOf.set(c, (id = this.idOf.size));
        if (id >= this.idExact.length) {
          const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
            const b = new Int32Array(id! * 2);
            b.set(a);
            return b;
          };
          this.idExact = grow(this.idExact);
          this.idHom = grow(this.idHom);
          this.idNear = grow(this.idNear);
        }
        this.runs.register(id, c);
        const fuzzy = this.table.fuzzy;
        for (const r of this.table.readings.get(c) ?? []) {
          (this.idsBySyllable[r] ??= []).push(id);
          const list = (this.idsByClass[fuzzy[r] as number] ??= []);
          if (list[list.length - 1] !== id) list.push(id);
        }
        // A query prepared before this character existed did not mark it.
        this.prepared = undefined;
      }
      ids[j] = id;
    }
    return ids;
  }

  /** Set the unit bits of the characters the query can match (clearing the previous query's). */
  private prepare(query: ParsedQuery): void {
    for (const id of this.marked) this.idExact[id] = this.idHom[id] = this.idNear[id] = 0;
    this.marked.length = 0;
    const mark = (ids: readonly number[] | undefined, bits: Int32Array, bit: number): void => {
      for (const id of ids ?? []) {
        if (((this.idExact[id] as number) | (this.idHom[id] as number) | (this.idNear[id] as number)) === 0) this.marked.push(id);
        bits[id] = (bits[id] as number) | bit;
      }
    };
    const fuzzy = this.table.fuzzy;
    query.units.forEach((unit, u) => {
      if (unit.kind !== 'han') return;
      const bit = 1 << u;
      const id = this.idOf.get(unit.code);
      if (id !== undefined) mark([id], this.idExact, bit);
      for (const r of unit.readings) {
        // A homophone is also a near-homophone: same class.
        mark(this.idsBySyllable[r], this.idHom, bit);
        mark(this.idsByClass[fuzzy[r] as number], this.idNear, bit);
      }
    });
    this.prepared = query;
  }

  private push(k: number, start: number, length: number, quality: number): number {
    if (k >= this.optStart.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.optStart = grow(this.optStart, (n) => new Int32Array(n));
      this.optLen = grow(this.optLen, (n) => new Int32Array(n));
      this.optQ = grow(this.optQ, (n) => new Float64Array(n));
    }
    this.optStart[k] = start;
    this.optLen[k] = length;
    this.optQ[k] = quality;
    return k + 1;
  }

  /**
   * Align `query` with one term and return its score (0 when nothing matched); {@link mask}, {@link chain},
   * {@link quality} and {@link spans} describe the alignment until the next call.
   * @param text normalised term
   * @param ids character ids ({@link encode}) of `text`, from position `at` of `ids`
   */
  measure(query: ParsedQuery, text: string, ids: Uint16Array, at = 0): number {
    if (query !== this.prepared) this.prepare(query);
    const units = query.units;
    const n = units.length;
    const m = text.length;
    // Positions where some Han unit matches, with which units and how: one pass over the term.
    let hits = 0;
    let bits = 0;
    if (query.han) {
      if (this.hitPos.length < m) {
        this.hitPos = new Int32Array(m * 2);
        this.hitExact = new Int32Array(m * 2);
        this.hitHom = new Int32Array(m * 2);
        this.hitNear = new Int32Array(m * 2);
      }
      for (let j = 0; j < m; j++) {
        const id = ids[at + j] as number;
        const e = this.idExact[id] as number;
        const z = this.idNear[id] as number;
        if ((e | z) === 0) continue;
        this.hitPos[hits] = j;
        this.hitExact[hits] = e;
        this.hitHom[hits] = this.idHom[id] as number;
        this.hitNear[hits] = z;
        hits++;
        bits |= e | z;
      }
    }
    let k = 0;
    for (let u = 0; u < n; u++) {
      this.optOff[u] = k;
      const unit = units[u]!;
      if (unit.kind === 'han') {
        const bit = 1 << u;
        if ((bits & bit) === 0) continue;
        for (let x = 0; x < hits; x++) {
          const j = this.hitPos[x] as number;
          if ((this.hitExact[x] as number) & bit) k = this.push(k, j, 1, Q_EXACT);
          else if ((this.hitHom[x] as number) & bit) k = this.push(k, j, 1, Q_HOMOPHONE);
          else if ((this.hitNear[x] as number) & bit) k = this.push(k, j, 1, Q_NEAR);
        }
      } else if (unit.kind === 'latin') {
        const runs = this.runs;
        const found = runs.match(unit.text, m, ids, at);
        for (let x = 0; x < found; x++) k = this.push(k, runs.foundStart[x]!, runs.foundLength[x]!, runs.foundQuality[x]!);
      } else {
        for (let p = text.indexOf(unit.text); p >= 0; p = text.indexOf(unit.text, p + 1)) {
          k = this.push(k, p, unit.text.length, Q_EXACT);
        }
      }
    }
    this.optOff[n] = k;
    if (k === 0 || query.total === 0) {
      this.mask = 0;
      this.chain = false;
      this.quality.fill(0, 0, n);
      this.chosen.fill(-1, 0, n);
      return 0;
    }
    const alone = this.single(query, m);
    return alone >= 0 ? alone : this.viterbi(query, m);
  }

  /**
   * The common case of a term matching one unit only (most terms sharing a single character with the query):
   * the Viterbi pass would pick that unit's first best option; this is it without the table. Returns -1 when
   * more than one unit has options.
   */
  private single(query: ParsedQuery, m: number): number {
    const n = query.units.length;
    const { optOff, optQ } = this;
    let only = -1;
    for (let u = 0; u < n; u++) {
      if (optOff[u + 1]! > optOff[u]!) {
        if (only >= 0) return -1;
        only = u;
      }
    }
    let c = optOff[only]!;
    for (let x = c + 1, end = optOff[only + 1]!; x < end; x++) if (optQ[x]! > optQ[c]!) c = x;
    this.chosen.fill(-1, 0, n);
    this.chosen[only] = c;
    this.quality.fill(0, 0, n);
    const unit = query.units[only]!;
    let q = optQ[c]!;
    // Alone in the term, a homophone has no matched neighbour.
    if (q < 1 && unit.kind === 'han') q *= ISOLATED;
    this.quality[only] = q;
    this.mask = 1 << only;
    const start = this.optStart[c]!;
    const covered = this.optLen[c]!;
    this.chain = covered >= m;
    const coverage = Math.min(1, (0 + unit.weight * q) / query.total);
    const used = Math.min(1, covered / Math.max(1, m));
    return coverage * coverage * (0.7 + 0.3 * 1) * (0.7 + 0.3 * used) * (start === 0 ? 1 : 0.96);
  }

  /** Pick one option (or none) per unit maximising matched weight plus adjacency rewards. */
  private viterbi(query: ParsedQuery, m: number): number {
    const units = query.units;
    const n = units.length;
    const { optStart, optLen, optQ, optOff, rowOff, chosen } = this;
    const states = optOff[n]! + n;
    if (this.dpScore.length < states) {
      this.dpScore = new Float64Array(states * 2);
      this.dpBack = new Int32Array(states * 2);
    }
    const score = this.dpScore;
    const back = this.dpBack;
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
    const coverage = Math.min(1, matched / query.total);
    const order = count === 1 ? 1 : adjacent / (count - 1);
    const used = Math.min(1, covered / Math.max(1, m));
    return coverage * coverage * (0.7 + 0.3 * order) * (0.7 + 0.3 * used) * (first === 0 ? 1 : 0.96);
  }

  /** Matched spans [start, end) of the last {@link measure}, in unit order. */
  spans(n: number): number[] {
    const out: number[] = [];
    for (let u = 0; u < n; u++) {
      const c = this.chosen[u]!;
      if (c >= 0) out.push(this.optStart[c]!, this.optStart[c]! + this.optLen[c]!);
    }
    return out;
  }

  /** {@link measure} as one allocated object (highlights, diagnostics). */
  align(query: ParsedQuery, text: string): Alignment {
    const score = this.measure(query, text, this.encode(text));
    const n = query.units.length;
    return { score, mask: this.mask, spans: this.spans(n), quality: Array.from(this.quality.subarray(0, n)), chain: this.chain };
  }
}
