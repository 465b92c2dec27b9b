/**
 * Text normalisation shared by the builder and the browser engine. Both sides must produce the same
 * characters for the same input, so this module is the single definition of "the same text".
 *
 * Normalisation is strictly one UTF-16 unit in, one unit out: highlight offsets computed on normalised text
 * are then valid offsets into the original string, with no position map to ship or compute.
 */

/** Traditional → simplified single-character map, as decoded from the index (`t2s` pairs). */
export type CharMap = ReadonlyMap<number, number>;

/** Decode the serialised `t2s` string: pairs of characters, source then target. */
export function decodeCharMap(pairs: string): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  return map;
}

/**
 * Normalise one UTF-16 unit: NFKC (full-width → half-width, compatibility ideographs → unified), lower case,
 * then traditional → simplified through `t2s`. A unit whose NFKC form is longer than one unit (e.g. ㈱) is kept
 * as it is, so lengths never change.
 */
export function normalizeCode(code: number, t2s?: CharMap): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  // Unified ideographs have no compatibility form and no case: skip the NFKC call for the common case.
  if (code >= 0x4e00 && code <= 0x9fff) return t2s?.get(code) ?? code;
  let c = code;
  // Surrogate halves cannot be normalised alone; they pass through.
  if (c < 0xd800 || c > 0xdfff) {
    const n = String.fromCharCode(c).normalize('NFKC');
    if (n.length === 1) c = n.toLowerCase().charCodeAt(0);
  }
  return t2s?.get(c) ?? c;
}

/** Normalise a string unit by unit (see `normalizeCode`); the result has the input's length. */
export function normalize(text: string, t2s?: CharMap): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(normalizeCode(text.charCodeAt(i), t2s));
  return out;
}

/**
 * True for a CJK unified ideograph: basic block, extension A, compatibility block, and (as a code point, two
 * UTF-16 units) extensions B and later in planes 2 and 3 (U+20000–U+3FFFF, rare characters of place and
 * personal names).
 */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code >> 17 === 1 // U+20000–U+3FFFF
  );
}

/** True for a–z (after normalisation, letters are lower case). */
export function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** True for 0–9. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** One query unit: a Han character, or a run of letters (pinyin or a Latin word), or a run of digits. */
export interface Token {
  /**
   * `han` = one character (two UTF-16 units for a character beyond the basic plane); `latin` = letters
   * (spaces between letter runs removed); `digit` = digits.
   */
  kind: 'han' | 'latin' | 'digit';
  /** The normalised text of the unit. */
  text: string;
  /** Offset of the unit in the normalised string it came from. */
  start: number;
}

/**
 * Split normalised text into query units. Han text is kept character by character: Chinese has no spaces,
 * official names and everyday queries segment differently with any word segmenter, and the engine rewards
 * adjacent characters matched in order, which gives bigram precision without fixing a segmentation.
 * Letter runs separated only by spaces are joined ("gong ji jin" → "gongjijin"), because pinyin typed with
 * spaces is one reading, not several words.
 */
export function tokenize(normalised: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = normalised.length;
  while (i < n) {
    const c = normalised.codePointAt(i) as number;
    if (isHan(c)) {
      const w = c > 0xffff ? 2 : 1;
      out.push({ kind: 'han', text: normalised.slice(i, i + w), start: i });
      i += w;
    } else if (isLetter(c)) {
      const start = i;
      let text = '';
      for (;;) {
        while (i < n && isLetter(normalised.charCodeAt(i))) text += normalised[i++];
        let j = i;
        while (j < n && normalised.charCodeAt(j) === 32) j++;
        if (j > i && j < n && isLetter(normalised.charCodeAt(j))) i = j;
        else break;
      }
      out.push({ kind: 'latin', text, start });
    } else if (isDigit(c)) {
      const start = i;
      while (i < n && isDigit(normalised.charCodeAt(i))) i++;
      out.push({ kind: 'digit', text: normalised.slice(start, i), start });
    } else i++;
  }
  return out;
}
