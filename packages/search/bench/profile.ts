/**
 * Diagnostic: @zwfw/search latency alone, per query kind and slowest queries, at ~1k and ~20k matters.
 *   node --import tsx packages/search/bench/profile.ts [rounds]      (add --cpu-prof to node for a profile)
 */
import { readFileSync } from 'node:fs';
import { buildIndex } from '../src/builder/index.js';
import { loadIndex, type SearchDocument } from '../src/index.js';
import { countyCatalogue } from './counties.js';
import { quantile } from './metrics.js';

const dataDir = new URL('../eval/data/', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('catalogue.json', dataDir), 'utf8')) as SearchDocument[];
const queries = JSON.parse(readFileSync(new URL('queries.json', dataDir), 'utf8')) as { kind: string; query: string }[];
const rounds = Number(process.argv[2] ?? 15);

for (const [label, docs] of [['1k', catalogue], ['20k', countyCatalogue(catalogue).docs]] as const) {
  const index = loadIndex(buildIndex(docs));
  for (const q of queries) index.search(q.query, { limit: 10 });
  const all: number[] = [];
  const per = new Map<string, number[]>();
  const byKind = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      index.search(q.query, { limit: 10 });
      const dt = performance.now() - t;
      all.push(dt);
      (per.get(q.query) ?? per.set(q.query, []).get(q.query)!).push(dt);
      (byKind.get(q.kind) ?? byKind.set(q.kind, []).get(q.kind)!).push(dt);
    }
  }
  console.log(`\n${label}: p50 ${quantile(all, 0.5).toFixed(3)} p95 ${quantile(all, 0.95).toFixed(3)} mean ${(all.reduce((a, b) => a + b, 0) / all.length).toFixed(3)}`);
  for (const [k, ts] of byKind) console.log(`  ${k.padEnd(16)} p50 ${quantile(ts, 0.5).toFixed(3)} p95 ${quantile(ts, 0.95).toFixed(3)}`);
  const slow = [...per].map(([q, ts]) => [q, quantile(ts, 0.5)] as const).sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log('  slowest (median): ' + slow.map(([q, t]) => `${q} ${t.toFixed(2)}`).join(' | '));
}
