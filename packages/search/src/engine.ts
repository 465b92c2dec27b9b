/**
 * The browser query engine: loads a serialised index, builds small in-memory lookup tables, answers queries.
 */
import { Aligner } from './align.js';
import { decodeCharMap, isHan, normalize } from './normalize.js';
import { grow, LONG_RUN } from './pinyin-match.js';
import { PinyinTable } from './pinyin-table.js';
import { MAX_UNITS, parseQuery, Stopwords, type ParsedQuery } from './query.js';
import {
  FIELDS,
  type Highlight,
  type SearchFilters,
  type SearchHit,
  type SearchOptions,
  type SearchResponse,
  type SerializedIndex,
} from './types.js';

/**
 * Field weights, in {@link FIELDS} order (name, keywords, intent, themes, department, alias, event), then the
 * event field of a 一件事 bundle: a life event's bundle ranks before the matters the event triggers. An alias (a
 * street name, a grievance's channel) weighs almost as much as the name: the wording people use for a matter is
 * as sure a sign of it as the official one.
 */
const WEIGHTS = [1, 0.6, 0.55, 0.25, 0.2, 0.8, 0.6, 0.7];
const NF = WEIGHTS.length;
/** How much fields beyond the best one add: corroboration, without letting many weak fields beat one strong. */
const OTHER_FIELDS = 0.2;
/**
 * Sub-items rank just below an equally relevant main item. Lower values put more main items first, but also
 * let a weakly matching main item (a penalty published for transparency, 依职权) pass the sub-items of the
 * licence a citizen asked for (search-prior.test.ts).
 */
const SUB_ITEM = 0.97;
/** Popularity (0..1) multiplies the score by up to 1 + this: it decides near-ties (sydj: 生育/失业/收养登记). */
const POPULARITY = 0.1;
/**
 * Weight of unit evidence: each query unit's best weighted match in any field of the document, so everyday
 * wording whose words are spread over the name and several intent words still adds up. Kept small, for the reason
 * {@link PART} gives: scattered hits among a matter's many layer words must not outrank the matter whose own phrase
 * matches (0.5 → 0.15 raised both blind development sets by about 0.02).
 */
const UNIT_EVIDENCE = 0.15;
/**
 * A document matches when at least this share of the query's weight is found in it, and at least two units'
 * worth (or half the query, if shorter): long everyday questions match on a couple of key words, while one
 * shared character never makes a match. (0.25 until a sentence's units counted by the share of the phrase they
 * were found in, {@link PART}: that lowers the coverage of every long query a little, and 0.2 keeps what it found.)
 */
const MIN_COVERAGE = 0.2;
/**
 * Least share a unit counts for when the query is a sentence and the unit was found in a keyword or layer phrase
 * of which the query holds only part (each unit counts matched/length of the phrase, at least this): a matter with
 * a hundred everyday phrases holds most characters of any long complaint one by one (the 退 of 退货纠纷, the 老 of
 * 当老板), and those stray characters must not add up to the coverage of the matter whose own phrase matches.
 */
const PART = 0.5;
/**
 * What a sentence's unit found only among a life event's words counts for, towards a matter's coverage. An event's
 * words are given to every matter the event triggers, so a matter two events trigger holds both vocabularies (回老家工作
 * and 创业补贴 on the flexible workers' insurance): counted in full, they outweighed the matter whose own name says
 * 创业补贴. The event field still ranks what it matches (its weight is unchanged); only its coverage is discounted.
 */
const EVENT_SHARE = 0.6;

/**
 * Least credit, as a share of the best term's, of a term worth aligning when the query is a sentence (more than five
 * units; half otherwise). A sentence's best term is a long layer phrase holding many of its units, and at half of
 * that, the terms holding one or two units the phrase lacks (补贴, 公证, 食堂) were never aligned, so the matters
 * they name could not be found. 0.5 → 0.4 raised both blind validation sets (everyday6 0.690 → 0.710, everyday7
 * 0.791 → 0.800); 0.3-0.42 all did about as well, below 0.3 the noise cost more than it found.
 */
const CANDIDATE_SENTENCE = 0.4;
/** Share of a Han unit's weight a term gets towards the candidate floor when it only has a homophone of it. */
const HOMOPHONE_TOUCH = 0.5;
/** Credit (share of the unit's weight) of a term a lone short letter run does not start: below the floor. */
const LEAD_ONLY = 0.4;
/** Default and largest page size: `limit` is floored and clamped to 0..MAX_LIMIT; anything else means the default. */
const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;


/** Appends `value` to the list at `key` unless it was the last value appended there. */
function addOnce<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/**
 * The first `k` of `items` in `before` order (a strict total order), sorted: insertion into a page of `k`, so a
 * query matching thousands of documents never sorts them all.
 */
function topK(items: readonly number[], k: number, before: (x: number, y: number) => boolean): number[] {
  const page: number[] = [];
  if (k <= 0) return page;
  for (const i of items) {
    if (page.length >= k && !before(i, page[k - 1] as number)) continue;
    let p = Math.min(page.length, k - 1);
    while (p > 0 && before(i, page[p - 1] as number)) p--;
    if (page.length >= k) page.pop();
    page.splice(p, 0, i);
  }
  return page;
}



/** A loaded index, ready to search. Create with {@link loadIndex}. */
export class SearchIndex {
  /** Number of indexed documents. */
  readonly size: number;
  private readonly data: SerializedIndex;
  private readonly t2s: Map<number, number>;
  private readonly table: PinyinTable;
  private readonly aligner: Aligner;
  readonly #stopwords: Stopwords;
  readonly #text: string[] = [];
  /**
   * Character ids (in the aligner) of every term, end to end: term t's are at idAt[t] (one flat array reads
   * faster in the hot loop than an array per term).
   */
  #ids = new Uint16Array(0);
  readonly #idAt: Int32Array;
  #idEnd = 0;
  /** Postings of term t: postList[postOff[t] .. postOff[t+1]), each (doc << 3 | field), in document order. */
  readonly #postOff: Int32Array;
  readonly #postList: Int32Array;
  readonly #byChar = new Map<number, number[]>();
  readonly #bySyllable = new Map<number, number[]>();
  readonly #byInitials = new Map<number, number[]>();
  /** First letter (of a reading, or the letter itself) of a term's first character → terms. */
  readonly #byLead = new Map<number, number[]>();
  readonly #termIds = new Map<string, number>();
  /**
   * Per facet (audience, department, theme, type), each document's values: term ids, the department's being its
   * `departmentId` when given, else its name.
   */
  readonly #facetValues: (readonly number[])[][];
  // Per-query scratch, reused so a query allocates little.
  readonly #termHit: Float64Array;
  readonly #termMask: Uint32Array;
  readonly #fieldScore: Float64Array;
  /**
   * Per document and query unit, how surely the unit was found, towards coverage (in a sentence, its match quality
   * scaled by the share of the phrase matched, see {@link PART}; else 1).
   */
  readonly #unitFound: Float32Array;
  /** Per document and query unit, its best weighted match in any field (unit evidence). */
  readonly #unitBest: Float32Array;
  readonly #docSeen: Uint8Array;
  readonly #docScore: Float64Array;
  /** Per position in the document list: filters failed (bits: audience, department, theme, type). */
  readonly #docFail: Uint8Array;
  /** Per document: what multiplies its relevance (popularity, and the sub-item factor). */
  readonly #prior: Float64Array;
  /** Per position in the document list: the field that scored best (a hit's `matchedBy`). */
  readonly #bestField: Uint8Array;
  /** The event description the current query matches best, and its alignment score. */
  #event = 0;
  /** Per term: the label of the life event it describes (from `evl`), if any. */
  readonly #eventOf: string[] = [];
  #eventScore = 0;
  /** Per name term: position of its best document during {@link crowd}, -1 otherwise. */
  readonly #bestOfName: Int32Array;
  /** Lists reused by every query (documents reached, scored, within the floor), so a query allocates little. */
  readonly #docList: number[] = [];
  readonly #scoredList: number[] = [];
  readonly #matchedList: number[] = [];
  /** Highest credit of a term so far in {@link candidates}. */
  #maxHit = 0;
  /** Terms credited by the current query (scratch of {@link candidates}). */
  readonly #touched: number[] = [];
  /** Units the current term matched. */
  readonly #matchedUnits = new Int32Array(MAX_UNITS);
  /** Units matched by some term of the current query ({@link scoreTerms}). */
  #unitsFound = 0;
  /** Per term: initial pairs shared with a misspelt run (scratch of `#typoCandidates`). */
  readonly #typoCount: Uint8Array;

  constructor(data: SerializedIndex) {
    if (data.v !== 3) throw new Error(`@zwfw/search: index version ${data.v}`);
    this.data = data;
    this.size = data.code.length;
    this.t2s = decodeCharMap(data.t2s);
    this.table = new PinyinTable(data.py);
    this.aligner = new Aligner(this.table);
    this.#stopwords = new Stopwords(data.stop);
    this.#idAt = new Int32Array(data.terms.length);
    data.terms.forEach((t, i) => this.#termIds.set(t, i));
    // Postings are collected per term, then packed into one typed array: the hot loop reads them linearly.
    const postings = new Map<number, number[]>();
    const post = (t: number, d: number, f: number): void => {
      let list = postings.get(t);
      if (!list) {
        postings.set(t, (list = []));
        this.#indexTerm(t);
      }
      list.push((d << 3) | f);
    };
    // Fields in FIELDS order, then a bundle's event descriptions (field 7).
    const fields = [data.name.map((t) => [t]), data.kw, data.intent, data.themes, data.dept.map((t) => [t]), data.al ?? [], data.ev ?? [], data.evb ?? []];
    // Lists are gap-coded (SerializedIndex.kw) but for themes; a name's or department's one id is its own gap.
    for (let d = 0; d < this.size; d++) {
      fields.forEach((list, f) => {
        let t = 0;
        for (const g of list[d] ?? []) post(f - 3 ? (t += g) : g, d, f);
      });
    }
    const n = data.terms.length;
    this.#postOff = new Int32Array(n + 1);
    let total = 0;
    for (let t = 0; t < n; t++) {
      this.#postOff[t] = total;
      total += postings.get(t)?.length ?? 0;
    }
    this.#postOff[n] = total;
    this.#postList = new Int32Array(total);
    for (const [t, list] of postings) this.#postList.set(list, this.#postOff[t] as number);
    const deptKey = data.deptId ? data.deptId.map((t, d) => (t >= 0 ? t : (data.dept[d] as number))) : data.dept;
    this.#facetValues = [data.aud, deptKey.map((t) => [t]), data.themes, data.type.map((t) => (t < 0 ? [] : [t]))];
    for (const [label, ...gaps] of data.evl ?? []) {
      let t = 0;
      for (const gap of gaps) this.#eventOf[(t += gap)] = data.terms[label!]!;
    }
    this.#termHit = new Float64Array(n);
    this.#termMask = new Uint32Array(n);
    this.#fieldScore = new Float64Array(this.size * NF);
    this.#unitFound = new Float32Array(this.size * MAX_UNITS);
    this.#unitBest = new Float32Array(this.size * MAX_UNITS);
    this.#docSeen = new Uint8Array(this.size);
    this.#docScore = new Float64Array(this.size);
    this.#docFail = new Uint8Array(this.size);
    this.#bestField = new Uint8Array(this.size);
    // Per document, the factor on its relevance: 1 + POPULARITY × popularity, and SUB_ITEM for a sub-item. A
    // sub-item counts at most its main item's popularity, so popularity never lifts a sub-item over an equally
    // relevant main item (only a better text match does); below that, siblings keep their order.
    // (A parent outside the index is a code, and a main item's -1: neither has a popularity here.)
    const pop = data.pop;
    this.#prior = Float64Array.from(pop, (x, d) => {
      const p = data.parent[d]!;
      return (1 + (POPULARITY * Math.min(x, typeof p == 'string' ? x : (pop[p] ?? x))) / 100) * (p === -1 ? 1 : SUB_ITEM);
    });
    this.#bestOfName = new Int32Array(n).fill(-1);
    this.#typoCount = new Uint8Array(n);
  }

  #indexTerm(t: number): void {
    const text = normalize(this.data.terms[t] ?? '', this.t2s);
    this.#text[t] = text;
    let prevInitials: number[] = [];
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      addOnce(this.#byChar, c, t);
      const r = this.table.readings.get(c);
      const initials: number[] = [];
      if (r) {
        for (const id of r) {
          addOnce(this.#bySyllable, id, t);
          const first = (this.table.syllables[id] as string).charCodeAt(0);
          if (!initials.includes(first)) initials.push(first);
        }
      } else if (!isHan(c) && c > 32) initials.push(c);
      // Pairs of consecutive initials narrow down candidates for typed pinyin (yyzz, gongjijin).
      for (const a of prevInitials) for (const b of initials) addOnce(this.#byInitials, a * 128 + b, t);
      if (j === 0) for (const a of initials) addOnce(this.#byLead, a, t);
      prevInitials = initials;
    }
    const ids = this.aligner.encode(text);
    if (this.#idEnd + ids.length > this.#ids.length) this.#ids = grow(this.#ids, (this.#idEnd + ids.length) * 2);
    this.#ids.set(ids, this.#idEnd);
    this.#idAt[t] = this.#idEnd;
    this.#idEnd += ids.length;
  }

  /**
   * Search the index.
   * @param query what the user typed: Chinese (simplified or traditional), pinyin, initials, or a mix
   * @param options limit, filters, facets
   */
  search(query: string, options: SearchOptions = {}): SearchResponse {
    // The page size (see SearchOptions.limit); Number.isFinite is false for anything but a finite number.
    const n = options.limit;
    const limit = Number.isFinite(n) ? Math.min(MAX_LIMIT, Math.max(0, Math.floor(n as number))) : DEFAULT_LIMIT;
    // An empty query matches nothing (and counts empty facets) through the same steps.
    const parsed = parseQuery(query, this.t2s, this.table, this.#stopwords);
    const terms = this.candidates(parsed);
    // Terms sharing two initial pairs with the whole of a long letter run: the candidates above are chosen by
    // its first syllables, which a slip may have garbled (gonjijin, shennfenzheng). Added to the first pass
    // when the run reads as a mix of syllables and stray letters, and to the second.
    const more = (strict: boolean): number[] => {
      const out: number[] = [];
      parsed.units.forEach((unit, u) => {
        if (unit.kind !== 'latin' || unit.text.length < LONG_RUN || (!strict && this.#unitsFound & (1 << u))) return;
        for (const t of this.#typoCandidates(unit.text, strict)) {
          // New terms get a mark so that they are cleared with the others.
          if (!this.#termMask[t]) {
            this.#termMask[t] = 1;
            terms.push(t);
          }
          out.push(t);
        }
      });
      return out;
    };
    more(true);
    // (#event is only read on a hit found through an event field, i.e. after this query set it.)
    this.#unitsFound = this.#docList.length = this.#eventScore = 0;
    let docs = this.#scoreTerms(parsed, terms);
    // A letter run (3+ letters) that matched nothing as typed has a slip: a second pass aligns the terms that
    // run chose, and those above, with slips allowed (scores only grow: fields and units keep their best).
    let unmatched = 0;
    parsed.units.forEach((unit, u) => {
      if (unit.kind === 'latin' && unit.text.length > 2 && !(this.#unitsFound & (1 << u))) unmatched |= 1 << u;
    });
    const runs = this.aligner.runs;
    runs.looseEdits = unmatched !== 0;
    if (unmatched) docs = this.#scoreTerms(parsed, terms.filter((t) => this.#termMask[t]! & unmatched).concat(more(false)));
    const ranked = this.#rankDocs(parsed, docs, options, limit);
    runs.looseEdits = false;
    for (const t of terms) {
      this.#termHit[t] = 0;
      this.#termMask[t] = 0;
    }
    return ranked;
  }

  /** Terms sharing enough with the query to be worth aligning. */
  private candidates(q: ParsedQuery): number[] {
    const touched = this.#touched;
    touched.length = 0;
    const units = q.units;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u]!;
      if (unit.kind === 'han') {
        this.#touch(this.#byChar.get(unit.code), u, unit.weight);
        // A term that shares only a reading with this unit is weaker evidence than one sharing the character:
        // it counts for less towards the floor below, so homophones are aligned when nothing better is around
        // (a typo, a character the catalogue lacks) and skipped when the query's own characters are found.
        for (const r of unit.readings) this.#touch(this.#bySyllable.get(r), u, unit.weight * HOMOPHONE_TOUCH);
      } else if (unit.kind === 'digit') {
        this.#touch(this.#byChar.get(unit.text.charCodeAt(0)), u, unit.weight);
      } else {
        for (const key of this.#initialPairs(unit.text)) this.#touch(this.#byInitials.get(key), u, unit.weight);
        if (unit.weight <= 1) {
          // One (possibly partial) syllable: every character read with a syllable it starts, or that starts it.
          // Typed alone (z, ji: the start of what is being typed) it is somewhere in most terms, so the terms
          // it starts count fully and the others below the floor: they are aligned only when no term starts so.
          const lone = units.length === 1;
          if (lone) this.#touch(this.#byLead.get(unit.text.charCodeAt(0)), u, unit.weight);
          const w = lone ? unit.weight * LEAD_ONLY : unit.weight;
          for (const id of this.#syllablesAround(unit.text)) this.#touch(this.#bySyllable.get(id), u, w);
          this.#touch(this.#byChar.get(unit.text.charCodeAt(0)), u, w);
        }
      }
    }
    // A term is aligned when its credit reaches half the best term's, or CANDIDATE_SENTENCE of it in a sentence.
    const floor = this.#maxHit * (units.length > 5 ? CANDIDATE_SENTENCE : 0.5);
    this.#maxHit = 0;
    const out: number[] = [];
    for (const t of touched) {
      if ((this.#termHit[t] as number) >= floor) out.push(t);
      else {
        this.#termHit[t] = 0;
        this.#termMask[t] = 0;
      }
    }
    return out;
  }

  /** Credit unit `u` (weight `w`) to every term of `list`, once per unit. */
  #touch(list: readonly number[] | undefined, u: number, w: number): void {
    if (!list) return;
    const bit = 1 << u;
    const termMask = this.#termMask, termHit = this.#termHit, touched = this.#touched;
    for (let i = 0; i < list.length; i++) {
      const t = list[i] as number;
      const mask = termMask[t] as number;
      if (mask & bit) continue;
      if (mask === 0) touched.push(t);
      termMask[t] = mask | bit;
      const sum = (termHit[t] as number) + w;
      termHit[t] = sum;
      if (sum > this.#maxHit) this.#maxHit = sum;
    }
  }

  /** Ids of the syllables `run` is a prefix of or starts with, ascending (a lookup, not a scan). */
  #syllablesAround(run: string): number[] {
    const ids = [...(this.table.byPrefix.get(run) ?? [])];
    for (const id of this.table.prefixesOf(run)) if (!ids.includes(id)) ids.push(id);
    return ids.sort((a, b) => a - b);
  }

  /**
   * Terms sharing at least two initial pairs with a (probably misspelt) run: the initials of its greedy
   * segmentation into syllables, paired with the next and the one after (an inserted or dropped letter makes
   * one spurious initial). A letter that starts no syllable (i, u, v) is a dropped initial and is skipped.
   * With `unlessClean`, none for a run that reads cleanly as syllables only or initials only.
   */
  #typoCandidates(run: string, unlessClean: boolean): number[] {
    const table = this.table, count = this.#typoCount;
    const starts = table.segment(run);
    // Clean: all syllables, or all initials (a slip usually leaves a stray letter between syllables).
    const singles = starts.filter((p, k) => (starts[k + 1] ?? run.length) - p === 1).length;
    if (unlessClean && (singles === 0 || singles === starts.length)) return [];
    const initials = starts.filter((i) => table.byPrefix.has(run[i] as string)).map((i) => run.charCodeAt(i));
    const keys = new Set<number>();
    for (let k = 1; k < initials.length; k++) {
      keys.add((initials[k - 1] as number) * 128 + (initials[k] as number));
      if (k > 1) keys.add((initials[k - 2] as number) * 128 + (initials[k] as number));
    }
    const need = Math.min(2, keys.size);
    const out: number[] = [];
    count.fill(0);
    for (const key of keys) for (const t of this.#byInitials.get(key) ?? []) if (++count[t]! === need) out.push(t);
    return out;
  }

  /**
   * Initial-pair keys a letter run can start with, over all ways to read its first syllable, -ng typed -n
   * included ("gon" for gong). (An l/n slip changes an initial: a run of 6+ letters finds its terms in the
   * second pass, by its other initials.)
   */
  #initialPairs(run: string): Set<number> {
    const keys = new Set<number>();
    const table = this.table;
    const a = run.charCodeAt(0) * 128;
    if (run.length > 1) keys.add(a + run.charCodeAt(1));
    if (run.charCodeAt(1) === 104 && run.length > 2) keys.add(a + run.charCodeAt(2));
    for (const id of table.prefixesOf(run).sort((x, y) => x - y)) {
      const k = (table.syllables[id] as string).length;
      if (k > 1 && k < run.length) keys.add(a + run.charCodeAt(k));
    }
    // -ng typed -n (gon for gong); other slips keep a syllable (zu for zhu), or the initial (l, n: above).
    for (let k = 2; k < run.length && k < table.maxLength; k++) if (run[k - 1] === 'n' && table.ids.has(`${run.slice(0, k)}g`)) keys.add(a + run.charCodeAt(k));
    return keys;
  }

  /** Align candidate terms and spread their scores to the documents using them (added to the query's list). */
  #scoreTerms(q: ParsedQuery, terms: readonly number[]): number[] {
    const docs = this.#docList;
    const aligner = this.aligner;
    const n = q.units.length;
    const quality = aligner.quality;
    const units = this.#matchedUnits;
    // Fields where only a chain counts (bits: name when the query is longer than a name fragment, themes, department).
    const loose = n > 5 ? 25 : 24;
    const postOff = this.#postOff, postList = this.#postList, unitBest = this.#unitBest, fieldScore = this.#fieldScore, unitFound = this.#unitFound, docSeen = this.#docSeen;
    for (const t of terms) {
      const score = aligner.measure(q, this.#text[t] as string, this.#ids, this.#idAt[t]);
      if (score <= 0) continue;
      if (score > this.#eventScore && this.#eventOf[t]) {
        this.#eventScore = score;
        this.#event = t;
      }
      const chain = aligner.chain;
      this.#unitsFound |= aligner.mask;
      let matched = 0;
      for (let u = 0; u < n; u++) if ((quality[u] as number) > 0) units[matched++] = u;
      // In a sentence, a unit counts by its match quality and, found in a keyword or layer phrase, by how much of
      // the phrase the query holds; in a shorter query (a name fragment, pinyin, a homophone) any match counts.
      const part = n > 5 ? Math.max(PART, Math.min(1, matched / (this.#text[t] as string).length)) : 0;
      for (let i = postOff[t] as number, end = postOff[t + 1] as number; i < end; i++) {
        const p = postList[i] as number;
        const d = p >>> 3;
        const f = p & 7;
        // Themes and departments are long shared labels: a stray character in them (the 安 of 平安县) is noise;
        // so is a name's when the query is a sentence (the 就 of 就业 in a complaint about a husband's drinking).
        if (!chain && (loose >> f) & 1) continue;
        const slot = d * NF + f;
        const w = WEIGHTS[f] as number;
        const base = d * MAX_UNITS;
        for (let x = 0; x < matched; x++) {
          const u = units[x] as number;
          const e = (quality[u] as number) * (f && part ? part : 1);
          const found = part ? (f > 5 ? EVENT_SHARE * e : e) : 1;
          if (found > (unitFound[base + u] as number)) unitFound[base + u] = found;
          if (w * e > (unitBest[base + u] as number)) unitBest[base + u] = w * e;
        }
        if (!docSeen[d]) {
          docSeen[d] = 1;
          docs.push(d);
        }
        if (score > (fieldScore[slot] as number)) fieldScore[slot] = score;
      }
    }
    return docs;
  }

  #rankDocs(q: ParsedQuery, docs: readonly number[], options: SearchOptions, limit: number): SearchResponse {
    const filters = this.#compileFilters(options.filters);
    const wantFacets = options.facets === true;
    const units = q.units;
    const n = units.length;
    const fieldScore = this.#fieldScore, unitFound = this.#unitFound, docSeen = this.#docSeen, unitBest = this.#unitBest, fails = this.#docFail, prior = this.#prior;
    // The best document passing every filter: results are kept within reach of it.
    let top = 0;
    const scores = this.#docScore;
    const scored = this.#scoredList;
    scored.length = 0;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i] as number;
      let best = 0;
      let sum = 0;
      for (let f = 0, slot = d * NF; f < NF; f++, slot++) {
        const s = (fieldScore[slot] as number) * (WEIGHTS[f] as number);
        fieldScore[slot] = 0;
        sum += s;
        if (s > best) {
          best = s;
          this.#bestField[i] = f;
        }
      }
      docSeen[d] = 0;
      let found = 0;
      let evidence = 0;
      for (let u = 0, base = d * MAX_UNITS; u < n; u++) {
        const w = units[u]!.weight;
        found += w * (unitFound[base + u] as number);
        evidence += w * (unitBest[base + u] as number);
        unitBest[base + u] = unitFound[base + u] = 0;
      }
      const coverage = found / q.total;
      evidence /= q.total;
      if (coverage < MIN_COVERAGE || found < Math.min(2, q.total / 2)) continue;
      // Filters failed, one bit per facet. A document failing one filter still counts in that facet's counts.
      let fail = 0;
      for (let f = 0; f < 4; f++) if (filters[f] && !this.#facetValues[f]![d]!.some((t) => filters[f]!.has(t))) fail |= 1 << f;
      if (fail && (!wantFacets || fail & (fail - 1))) continue;
      const score = ((best + OTHER_FIELDS * (sum - best)) * coverage + UNIT_EVIDENCE * evidence * evidence) * prior[d]!;
      scores[i] = score;
      fails[i] = fail;
      if (!fail && score > top) top = score;
      scored.push(i);
    }
    // Keep documents within reach of the best; a long tail of one-character coincidences is noise.
    const floor = top * 0.2;
    const matched = this.#matchedList;
    matched.length = 0;
    for (const i of scored) if (!fails[i] && (scores[i] as number) >= floor) matched.push(i);
    // Best first, ties by document order; only the returned page is ever sorted.
    const before = (x: number, y: number): boolean =>
      (scores[x] as number) > (scores[y] as number) || ((scores[x] as number) === (scores[y] as number) && (docs[x] as number) < (docs[y] as number));
    const page = options.diversify === false ? topK(matched, limit, before) : this.#crowd(matched, docs, limit, before);
    const hits = page.map((i) => this.#hit(q, docs[i] as number, scores[i] as number, this.#bestField[i]!));
    const response: SearchResponse = { hits, total: matched.length };
    if (wantFacets) {
      // Disjunctive facets: each facet counts what the query would match with every filter but its own.
      const facets = { audience: {}, department: {}, theme: {}, type: {} } as NonNullable<SearchResponse['facets']>;
      const terms = this.data.terms;
      for (let f = 0; f < 4; f++) {
        // Facets in filter-bit order: audience, department, theme, type.
        const into = Object.values(facets)[f]!;
        // Each value is counted against its own floor (a fifth of its best document's score), the floor that
        // choosing it as the filter would apply: so a count says exactly how many results choosing it gives.
        const top = new Map<number, number>();
        for (let pass = 0; pass < 2; pass++) {
          for (const i of scored) {
            const fail = fails[i]!;
            if (fail & ~(1 << f)) continue;
            const d = docs[i]!;
            const score = scores[i]!;
            for (const t of this.#facetValues[f]![d]!) {
              if (pass === 0) top.set(t, Math.max(top.get(t) ?? 0, score));
              else if (score >= top.get(t)! * 0.2) into[terms[t]!] = (into[terms[t]!] ?? 0) + 1;
            }
          }
        }
      }
      response.facets = facets;
    }
    return response;
  }

  /**
   * The best `limit` of `matched`, one document per distinct name first: when many agencies implement the same
   * matter, the page shows the different matters before the second copy of any (a department filter then picks
   * the agency). Equal to walking the full ranking and deferring repeated names, without sorting it.
   */
  #crowd(matched: readonly number[], docs: readonly number[], limit: number, before: (x: number, y: number) => boolean): number[] {
    const names = this.data.name;
    const bestOf = this.#bestOfName;
    const heads: number[] = [];
    for (const i of matched) {
      const name = names[docs[i] as number] as number;
      const cur = bestOf[name] as number;
      if (cur < 0) {
        heads.push(name);
        bestOf[name] = i;
      } else if (before(i, cur)) bestOf[name] = i;
    }
    const reps: number[] = [];
    for (const name of heads) {
      reps.push(bestOf[name] as number);
      bestOf[name] = -1;
    }
    const page = topK(reps, limit, before);
    if (page.length >= limit) return page;
    // Fewer distinct names than the page holds: fill it with the best repeated copies.
    const chosen = new Set(reps);
    return page.concat(topK(matched.filter((i) => !chosen.has(i)), limit - page.length, before));
  }

  #hit(q: ParsedQuery, d: number, score: number, field: number): SearchHit {
    const data = this.data;
    const nameId = data.name[d] as number;
    // Highlights are computed for the returned page only.
    this.aligner.measure(q, this.#text[nameId] as string, this.#ids, this.#idAt[nameId]);
    const found = this.aligner.spans(q.units.length, q.units);
    // Spans are marked character by character, so overlapping and touching ones come out merged and in order.
    const highlights: Highlight[] = [];
    const on: number[] = [];
    for (let i = 0; i < found.length; i += 2) for (let k = found[i]!; k < found[i + 1]!; k++) on[k] = 1;
    for (let k = 0, start = -1; k <= on.length; k++) {
      if (on[k]) {
        if (start < 0) start = k;
      } else if (start >= 0) {
        highlights.push({ field: 'name', start, end: k });
        start = -1;
      }
    }
    const hit: SearchHit = {
      code: data.code[d] as string,
      name: data.terms[nameId] as string,
      department: data.terms[data.dept[d] as number] as string,
      score: Math.round(score * 1e4) / 1e4,
      highlights,
      matchedBy: FIELDS[field] ?? 'event',
    };
    // The life event recognised in the query, on the hits it triggers.
    if (field > 5) hit.event = this.#eventOf[this.#event]!;
    const p = data.parent[d]!;
    const parent = typeof p === 'string' ? p : data.code[p];
    if (parent !== undefined) hit.parentCode = parent;
    return hit;
  }

  /** Per facet (audience, department, theme, type), the term ids a document must have one of, or undefined for no filter. */
  #compileFilters(filters: SearchFilters = {}): (Set<number> | undefined)[] {
    // A value or a list; undefined, and an empty list, mean no filter.
    return [filters.audience, filters.department, filters.theme, filters.type].map((v) => {
      const list = typeof v === 'string' ? [v] : v;
      return list?.length ? new Set(list.map((s) => this.#termIds.get(s) ?? -2)) : undefined;
    });
  }


}

/**
 * Load a serialised index (the parsed JSON object, or its JSON text) for searching.
 * @example
 * ```ts
 * const index = loadIndex(await (await fetch('/v1/search-index')).json());
 * const { hits } = index.search('gongjijin', { limit: 5 });
 * ```
 */
export function loadIndex(serialised: SerializedIndex | string): SearchIndex {
  return new SearchIndex(typeof serialised === 'string' ? (JSON.parse(serialised) as SerializedIndex) : serialised);
}
