/**
 * Character tables derived at build time from maintained sources: the traditional → simplified map from
 * OpenCC (opencc-js), the readings from pinyin-pro, and the common-character list from the GB2312 charset.
 * Only the slices a given index needs are shipped to the browser.
 */
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { isHan } from '../normalize.js';

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

/** True when the character belongs to the simplified charset (GB2312), so it must never be "simplified". */
function isSimplified(code: number): boolean {
  if (!simplifiedSet) decodeGb2312();
  return (simplifiedSet as Set<number>).has(code);
}

let fullMap: Map<number, number> | undefined;

/**
 * Every single-character traditional → simplified mapping OpenCC knows, for Taiwan and Hong Kong variants
 * too (裡/裏 → 里, 着/著 handled by the charset rule). Characters that are valid simplified characters
 * themselves (乾, 著, 么) are never mapped: in a search index a wrong merge costs more than a missed one.
 * Derived once per process: ~27k characters converted in one pass, one per line so that OpenCC's phrase
 * segmentation never spans two of them.
 */
export function traditionalToSimplified(): ReadonlyMap<number, number> {
  if (fullMap) return fullMap;
  const map = new Map<number, number>();
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) if (isHan(c) && !isSimplified(c)) chars.push(String.fromCharCode(c));
  const source = chars.join('\n');
  for (const from of ['tw', 'hk'] as const) {
    const out = Converter({ from, to: 'cn' })(source).split('\n');
    if (out.length !== chars.length) continue;
    for (let i = 0; i < chars.length; i++) {
      const s = chars[i] as string;
      const t = out[i] as string;
      if (t.length === 1 && t !== s && !map.has(s.charCodeAt(0))) map.set(s.charCodeAt(0), t.charCodeAt(0));
    }
  }
  fullMap = map;
  return map;
}

/**
 * Context-aware readings of every Han character in `texts` (pinyin-pro reads 银行 as yin-hang and 行政 as
 * xing-zheng), plus each character's default reading, so polyphones are found under every reading the
 * catalogue actually uses. Toneless, ü written as v (lv, nv), as phone keyboards expect.
 */
export function readingsOf(texts: Iterable<string>, into = new Map<number, Set<string>>()): Map<number, Set<string>> {
  const add = (c: number, s: string): void => {
    if (!/^[a-z]+$/.test(s)) return;
    let set = into.get(c);
    if (!set) into.set(c, (set = new Set()));
    set.add(s);
  };
  for (const text of texts) {
    if (!text) continue;
    const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true });
    // By code point: a character beyond the basic plane is one character (two UTF-16 units).
    const chars = Array.from(text);
    const aligned = syllables.length === chars.length;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] as string;
      const c = ch.codePointAt(0) as number;
      // Characters beyond the basic plane are matched exactly, not by reading (the index packs UTF-16 units).
      if (!isHan(c) || c > 0xffff) continue;
      if (aligned) add(c, syllables[i] as string);
      else for (const s of pinyin(ch, { toneType: 'none', type: 'array', v: true })) add(c, s);
    }
  }
  for (const [c, set] of into) {
    if (set.size === 0) continue;
    const first = pinyin(String.fromCharCode(c), { toneType: 'none', type: 'array', v: true })[0];
    if (first) add(c, first);
  }
  return into;
}

/** All readings of one character (for common characters that only ever appear in queries). */
export function allReadings(code: number): string[] {
  return pinyin(String.fromCharCode(code), { toneType: 'none', type: 'array', v: true, multiple: true }).filter((s) =>
    /^[a-z]+$/.test(s),
  );
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
