/**
 * Quick quality check: MRR@10 per set and per kind at ~1k matters, without timings or baselines (seconds,
 * where the full bench takes minutes), on the development sets only: the held-out sets are the full bench's.
 *   node --import tsx packages/search/bench/quality.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildIndex, serializeIndex } from '../src/builder/index.js';
import { loadIndex, type SearchDocument } from '../src/index.js';
import { mrr10, type Judgements } from './metrics.js';

interface Query {
  kind: string;
  query: string;
  relevant: Judgements;
}

const dataDir = new URL('../eval/data/', import.meta.url);
const read = <T>(file: string): T | undefined => {
  const url = new URL(file, dataDir);
  return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as T) : undefined;
};
const catalogue = read<SearchDocument[]>('catalogue.json')!;
const json = serializeIndex(buildIndex(catalogue));
const index = loadIndex(json);
console.log(`index ${gzipSync(json, { level: 9 }).length} B gzip`);
// The held-out sets (heldout.json, everyday2.json) are measured by the full bench only, never in this tuning
// loop: an aggregate printed at every step of a loop is a signal to tune on, however few queries it has.
// everyday6.json, everyday7.json and everyday8.json are the validation sets: their aggregates are printed, their
// misses are never listed (misses.ts refuses them). everyday5.json was the sixth round's validation set and is read since the seventh.
for (const file of ['queries.json', 'everyday.json', 'everyday3.json', 'everyday4.json', 'everyday5.json', 'everyday6.json', 'everyday7.json', 'everyday8.json']) {
  const queries = read<Query[]>(file);
  if (!queries) continue;
  const kinds = new Map<string, { sum: number; n: number }>();
  let sum = 0;
  for (const q of queries) {
    const m = mrr10(index.search(q.query, { limit: 10 }).hits.map((h) => h.code), q.relevant);
    sum += m;
    const k = kinds.get(q.kind) ?? { sum: 0, n: 0 };
    k.sum += m;
    k.n++;
    kinds.set(q.kind, k);
  }
  const per = [...kinds].map(([k, v]) => `${k} ${(v.sum / v.n).toFixed(3)} (${v.n})`).join(', ');
  console.log(`${file}: ${(sum / queries.length).toFixed(3)} | ${per}`);
}
