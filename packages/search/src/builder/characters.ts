/**
 * Character tables from maintained sources: the traditional → simplified map generated from OpenCC
 * (t2s.json, see scripts/derive-t2s.ts), the readings from pinyin-pro at build time, and the common-character
 * list from the GB2312 charset. Only the slices a given index needs are shipped to the browser.
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import { isHan } from '../normalize.js';
import { readBundled } from './dictionaries.js';

let simplifiedSet: Set<number> | undefined;
let commonList: number[] | undefined;

/** Decode GB2312 rows, which are exactly the simplified character set (level 1 = the 3,755 most common). */
function decodeGb2312(): void {
  const decoder = new TextDecoder('gb2312');
  const all = new Set<number>();
  const common: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    const bytes: number[] = [];
    for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
    const text = decoder.decode(new Uint8Array(bytes));
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isHan(c)) continue;
      all.add(c);
      if (row <= 0xd7) common.push(c);
    }
  }
  simplifiedSet = all;
  commonList = common;
}

/** The 3,755 level-1 GB2312 characters: the everyday characters people mistype into homophones. */
export function commonCharacters(): readonly number[] {
  if (!commonList) decodeGb2312();
  return commonList as number[];
}

/** Every GB2312 character: the simplified charset, whose characters must never be "simplified". */
export function simplifiedCharset(): ReadonlySet<number> {
  if (!simplifiedSet) decodeGb2312();
  return simplifiedSet as Set<number>;
}

let fullMap: Map<number, number> | undefined;

/**
 * Every single-character traditional → simplified mapping OpenCC knows, for Taiwan and Hong Kong variants
 * too (裡/裏 → 里); characters that are valid simplified characters themselves (乾, 著, 么) are never mapped.
 * Read once per process from t2s.json, generated from OpenCC by scripts/derive-t2s.ts (running OpenCC here
 * cost about 300 ms of every cold build); the search package's tests fail when the file is stale.
 */
export function traditionalToSimplified(): ReadonlyMap<number, number> {
  if (fullMap) return fullMap;
  const map = new Map<number, number>();
  const table = readBundled<{ pairs: string }>('t2s.json');
  if (!table) throw new Error('@zwfw/search: src/builder/t2s.json is missing; reinstall @zwfw/search (the published package ships src/)');
  const { pairs } = table;
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  fullMap = map;
  return map;
}

const TONELESS = { toneType: 'none', type: 'array', v: true } as const;
/** A toneless syllable as the index keeps it (pinyin-pro gives punctuation and letters back as they are). */
const SYLLABLE = /^[a-z]+$/;
/** A character's default reading, and every reading pinyin-pro knows for it. */
interface CharInfo {
  first: string | undefined;
  all: readonly string[];
}
/** Per character, learnt once per process. */
const charInfo = new Map<number, CharInfo>();

/**
 * Fills charInfo for the characters not in it yet, with two pinyin-pro calls for all of them: asked one
 * character at a time, the ~2,000 characters of an index cost a quarter of a cold build. One per line, the
 * segmenter reads each alone (as a single-character call would: 了 → liao).
 */
function learnCharacters(codes: Iterable<number>): void {
  const fresh = [...new Set(codes)].filter((c) => !charInfo.has(c));
  if (fresh.length === 0) return;
  const chars = fresh.map((c) => String.fromCharCode(c));
  const all = polyphonic(chars.join(''), TONELESS) as unknown as string[][];
  const first = pinyin(chars.join('\n'), TONELESS);
  if (all.length !== chars.length || first.length !== 2 * chars.length - 1) {
    throw new Error('@zwfw/search: pinyin-pro returned an unexpected number of readings; check its version against package.json');
  }
  fresh.forEach((c, i) => charInfo.set(c, { first: first[2 * i], all: all[i] ?? [] }));
}

function infoOf(c: number): CharInfo {
  const info = charInfo.get(c);
  if (info) return info;
  learnCharacters([c]);
  return charInfo.get(c) as CharInfo;
}

/**
 * A text by code point (a character beyond the basic plane is one character, two UTF-16 units) with, per
 * character, its code when it is read by syllables, else -1: a Han character beyond the basic plane is matched
 * exactly, not by reading (the index packs UTF-16 units), and other characters have no reading.
 */
function readable(text: string): { chars: string[]; codes: number[] } {
  const chars = Array.from(text);
  return { chars, codes: chars.map((ch) => ch.codePointAt(0) as number).map((c) => (isHan(c) && c <= 0xffff ? c : -1)) };
}

/**
 * Readings worked out ahead for a known list of texts (the bundled dictionary's everyday words, see
 * readings.json): `context` holds the texts that read otherwise than character by character (家长 → jia zhang),
 * `plain` every text of the list. A known text needs no segmentation.
 */
export interface KnownReadings {
  context: ReadonlyMap<string, readonly string[]>;
  plain: ReadonlySet<string>;
}

/**
 * Context-aware readings of every Han character in `texts` (pinyin-pro reads 银行 as yin-hang and 行政 as
 * xing-zheng), plus each character's default reading, so polyphones are found under every reading the
 * catalogue actually uses. Toneless, ü written as v (lv, nv), as phone keyboards expect.
 * @param known texts whose readings were worked out ahead (normalised texts)
 */
export function readingsOf(texts: Iterable<string>, into = new Map<number, Set<string>>(), known?: KnownReadings): Map<number, Set<string>> {
  const add = (c: number, s: string | undefined): void => {
    if (s === undefined || !SYLLABLE.test(s)) return;
    let set = into.get(c);
    if (!set) into.set(c, (set = new Set()));
    set.add(s);
  };
  const coded = [...texts].filter(Boolean).map((text) => ({ text, ...readable(text) }));
  learnCharacters(coded.flatMap(({ codes }) => codes.filter((c) => c >= 0)));
  // A character with one reading reads the same in every context, and a polyphone already found under every
  // reading it has cannot gain one: only a text with some other polyphone needs pinyin-pro's segmentation,
  // which was most of a cold build's time.
  const open = (c: number): boolean => {
    if (c < 0) return false;
    const { all } = infoOf(c);
    return all.length > 1 && all.some((s) => !into.get(c)?.has(s));
  };
  for (const { text, chars, codes } of coded) {
    const syllables = known?.context.get(text) ?? (known?.plain.has(text) || !codes.some(open) ? undefined : pinyin(text, TONELESS));
    const aligned = syllables?.length === chars.length;
    codes.forEach((c, i) => {
      if (c >= 0) add(c, aligned ? syllables?.[i] : infoOf(c).first);
    });
  }
  for (const c of into.keys()) add(c, infoOf(c).first);
  return into;
}

/**
 * The syllables of a text when they differ from its characters' default readings (what readingsOf would
 * take from pinyin-pro's segmentation), else undefined: the entries of readings.json.
 */
export function contextReading(text: string): string[] | undefined {
  const { chars, codes } = readable(text);
  learnCharacters(codes.filter((c) => c >= 0));
  const syllables = pinyin(text, TONELESS);
  if (syllables.length !== chars.length) return undefined;
  const differs = codes.some((c, i) => c >= 0 && SYLLABLE.test(syllables[i] as string) && syllables[i] !== infoOf(c).first);
  return differs ? syllables : undefined;
}

/** All readings of one character (for common characters that only ever appear in queries). */
export function allReadings(code: number): string[] {
  return pinyin(String.fromCharCode(code), { ...TONELESS, multiple: true }).filter((s) => SYLLABLE.test(s));
}

/** Pack readings as `syllable:chars|…`, syllables sorted so the text compresses well. */
export function packReadings(readings: ReadonlyMap<number, ReadonlySet<string>>): string {
  const bySyllable = new Map<string, number[]>();
  for (const [c, set] of readings) {
    for (const s of set) {
      let list = bySyllable.get(s);
      if (!list) bySyllable.set(s, (list = []));
      list.push(c);
    }
  }
  return [...bySyllable.keys()]
    .sort()
    .map((s) => `${s}:${String.fromCharCode(...(bySyllable.get(s) as number[]).sort((a, b) => a - b))}`)
    .join('|');
}
