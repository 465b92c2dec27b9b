/**
 * Diagnostic: per-field alignment scores of the top documents for one query.
 *   node --import tsx packages/search/bench/explain.ts 怎么注册公司
 */
import { readFileSync } from 'node:fs';
import { buildIndex, fromGaps } from '../src/builder/index.js';
import { loadIndex, normalize, type SearchDocument } from '../src/index.js';
import { align, Aligner } from '../src/align.js';
import { parseQuery, Stopwords } from '../src/query.js';

const docs = JSON.parse(readFileSync(new URL('../eval/data/catalogue.json', import.meta.url), 'utf8')) as SearchDocument[];
const data = buildIndex(docs);
const index = loadIndex(data);
// Reach into the engine's tables: this is a diagnostic, not API.
const inner = index as unknown as { table: never; t2s: Map<number, number> };
const q = parseQuery(process.argv[2] ?? '', inner.t2s, inner.table, new Stopwords(data.stop));
console.log(q.units.map((u) => `${u.text}:${u.weight}`).join(' '));
const aligner = new Aligner(inner.table);
for (const hit of index.search(process.argv[2] ?? '', { limit: Number(process.argv[3] ?? 6) }).hits) {
  const d = data.code.indexOf(hit.code);
  const fields: [string, number[]][] = [['name', [data.name[d] as number]], ['kw', fromGaps(data.kw[d] ?? [])], ['intent', fromGaps(data.intent[d] ?? [])], ['themes', data.themes[d] ?? []], ['dept', [data.dept[d] as number]], ['alias', fromGaps(data.al?.[d] ?? [])], ['event', fromGaps(data.ev?.[d] ?? [])], ['bundle', fromGaps(data.evb?.[d] ?? [])]];
  console.log(`${hit.score} ${hit.name} pop=${data.pop[d]} matchedBy=${hit.matchedBy}${hit.event ? ` event=${hit.event}` : ""}`);
  for (const [f, ts] of fields) {
    for (const t of ts) {
      const a = align(aligner, q, normalize(data.terms[t] as string, inner.t2s));
      if (a.score > 0) console.log(`   ${f} ${data.terms[t]} ${a.score.toFixed(3)} [${a.quality.map((x) => x.toFixed(2)).join(' ')}]`);
    }
  }
}
