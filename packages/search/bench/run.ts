/**
 * Evaluation + benchmark: @zwfw/search against MiniSearch and FlexSearch, same queries, same machine, same run.
 *
 *   node --import tsx packages/search/bench/run.ts
 *
 * Prints quality (MRR@10, Recall@5, nDCG@10, overall and per query kind), latency (p50/p95), build time, heap,
 * index and bundle sizes at ~1k matters (the evaluation catalogue) and ~20k (the same matters in 30 counties),
 * then the target check; writes everything to bench/results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { buildIndex, serializeIndex } from '../src/builder/index.js';
import { loadIndex, type SearchDocument, type SearchIndex } from '../src/index.js';
import { flexSearch, miniSearch, type Engine } from './baselines.js';
import { browserBundleSize } from './bundle-size.js';
import { countyCatalogue, scaleJudgements } from './counties.js';
import { mrr10, ndcg10, quantile, recall5, type Judgements } from './metrics.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Query {
  id: string;
  kind: string;
  query: string;
  relevant: Judgements;
}

const dataDir = new URL('../eval/data/', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('catalogue.json', dataDir), 'utf8')) as SearchDocument[];
const queries = JSON.parse(readFileSync(new URL('queries.json', dataDir), 'utf8')) as Query[];
const KINDS = ['exact', 'fragment', 'colloquial', 'pinyin_full', 'pinyin_initials', 'traditional', 'typo', 'mixed'];
const ROUNDS = 7;

/** @zwfw/search as an {@link Engine}, remembering its build/serialise/load split and sizes. */
function zwfw(): Engine & { stats: Record<string, number> } {
  let index: SearchIndex | undefined;
  const stats: Record<string, number> = {};
  return {
    name: '@zwfw/search',
    stats,
    build(docs) {
      let t = performance.now();
      const built = buildIndex(docs);
      stats.buildMs = performance.now() - t;
      const json = serializeIndex(built);
      stats.indexRaw = Buffer.byteLength(json);
      stats.indexGzip = gzipSync(json, { level: 9 }).length;
      t = performance.now();
      index = loadIndex(json);
      stats.loadMs = performance.now() - t;
    },
    search(query, limit) {
      return (index as SearchIndex).search(query, { limit }).hits.map((h) => h.code);
    },
  };
}

interface Row {
  engine: string;
  docs: number;
  mrr: number;
  recall5: number;
  ndcg: number;
  perKind: Record<string, { mrr: number; recall5: number; ndcg: number; n: number }>;
  p50: number;
  p95: number;
  buildMs: number;
  heapMB: number;
  extra?: Record<string, number>;
}

function evaluate(engine: Engine & { stats?: Record<string, number> }, docs: SearchDocument[], rel: (q: Query) => Judgements): Row {
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  engine.build(docs);
  const buildMs = engine.stats?.buildMs ?? performance.now() - t0;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const perKind: Row['perKind'] = {};
  let mrr = 0;
  let rec = 0;
  let nd = 0;
  for (const q of queries) {
    const ranked = engine.search(q.query, 10);
    const r = rel(q);
    const k = (perKind[q.kind] ??= { mrr: 0, recall5: 0, ndcg: 0, n: 0 });
    const m = mrr10(ranked, r);
    const rc = recall5(ranked, r);
    const n = ndcg10(ranked, r);
    k.mrr += m;
    k.recall5 += rc;
    k.ndcg += n;
    k.n++;
    mrr += m;
    rec += rc;
    nd += n;
  }
  for (const k of Object.values(perKind)) {
    k.mrr /= k.n;
    k.recall5 /= k.n;
    k.ndcg /= k.n;
  }
  // Latency: one warm-up round, then every query ROUNDS times, each timed on its own.
  for (const q of queries) engine.search(q.query, 10);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const t = performance.now();
      engine.search(q.query, 10);
      times.push(performance.now() - t);
    }
  }
  const row: Row = {
    engine: engine.name,
    docs: docs.length,
    mrr: mrr / queries.length,
    recall5: rec / queries.length,
    ndcg: nd / queries.length,
    perKind,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    buildMs,
    heapMB,
  };
  if (engine.stats) row.extra = { ...engine.stats };
  return row;
}

const f3 = (x: number): string => x.toFixed(3);
const f2 = (x: number): string => x.toFixed(2);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));

function printScale(label: string, rows: Row[]): void {
  console.log(`\n## ${label} (${rows[0]?.docs ?? 0} documents, ${queries.length} queries)\n`);
  console.log('| engine | MRR@10 | Recall@5 | nDCG@10 | p50 ms | p95 ms | build ms | heap MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.engine} | ${f3(r.mrr)} | ${f3(r.recall5)} | ${f3(r.ndcg)} | ${f3(r.p50)} | ${f3(r.p95)} | ${r.buildMs.toFixed(0)} | ${r.heapMB.toFixed(1)} |`,
    );
  }
  console.log(`\nMRR@10 per kind (${label}):\n`);
  console.log(`| engine | ${KINDS.join(' | ')} |`);
  console.log(`| --- |${KINDS.map(() => ' ---: |').join('')}`);
  for (const r of rows) console.log(`| ${r.engine} | ${KINDS.map((k) => f3(r.perKind[k]?.mrr ?? 0)).join(' | ')} |`);
}

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, queries: queries.length };
const engines = (): (Engine & { stats?: Record<string, number> })[] => [zwfw(), miniSearch(false), miniSearch(true), flexSearch(false), flexSearch(true)];

const small = engines().map((e) => evaluate(e, catalogue, (q) => q.relevant));
printScale('~1k matters', small);
const scaled = countyCatalogue(catalogue);
const relCache = new Map<string, Judgements>();
const large = engines().map((e) =>
  evaluate(e, scaled.docs, (q) => {
    let r = relCache.get(q.id);
    if (!r) relCache.set(q.id, (r = scaleJudgements(q.relevant, scaled.copies)));
    return r;
  }),
);
printScale('~20k matters (30 counties)', large);

const bundle = await browserBundleSize();
const z1 = small[0] as Row;
const z20 = large[0] as Row;
console.log('\n## @zwfw/search sizes\n');
console.log('| | raw bytes | gzip bytes |');
console.log('| --- | ---: | ---: |');
console.log(`| browser query code (esbuild, minified) | ${bundle.raw} | ${bundle.gzip} |`);
console.log(`| serialised index, ${z1.docs} matters | ${z1.extra?.indexRaw} | ${z1.extra?.indexGzip} |`);
console.log(`| serialised index, ${z20.docs} matters | ${z20.extra?.indexRaw} | ${z20.extra?.indexGzip} |`);
console.log(`\nindex load (JSON text → ready to search): ${f2(z1.extra?.loadMs ?? 0)} ms @1k, ${f2(z20.extra?.loadMs ?? 0)} ms @20k`);
if (bundle.forbidden.length) console.log(`WARNING: browser bundle pulls in ${bundle.forbidden.join(', ')}`);

const minKind = (r: Row): number => Math.min(...KINDS.map((k) => r.perKind[k]?.mrr ?? 0));
const checks: [string, boolean, string][] = [
  ['MRR@10 overall ≥ 0.95 (1k)', z1.mrr >= 0.95, f3(z1.mrr)],
  ['MRR@10 every kind ≥ 0.90 (1k)', minKind(z1) >= 0.9, `min ${f3(minKind(z1))}`],
  ['MRR@10 overall ≥ 0.95 (20k)', z20.mrr >= 0.95, f3(z20.mrr)],
  ['MRR@10 every kind ≥ 0.90 (20k)', minKind(z20) >= 0.9, `min ${f3(minKind(z20))}`],
  ['p95 ≤ 1 ms @1k', z1.p95 <= 1, `${f3(z1.p95)} ms`],
  ['p95 ≤ 5 ms @20k', z20.p95 <= 5, `${f3(z20.p95)} ms`],
  ['20k build ≤ 1 s', z20.buildMs <= 1000, `${z20.buildMs.toFixed(0)} ms`],
  ['browser query code ≤ 8 kB gzip', bundle.gzip <= 8192 && bundle.forbidden.length === 0, `${bundle.gzip} B`],
  ['1k index ≤ 150 kB gzip', (z1.extra?.indexGzip ?? Infinity) <= 150 * 1024, `${z1.extra?.indexGzip} B`],
  ['beats every baseline on MRR@10 (1k and 20k)', [small, large].every((rows) => rows.slice(1).every((r) => r.mrr < (rows[0] as Row).mrr)), ''],
  ['faster p95 than every baseline (1k and 20k)', [small, large].every((rows) => rows.slice(1).every((r) => r.p95 > (rows[0] as Row).p95)), ''],
];
console.log('\n## Targets\n');
for (const [what, ok, value] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${pad(what, 46)} ${value}`);

Object.assign(results, { scales: { '1k': small, '20k': large }, bundle, targets: checks.map(([what, ok, value]) => ({ what, ok, value })) });
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
