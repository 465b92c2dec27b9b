/**
 * Building the serialised index from plain documents (Node, build time).
 */
import { normalize } from '../normalize.js';
import type { SearchDocument, SerializedIndex } from '../types.js';
import { allReadings, commonCharacters, packReadings, readingsOf, traditionalToSimplified } from './characters.js';
import { bundledIntents, bundledReadings, bundledStopwords, LAYER_FIELD, type IntentDictionary, type IntentEntry } from './dictionaries.js';
import { IntentExpander } from './intents.js';
import { validateDocuments } from './validate.js';

/** Options of {@link buildIndex}. */
export interface BuildOptions {
  /** Intent/synonym dictionary; default the bundled reviewed one; `false` for none. */
  intents?: IntentDictionary | false;
  /** Query filler words shipped in the index; default the bundled list; `false` for none. */
  stopwords?: readonly string[] | false;
  /**
   * Also ship readings (and traditional forms) for the 3,755 common characters that the catalogue and the
   * dictionaries do not use, so a homophone typo with a character foreign to both (公积斤) still has a reading.
   * Default false: the bundled dictionaries use about 1,700 characters, a typo's other characters usually
   * carry the match alone, and the set costs about 9.5 kB gzip of the 1k index.
   */
  commonCharacters?: boolean;
}

let commonReadings: Map<number, Set<string>> | undefined;

/** Readings of all common characters, computed once per process. */
function commonCharacterReadings(): Map<number, Set<string>> {
  if (!commonReadings) {
    commonReadings = new Map();
    for (const c of commonCharacters()) commonReadings.set(c, new Set(allReadings(c)));
  }
  return commonReadings;
}

/** A sub-item term: a main item's name and a trailing qualifier (食品经营许可（新办）, 排污许可（首次申请）), one word. */
const SUB_ITEM_TERM = /^(\S+?)[（(][^（）()\s]+[）)]$/;

/**
 * An official term naming a sub-item keeps an entry's words (开药店) off the matter's other sub-items (its
 * 变更 or 注销); in a catalogue that has no such sub-item, the term stands for its main item instead, so the
 * words still reach the matter. Terms are compared as the expander compares them (normalised, in names and
 * keywords).
 */
function withMainItemFallback(dictionary: IntentDictionary, docs: readonly SearchDocument[], norm: (s: string) => string): IntentDictionary {
  // The same names recur across counties: normalise each distinct one once.
  const texts = [...new Set(docs.flatMap((d) => [d.name, ...(d.keywords ?? [])]))].map(norm).join('|');
  let changed = false;
  const entries = dictionary.entries.map((e) => {
    const official = e.official.map((t) => {
      const main = SUB_ITEM_TERM.exec(t.trim())?.[1];
      return main !== undefined && !texts.includes(norm(t.trim())) ? main : t;
    });
    if (official.every((t, i) => t === e.official[i])) return e;
    changed = true;
    return { ...e, official };
  });
  return changed ? { ...dictionary, entries } : dictionary;
}

/**
 * Build a search index from any catalogue.
 * @param docs matter summaries; `parentCode` links sub-items to their main matter
 * @param options dictionaries and character coverage
 * @returns the serialisable index (pass it to `loadIndex`, or write `serializeIndex(index)` to a file)
 * @throws SearchDocumentError when a document lacks `code`, `name` or `department`, has a field of the
 * wrong type, or repeats another document's code (the error names the document's position, code and field)
 * @example
 * ```ts
 * import { buildIndex, serializeIndex } from '@zwfw/search/builder';
 * writeFileSync('search-index.json', serializeIndex(buildIndex(catalogue)));
 * ```
 */
export function buildIndex(docs: readonly SearchDocument[], options: BuildOptions = {}): SerializedIndex {
  validateDocuments(docs);
  const t2sFull = traditionalToSimplified();
  // Memoised: the layer's words recur across the matters of a family and across county copies.
  const normalised = new Map<string, string>();
  const norm = (s: string): string => {
    let n = normalised.get(s);
    if (n === undefined) normalised.set(s, (n = normalize(s, t2sFull)));
    return n;
  };
  const dictionary = options.intents === false ? undefined : (options.intents ?? bundledIntents());
  const intents = dictionary && withMainItemFallback(dictionary, docs, norm);
  const names = new Set(docs.map((d) => norm(d.name.trim())));
  const expander = intents && new IntentExpander(intents, norm, names);
  // Which document is the 一件事 of which event: its name contains one of the event's bundle terms.
  const bundleOf = intents && new IntentExpander({ version: intents.version, entries: intents.entries.map((e) => ({ ...e, official: e.bundle ?? [] })) }, norm);
  const entries = intents ? intents.entries : [];
  const stop = options.stopwords === false ? [] : (options.stopwords ?? bundledStopwords().words);

  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const id = (s: string): number => {
    let i = termIds.get(s);
    if (i === undefined) {
      termIds.set(s, (i = terms.length));
      terms.push(s);
    }
    return i;
  };
  // A set, not a list scan: with the plain-language layer a document carries a hundred words or more.
  const ids = (list: readonly string[] | undefined): number[] => {
    const out = new Set<number>();
    for (const s of list ?? []) {
      const t = s.trim();
      if (t) out.add(id(t));
    }
    return [...out];
  };

  const byCode = new Map<string, number>();
  docs.forEach((d, i) => byCode.set(d.code, i));
  /**
   * True when an entry reaches a matter only through the name of another matter its own name extends (公司变更登记
   * inside 外商投资公司变更登记 or 分公司变更登记, sub-items of other main items): the entry's words are the
   * other matter's, which the catalogue has, and given to every matter extending its name they outranked it on its
   * own words with the corroboration of the extension's (外资公司 for 公司改名). The extension still matches by the
   * name they share. A sub-item extending its main item's name keeps the main item's words: it is the same matter.
   */
  const throughAnother = (entry: IntentEntry, source: string, name: string, main: string | undefined): boolean => {
    const found = entry.official.map((t) => norm(t.trim())).filter((t) => source.includes(t));
    return found.length > 0 && found.every((t) => t !== name && t !== main && name.includes(t) && names.has(t));
  };
  const index: SerializedIndex = {
    v: 3,
    terms,
    code: [],
    name: [],
    dept: [],
    type: [],
    aud: [],
    kw: [],
    intent: [],
    themes: [],
    parent: [],
    pop: [],
    py: '',
    t2s: '',
    stop: [],
  };
  const deptId: number[] = [];
  const al: number[][] = [];
  const ev: number[][] = [];
  const evb: number[][] = [];
  const eventLabel = new Map<string, string>();
  const layerOf = new Map<string, [number[], number[], number[], number[]]>();
  for (const d of docs) {
    index.code.push(d.code);
    index.name.push(id(d.name.trim()));
    index.dept.push(id(d.department.trim()));
    deptId.push(d.departmentId?.trim() ? id(d.departmentId.trim()) : -1);
    index.type.push(d.type ? id(d.type.trim()) : -1);
    index.aud.push(ids(d.audience));
    const kw = ids(d.keywords);
    const themes = ids(d.themes);
    index.kw.push(kw);
    index.themes.push(themes);
    // The separator keeps an official term from matching across two fields. Themes are broad labels (司法公证,
    // 离职退休): an official term inside one (公证, 退休) would tie every matter of the theme to the entry, so a
    // theme brings an entry only when it is the whole term.
    const raw = [d.name, ...(d.keywords ?? [])].join('|');
    // The same matter in many counties has the same text: its layer words are worked out once.
    const main = d.parentCode === undefined ? undefined : docs[byCode.get(d.parentCode) ?? -1]?.name;
    const mainName = main === undefined ? undefined : norm(main.trim());
    const key = [raw, ...(d.themes ?? []), '\u0001', ...(d.aliases ?? []), '\u0001', mainName ?? ''].join('|');
    let layer = layerOf.get(key);
    if (!layer) {
      const source = norm(raw);
      const byTheme = expander ? (d.themes ?? []).flatMap((t) => expander.equal(norm(t.trim()))) : [];
      const words = { intent: [] as string[], alias: [...(d.aliases ?? [])], event: [] as string[] };
      const isBundle = bundleOf ? bundleOf.entries(norm(d.name)) : [];
      const byText = expander ? expander.entries(source) : [];
      const name = norm(d.name.trim());
      for (const e of new Set([...byText.filter((e) => !throughAnother(entries[e]!, source, name, mainName)), ...byTheme, ...isBundle])) {
        const entry = entries[e]!;
        // A grievance told in everyday words (欠薪, 被宰) names its channel as surely as a street name names a
        // document, and must outweigh a licence whose name shares the grievance's object (种子, 燃气): LAYER_FIELD
        // sends it to the alias field with the street names, not to the intent field.
        words[LAYER_FIELD[entry.kind ?? 'intent']].push(...entry.everyday);
        if (entry.event) for (const w of entry.everyday) eventLabel.set(w.trim(), entry.event);
      }
      // A bundle's event descriptions are a field of their own, weighted above the matters the event triggers.
      const bundle = isBundle.some((e) => entries[e]!.kind === 'event');
      // A word the matter's own name or keywords already contain adds index weight and nothing else (the name
      // field matches it, and weighs more); an intent word that is also a street name of the matter is kept once,
      // in the heavier alias field.
      const fresh = (list: string[]): string[] => list.filter((w) => !source.includes(norm(w.trim())));
      const event = ids(fresh(words.event));
      const alias = ids(words.alias);
      const inAlias = new Set(alias);
      layer = [ids(fresh(words.intent)).filter((t) => !inAlias.has(t)), alias, bundle ? [] : event, bundle ? event : []];
      layerOf.set(key, layer);
    }
    index.intent.push(layer[0]);
    al.push(layer[1]);
    ev.push(layer[2]);
    evb.push(layer[3]);
    const parent = d.parentCode === undefined ? -1 : (byCode.get(d.parentCode) ?? d.parentCode);
    index.parent.push(parent);
    index.pop.push(Math.round((d.popularity ?? 0) * 100)); // 0..1, checked by validateDocuments
  }

  if (deptId.some((t) => t >= 0)) index.deptId = deptId;
  if (al.some((l) => l.length > 0)) index.al = al;
  if (ev.some((l) => l.length > 0) || evb.some((l) => l.length > 0)) {
    index.ev = ev;
    index.evb = evb;
    // County copies of a matter share their layer lists (layerOf): each distinct list is walked once, where
    // flattening every document's list cost 0.4 s of a 20k build.
    const used = new Set<number>();
    for (const list of new Set([...ev, ...evb])) for (const t of list) used.add(t);
    const byLabel = new Map<number, number[]>();
    for (const [w, label] of eventLabel) {
      const t = termIds.get(w) ?? -1;
      if (!used.has(t)) continue;
      const l = id(label);
      const list = byLabel.get(l);
      if (list) list.push(t);
      else byLabel.set(l, [t]);
    }
    index.evl = [...byLabel].map(([label, list]) => [label, ...toGaps(list)]);
  }

  // Character data for the browser: readings and traditional forms of the characters the index uses (and,
  // optionally, of common characters), nothing else.
  const searchable = new Set<number>();
  const lists = new Set<readonly number[]>();
  for (let d = 0; d < index.code.length; d++) {
    searchable.add(index.name[d] as number);
    searchable.add(index.dept[d] as number);
    for (const field of [index.kw, index.intent, index.themes, al, ev, evb]) {
      const list = field[d];
      if (list) lists.add(list);
    }
  }
  for (const list of lists) for (const t of list) searchable.add(t);
  const texts = [...searchable].map((t) => norm(terms[t] as string));
  // The dictionary's words were segmented ahead (readings.json) when it is the one the file was made for.
  const readings = readingsOf(texts, undefined, dictionary && bundledReadings(dictionary, norm));
  const known = new Set(readings.keys());
  if (options.commonCharacters === true) {
    for (const [c, set] of commonCharacterReadings()) {
      if (!readings.has(c)) readings.set(c, set);
      known.add(c);
    }
  }
  index.py = packReadings(readings);
  let pairs = '';
  for (const [from, to] of t2sFull) if (known.has(to)) pairs += String.fromCharCode(from, to);
  index.t2s = pairs;
  index.stop = [...new Set(stop.map((w) => norm(w.trim())).filter(Boolean))].sort((a, b) => b.length - a.length);
  // Gap-coded last, once per distinct list: county copies of a matter share their lists (layerOf).
  const coded = new Map<readonly number[], number[]>();
  const gaps = (lists: number[][]): number[][] =>
    lists.map((l) => {
      let g = coded.get(l);
      if (!g) coded.set(l, (g = toGaps(l)));
      return g;
    });
  index.kw = gaps(index.kw);
  index.intent = gaps(index.intent);
  if (index.al) index.al = gaps(index.al);
  if (index.ev) index.ev = gaps(index.ev);
  if (index.evb) index.evb = gaps(index.evb);
  return index;
}

/**
 * A list of term ids in ascending order, each written as its gap from the one before (the first as is): the form of
 * the keyword and layer lists and of the event labels' descriptions in the index. A document's layer words were
 * added together, so their ids are close, and small repeated gaps compress to a quarter of the ids themselves.
 */
export function toGaps(ids: readonly number[]): number[] {
  const sorted = [...ids].sort((a, b) => a - b);
  return sorted.map((t, i) => t - (i ? (sorted[i - 1] as number) : 0));
}

/** The term ids of a gap-coded list ({@link toGaps}), in ascending order. */
export function fromGaps(gaps: readonly number[]): number[] {
  let t = 0;
  return gaps.map((g) => (t += g));
}

/** The index as compact JSON text, ready to write to a file or serve with a long cache lifetime. */
export function serializeIndex(index: SerializedIndex): string {
  return JSON.stringify(index);
}
