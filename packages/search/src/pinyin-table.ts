/**
 * Pinyin knowledge available to the browser engine. It is not a dictionary: the index ships, for each
 * toneless syllable, the characters that read that way (only the index's characters plus common ones), so
 * the engine knows the readings of exactly the characters it can meet. From that it derives everything else:
 * homophone and near-homophone classes, syllable prefixes, and a matcher for typed pinyin.
 */

/**
 * Near-homophone class of a syllable: the confusions of Mandarin speakers from the south and of hurried
 * typists (zh/z, ch/c, sh/s, l/n, -ng/-n). Two characters in the same class but with different syllables are a
 * weaker typo match than true homophones.
 */
export function fuzzyKey(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/ng$/, 'n');
}

/** Syllable readings of the characters the index knows, decoded from {@link SerializedIndex.py}. */
export class PinyinTable {
  /** Toneless syllables, by id. */
  readonly syllables: string[] = [];
  /** Near-homophone class id per syllable id. */
  readonly fuzzy: number[] = [];
  /** Character code → syllable ids (most frequent reading first). */
  readonly readings = new Map<number, number[]>();
  /** Syllable string → id. */
  readonly ids = new Map<string, number>();
  /** Longest syllable length, bounds the matcher's look-ahead. */
  readonly maxLength: number;
  /** Every prefix of a syllable (z, zh, zhu …) → ids of the syllables it starts, ascending. */
  readonly byPrefix = new Map<string, number[]>();
  constructor(packed: string) {
    const fuzzyIds = new Map<string, number>();
    let maxLength = 0;
    for (const group of packed.split('|')) {
      const colon = group.indexOf(':');
      if (colon <= 0) continue;
      const syllable = group.slice(0, colon);
      const id = this.syllables.length;
      this.syllables.push(syllable);
      this.ids.set(syllable, id);
      maxLength = Math.max(maxLength, syllable.length);
      const key = fuzzyKey(syllable);
      let f = fuzzyIds.get(key);
      if (f === undefined) fuzzyIds.set(key, (f = fuzzyIds.size));
      this.fuzzy.push(f);
      for (let i = colon + 1; i < group.length; i++) {
        const code = group.charCodeAt(i);
        const list = this.readings.get(code);
        if (list) list.push(id);
        else this.readings.set(code, [id]);
      }
    }
    this.maxLength = maxLength;
    this.syllables.forEach((s, id) => {
      for (let k = 1; k <= s.length; k++) {
        const p = s.slice(0, k);
        const list = this.byPrefix.get(p);
        if (list) list.push(id);
        else this.byPrefix.set(p, [id]);
      }
    });
  }

  /** Ids of the syllables `run` begins with, longest first ("xian": xian, xia, xi). */
  prefixesOf(run: string): number[] {
    const out: number[] = [];
    for (let k = Math.min(this.maxLength, run.length); k >= 1; k--) {
      const id = this.ids.get(run.slice(0, k));
      if (id !== undefined) out.push(id);
    }
    return out;
  }

  /**
   * Where the syllables of a run of letters probably start, by longest-match segmentation; a letter that starts
   * no longer syllable stands alone (an initial).
   */
  segment(run: string): number[] {
    const starts: number[] = [];
    for (let i = 0, step = 1; i < run.length; i += step) {
      starts.push(i);
      step = 1;
      for (let len = Math.min(this.maxLength, run.length - i); len > 1; len--) {
        if (this.ids.has(run.slice(i, i + len))) {
          step = len;
          break;
        }
      }
    }
    return starts;
  }

}
