/**
 * Diagnostic: typo tolerance on typed pinyin, independent of the evaluation queries. For every third main item
 * of the catalogue whose name is 4–10 Han characters (113 names), the name's pinyin (pinyin-pro) is typed with
 * one slip of each kind, with a fixed seed: a dropped, inserted, replaced or doubled letter, or a near-homophone
 * slip (zh/z, ch/c, sh/s, -ng/-n, l/n on a syllable). Prints how often the name is in the top 3, and latency.
 *   node --import tsx packages/search/bench/typos.ts [-v]      (-v lists the misses)
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { buildIndex } from '../src/builder/index.js';
import { loadIndex, type SearchDocument } from '../src/index.js';
import { quantile } from './metrics.js';

const catalogue = JSON.parse(readFileSync(new URL('../eval/data/catalogue.json', import.meta.url), 'utf8')) as SearchDocument[];
const index = loadIndex(buildIndex(catalogue));
let seed = 12345;
const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = (n: number): number => Math.floor(rnd() * n);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const names = catalogue.filter((d) => d.parentCode === undefined && /^[\u4e00-\u9fff]{4,10}$/.test(d.name)).filter((_, i) => i % 3 === 0);

const slips: Record<string, (syllables: string[]) => string | undefined> = {
  exact: (s) => s.join(''),
  drop: (s) => {
    const w = s.join('');
    const i = pick(w.length);
    return w.slice(0, i) + w.slice(i + 1);
  },
  insert: (s) => {
    const w = s.join('');
    const i = pick(w.length + 1);
    return w.slice(0, i) + (LETTERS[pick(26)] as string) + w.slice(i);
  },
  replace: (s) => {
    const w = s.join('');
    const i = pick(w.length);
    let c: string;
    do c = LETTERS[pick(26)] as string;
    while (c === w[i]);
    return w.slice(0, i) + c + w.slice(i + 1);
  },
  double: (s) => {
    const w = s.join('');
    const i = pick(w.length);
    return w.slice(0, i + 1) + (w[i] as string) + w.slice(i + 1);
  },
  'near-homophone': (s) => {
    const at = s.flatMap((x, i) => (/^[zcs]h|^[zcs]|n$|ng$|^[ln]/.test(x) ? [i] : []));
    if (at.length === 0) return undefined;
    const i = at[pick(at.length)] as number;
    const x = s[i] as string;
    const y = /^[zcs]h/.test(x)
      ? x.replace(/^([zcs])h/, '$1')
      : /^[zcs]/.test(x)
        ? x.replace(/^([zcs])/, '$1h')
        : x.endsWith('ng')
          ? x.slice(0, -1)
          : x.endsWith('n')
            ? `${x}g`
            : x[0] === 'l'
              ? `n${x.slice(1)}`
              : `l${x.slice(1)}`;
    return [...s.slice(0, i), y, ...s.slice(i + 1)].join('');
  },
};

const counts: Record<string, [number, number]> = {};
const times: number[] = [];
const misses: string[] = [];
for (const d of names) {
  const syllables = pinyin(d.name, { toneType: 'none', type: 'array', v: true });
  for (const [kind, slip] of Object.entries(slips)) {
    const q = slip(syllables);
    if (q === undefined) continue;
    index.search(q, { limit: 3 });
    const t = performance.now();
    const hits = index.search(q, { limit: 3 }).hits;
    times.push(performance.now() - t);
    const c = (counts[kind] ??= [0, 0]);
    c[0]++;
    if (hits.some((h) => h.name === d.name)) c[1]++;
    else misses.push(`${kind} ${q} (${d.name}) → ${hits.map((h) => h.name).join(' | ') || 'nothing'}`);
  }
}
for (const [kind, [n, ok]] of Object.entries(counts)) console.log(`${kind.padEnd(15)} top 3: ${ok}/${n} (${((100 * ok) / n).toFixed(0)} %)`);
console.log(`latency (1k, one warm-up each): p50 ${quantile(times, 0.5).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms`);
if (process.argv.includes('-v')) console.log(misses.join('\n'));
