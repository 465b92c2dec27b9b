/**
 * Diagnostic: print the queries whose first relevant result is not at rank 1 (for finding general causes).
 *   node --import tsx packages/search/bench/misses.ts [kind] [--set everyday|everyday3|everyday4|everyday5] [--20k]
 * Only development sets may be read this way (queries.json, everyday.json, everyday3.json, everyday4.json, and everyday5.json,
 * the validation set of the round that wrote everyday6.json): never a held-out set, nor the validation sets everyday6.json,
 * everyday7.json and everyday8.json (their aggregates check that a change generalises).
 */
import { readFileSync } from 'node:fs';
import { buildIndex } from '../src/builder/index.js';
import { loadIndex, type SearchDocument } from '../src/index.js';
import { countyCatalogue, scaleJudgements } from './counties.js';

const dataDir = new URL('../eval/data/', import.meta.url);
let docs = JSON.parse(readFileSync(new URL('catalogue.json', dataDir), 'utf8')) as SearchDocument[];
const setAt = process.argv.indexOf('--set');
const set = setAt === -1 ? 'queries' : (process.argv[setAt + 1] ?? '');
if (!['queries', 'everyday', 'everyday3', 'everyday4', 'everyday5'].includes(set)) throw new Error('--set queries|everyday|everyday3|everyday4|everyday5: the held-out sets and the validation sets everyday6, everyday7 and everyday8 are never read for misses');
const queries = JSON.parse(readFileSync(new URL(`${set}.json`, dataDir), 'utf8')) as {
  kind: string;
  query: string;
  relevant: Record<string, number>;
}[];
const large = process.argv.includes('--20k');
const scaled = countyCatalogue(docs);
if (large) docs = scaled.docs;
const index = loadIndex(buildIndex(docs));
const kind = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--set');
for (const q of queries) {
  if (kind && q.kind !== kind) continue;
  const rel = large ? scaleJudgements(q.relevant, scaled.copies) : q.relevant;
  const hits = index.search(q.query, { limit: 10 }).hits;
  const rank = hits.findIndex((h) => (rel[h.code] ?? 0) > 0);
  if (rank === 0) continue;
  console.log(`\n[${q.kind}] ${q.query}  → first relevant at ${rank < 0 ? 'none' : rank + 1}`);
  const byCode = new Map(docs.map((d) => [d.code, d]));
  console.log('  wanted:', Object.entries(rel).filter(([, g]) => g === 3).slice(0, 3).map(([c]) => byCode.get(c)?.name).join(', '));
  for (const h of hits.slice(0, 5)) console.log(`  ${rel[h.code] ?? 0} ${h.score} ${h.name} (${h.department})`);
}
