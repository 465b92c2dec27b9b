/**
 * Scoring one term (a name, a keyword, an intent word …) against a parsed query.
 *
 * Every query unit is matched wherever it can be in the term (exact character, homophone, near-homophone,
 * pinyin run), then a small Viterbi pass picks one place per unit so that units typed next to each other land
 * next to each other. That is character bigram scoring without fixing a segmentation: "食品经营" matches
 * "食品经营许可证" as one chain, "执照营业" matches both characters but no chain.
 */
import type { PinyinTable } from './pinyin-table.js';
import { RunMatcher } from './pinyin-match.js';
import type { ParsedQuery } from './query.js';

/** Quality of a Han unit matched by an identical character, a homophone, a near-homophone. */
const Q_EXACT = 1;
const Q_HOMOPHONE = 0.75;
const Q_NEAR = 0.5;
/** Factor on a homophone match with no matched neighbour. */
const ISOLATED = 0.3;
/** Viterbi reward for two consecutive units matched at consecutive positions. */
const ADJACENT = 0.35;

/** The outcome of aligning a query with a term. */
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

interface Candidate {
  start: number;
  length: number;
  quality: number;
}

/** Aligns queries with terms; holds the pinyin run matcher's memo tables. */
export class Aligner {
  private readonly runs: RunMatcher;

  constructor(private readonly table: PinyinTable) {
    this.runs = new RunMatcher(table);
  }

  /**
   * Align `query` with one term.
   * @param text normalised term
   * @param readings syllable ids per position of `text`
   */
  align(query: ParsedQuery, text: string, readings: readonly (readonly number[] | undefined)[]): Alignment {
    const units = query.units;
    const n = units.length;
    const m = text.length;
    const fuzzy = this.table.fuzzy;
    const options: Candidate[][] = [];
    for (let u = 0; u < n; u++) {
      const unit = units[u]!;
      const found: Candidate[] = [];
      if (unit.kind === 'han') {
        for (let j = 0; j < m; j++) {
          if (text.charCodeAt(j) === unit.code) {
            found.push({ start: j, length: 1, quality: Q_EXACT });
            continue;
          }
          const r = readings[j];
          if (!r || unit.readings.length === 0) continue;
          let q = 0;
          for (const a of r) {
            if (unit.readings.includes(a)) {
              q = Q_HOMOPHONE;
              break;
            }
            if (q === 0 && unit.fuzzy.includes(fuzzy[a] as number)) q = Q_NEAR;
          }
          if (q > 0) found.push({ start: j, length: 1, quality: q });
        }
      } else if (unit.kind === 'latin') {
        for (const hit of this.runs.match(unit.text, text, readings)) found.push(hit);
      } else {
        for (let p = text.indexOf(unit.text); p >= 0; p = text.indexOf(unit.text, p + 1)) {
          found.push({ start: p, length: unit.text.length, quality: Q_EXACT });
        }
      }
      options.push(found);
    }
    return this.viterbi(query, options, m);
  }

  /** Pick one option (or none) per unit maximising matched weight plus adjacency rewards. */
  private viterbi(query: ParsedQuery, options: Candidate[][], m: number): Alignment {
    const units = query.units;
    const n = units.length;
    // score[u][k]: best total for units 0..u with unit u in state k (k = options.length means "unmatched").
    const scores: number[][] = [];
    const back: number[][] = [];
    for (let u = 0; u < n; u++) {
      const opts = options[u]!;
      const w = units[u]!.weight;
      const prevOpts = u > 0 ? options[u - 1]! : [];
      const prev = u > 0 ? scores[u - 1]! : [0];
      const row: number[] = [];
      const brow: number[] = [];
      for (let k = 0; k <= opts.length; k++) {
        const opt = opts[k];
        const gain = opt ? w * opt.quality : 0;
        let best = -1;
        let arg = 0;
        for (let p = 0; p < prev.length; p++) {
          let s = (prev[p] as number) + gain;
          const po = prevOpts[p];
          if (opt && po && po.start + po.length === opt.start) s += ADJACENT * Math.min(w, units[u - 1]!.weight);
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        row.push(best);
        brow.push(arg);
      }
      scores.push(row);
      back.push(brow);
    }
    // Backtrack from the best final state.
    const last = scores[n - 1] ?? [0];
    let k = 0;
    for (let i = 1; i < last.length; i++) if ((last[i] as number) > (last[k] as number)) k = i;
    const chosen: (Candidate | undefined)[] = new Array(n);
    for (let u = n - 1; u >= 0; u--) {
      chosen[u] = options[u]![k];
      k = back[u]![k] as number;
    }
    let matched = 0;
    let mask = 0;
    let count = 0;
    let adjacent = 0;
    let covered = 0;
    let first = m;
    const spans: number[] = [];
    const quality: number[] = new Array(n).fill(0);
    const touches = (a: Candidate | undefined, b: Candidate | undefined): boolean =>
      !!a && !!b && a.start + a.length === b.start;
    for (let u = 0; u < n; u++) {
      const c = chosen[u];
      if (!c) continue;
      // A homophone on its own is a coincidence, not a typo: typos sit inside words typed otherwise right.
      if (c.quality < 1 && units[u]!.kind === 'han' && !touches(chosen[u - 1], c) && !touches(c, chosen[u + 1])) {
        c.quality *= ISOLATED;
      }
      quality[u] = c.quality;
      matched += units[u]!.weight * c.quality;
      mask |= 1 << u;
      count++;
      covered += c.length;
      if (c.start < first) first = c.start;
      const p = u > 0 ? chosen[u - 1] : undefined;
      if (p && p.start + p.length === c.start) adjacent++;
      spans.push(c.start, c.start + c.length);
    }
    if (count === 0 || query.total === 0) return { score: 0, mask: 0, spans, quality, chain: false };
    const coverage = Math.min(1, matched / query.total);
    const order = count === 1 ? 1 : adjacent / (count - 1);
    const used = Math.min(1, covered / Math.max(1, m));
    const score = coverage * coverage * (0.7 + 0.3 * order) * (0.7 + 0.3 * used) * (first === 0 ? 1 : 0.96);
    return { score, mask, spans, quality, chain: adjacent > 0 || covered >= m };
  }
}
