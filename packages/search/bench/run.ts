/**
 * Evaluation + benchmark: @zwfw/search against MiniSearch and FlexSearch, same queries, same machine, same run.
 *
 *   node --import tsx packages/search/bench/run.ts
 *
 * Prints quality (MRR@10, Recall@5, nDCG@10, overall and per query kind), latency (p50/p95, and over every
 * keystroke prefix of every query), build time, heap, index and bundle sizes at ~1k matters (the evaluation
 * catalogue) and ~20k (the same matters in 30 counties), the cold 20k build (fresh processes), then the target
 * check; writes everything to bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
const developmentQueries = queries;
// Written by someone who never saw the intent dictionary, the engine or its results (eval/data/heldout.README.md):
// a check that the dictionary generalises rather than echoes the development queries.
const heldout = JSON.parse(readFileSync(new URL('heldout.json', dataDir), 'utf8')) as Query[];
const HELDOUT_KINDS = [...new Set(heldout.map((q) => q.kind))];
// The everyday sets (issue 16: life events, street names, dialect, grievances, rare matters), each written by
// someone who saw only the catalogue. everyday.json, the first, has guided the layer since it was measured (a
// development set now); everyday2.json, written later under the same rules, is the held-out one: never tuned on,
// reported apart, and the one the targets judge. Each is evaluated when present.
// EVERYDAY_QUERIES=<path> reads another file of the held-out set's shape (a smoke test of this section).
const readSet = (url: URL): Query[] | undefined => (existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as Query[]) : undefined);
const everydayDev = readSet(new URL('everyday.json', dataDir));
// everyday3.json, a third set written blind under the same rules, is a second development set: fresh queries
// to find general causes of misses while everyday2.json stays untouched.
const everydayDev3 = readSet(new URL('everyday3.json', dataDir));
// everyday4.json, a fourth, written blind when everyday3.json had been read for patterns: its untuned figure is
// in the closing note of the stop that added it.
const everydayDev4 = readSet(new URL('everyday4.json', dataDir));
// everyday5.json, a fifth, written blind when everyday4.json had been read: the validation set of the sixth round
// (aggregates only), then read as a development set from the seventh, when everyday6.json took its place.
const everydayDev5 = readSet(new URL('everyday5.json', dataDir));
// everyday6.json, a sixth, written blind at the end of the round that used everyday5.json: the validation set since
// the seventh round (aggregates only; bench/misses.ts refuses it).
const everydayDev6 = readSet(new URL('everyday6.json', dataDir));
// everyday7.json, a seventh (200 queries, life events first), written blind at the start of the seventh round: the
// second validation set (aggregates only; bench/misses.ts refuses it).
const everydayDev7 = readSet(new URL('everyday7.json', dataDir));
// everyday8.json, an eighth (300 queries, the held-out set's kinds), written blind late in the seventh round, after its
// changes were chosen: the round's unbiased check and the next round's validation set (aggregates only).
const everydayDev8 = readSet(new URL('everyday8.json', dataDir));
const everydayFile = process.env.EVERYDAY_QUERIES ? pathToFileURL(process.env.EVERYDAY_QUERIES) : new URL('everyday2.json', dataDir);
const everyday = readSet(everydayFile);
const EVERYDAY_KINDS = ['life_event', 'street_name', 'dialect', 'grievance', 'rare'];
const everydayKinds = (qs: readonly Query[]): string[] => [...EVERYDAY_KINDS.filter((k) => qs.some((q) => q.kind === k)), ...new Set(qs.map((q) => q.kind).filter((k) => !EVERYDAY_KINDS.includes(k)))];
const KINDS = ['exact', 'fragment', 'colloquial', 'pinyin_full', 'pinyin_initials', 'traditional', 'typo', 'mixed'];
const ROUNDS = 7;
/** Every prefix of every query, as typed keystroke by keystroke (z, zh, zhu …; 开, 开饭 …). */
const PREFIXES = [...new Set(queries.flatMap((q) => Array.from({ length: q.query.length }, (_, i) => q.query.slice(0, i + 1))))];
const PREFIX_ROUNDS = 3;

/** @zwfw/search as an {@link Engine}, remembering its build/serialise/load split and sizes. */
function zwfw(diversify = true): Engine & { stats: Record<string, number> } {
  let index: SearchIndex | undefined;
  const stats: Record<string, number> = {};
  return {
    name: diversify ? '@zwfw/search' : '@zwfw/search (diversify: false)',
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
      return (index as SearchIndex).search(query, { limit, diversify }).hits.map((h) => h.code);
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
  /** Latency over every keystroke prefix of every query: all of them, and the one-character ones. */
  prefix?: { p50: number; p95: number; max: number; oneP95: number; oneMax: number };
  buildMs: number;
  heapMB: number;
  extra?: Record<string, number>;
}

function evaluate(
  engine: Engine & { stats?: Record<string, number> },
  docs: SearchDocument[],
  rel: (q: Query) => Judgements,
  timed = true,
  queries: readonly Query[] = developmentQueries,
): Row {
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
  const times: number[] = [];
  let prefix: Row['prefix'];
  if (timed) {
    for (const q of queries) engine.search(q.query, 10);
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries) {
        const t = performance.now();
        engine.search(q.query, 10);
        times.push(performance.now() - t);
      }
    }
    // Search as you type: every prefix, one warm-up round, then PREFIX_ROUNDS rounds.
    for (const p of PREFIXES) engine.search(p, 10);
    const all: number[] = [];
    const one: number[] = [];
    for (let round = 0; round < PREFIX_ROUNDS; round++) {
      for (const p of PREFIXES) {
        const t = performance.now();
        engine.search(p, 10);
        const dt = performance.now() - t;
        all.push(dt);
        if (p.length === 1) one.push(dt);
      }
    }
    prefix = { p50: quantile(all, 0.5), p95: quantile(all, 0.95), max: Math.max(...all), oneP95: quantile(one, 0.95), oneMax: Math.max(...one) };
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
  if (prefix) row.prefix = prefix;
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
  const ones = PREFIXES.filter((p) => p.length === 1).length;
  console.log(`\nSearch as you type (${label}): every prefix of every query, ${PREFIXES.length} prefixes (${ones} of one character: z, s, 开 …), ${PREFIX_ROUNDS} rounds after a warm-up:\n`);
  console.log('| engine | p50 ms | p95 ms | max ms | one-character p95 ms | one-character max ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    if (r.prefix) console.log(`| ${r.engine} | ${f3(r.prefix.p50)} | ${f3(r.prefix.p95)} | ${f2(r.prefix.max)} | ${f3(r.prefix.oneP95)} | ${f2(r.prefix.oneMax)} |`);
  }
}

/** The cold 20k build: each run in a fresh Node process, so no character table or JIT state is reused. */
function coldBuilds(runs: number): { buildMs: number; serializeMs: number; totalMs: number }[] {
  const script = fileURLToPath(new URL('build-cold.ts', import.meta.url));
  return Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' }).trim().split('\n').pop() as string),
  );
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

// The build column above is buildIndex in this process, after the 1k run has derived the OpenCC character map
// and the common-character readings. The target is checked on a cold build: fresh processes, build + serialise.
const cold = coldBuilds(3);
const coldTotal = quantile(cold.map((c) => c.totalMs), 0.5);
console.log(
  `\n20k index build, cold (each in a fresh Node process; buildIndex + serializeIndex; pinyin-pro loaded and the characters' readings learnt inside, the generated OpenCC table and dictionary readings read from the package): ` +
    `median ${coldTotal.toFixed(0)} ms of ${cold.map((c) => `${c.totalMs.toFixed(0)} (${c.buildMs.toFixed(0)} + ${c.serializeMs.toFixed(0)})`).join(', ')} ms; ` +
    `in-process warm build (table above): ${z20.buildMs.toFixed(0)} ms`,
);

// Recall@5 and nDCG@10 are not targets; print where a baseline is ahead, with @zwfw/search in strict score
// order at 20k (diversify: false) for a like-for-like comparison.
const strict20 = evaluate(zwfw(false), scaled.docs, (q) => relCache.get(q.id) as Judgements, false);
console.log('\n## Recall@5 and nDCG@10 (informational, not targets)\n');
const ahead: string[] = [];
for (const [label, rows] of [['1k', small], ['20k', large]] as const) {
  const ours = rows[0] as Row;
  for (const [metric, get] of [['Recall@5', (r: Row) => r.recall5], ['nDCG@10', (r: Row) => r.ndcg]] as const) {
    const higher = rows.slice(1).filter((r) => get(r) > get(ours));
    if (higher.length) ahead.push(`${label} ${metric}`);
    console.log(
      `${pad(`${label} ${metric}`, 14)} @zwfw/search ${f3(get(ours))}: ` +
        (higher.length ? `lower than ${higher.map((r) => `${r.engine} ${f3(get(r))}`).join(', ')}` : 'every baseline lower'),
    );
  }
}
console.log(`${pad('20k strict', 14)} @zwfw/search with diversify: false: Recall@5 ${f3(strict20.recall5)}, nDCG@10 ${f3(strict20.ndcg)}, MRR@10 ${f3(strict20.mrr)}`);
if (ahead.length) {
  console.log(
    `Why (${ahead.join(', ')}): at 20k each judged matter has ~17 relevant county copies, and the judged ideal top 10 is ten ` +
      'copies of the best matter. A strict score order (the baselines, diversify: false) fills the page with copies; ' +
      '@zwfw/search by default shows each distinct matter once before repeating one (a department filter then picks the ' +
      'county), which costs Recall@5 and nDCG@10 against these judgements but not MRR@10.',
  );
}

// Held-out queries at ~1k: quality only (latency is measured on the development set above).
const held = engines().map((e) => evaluate(e, catalogue, (q) => q.relevant, false, heldout));
console.log(`\n## Held-out queries (~1k matters, ${heldout.length} queries written without sight of the dictionary or the engine; not tuned on)\n`);
console.log(`| engine | MRR@10 | Recall@5 | nDCG@10 | ${HELDOUT_KINDS.map((k) => `${k} MRR (n)`).join(' | ')} |`);
console.log(`| --- | ---: | ---: | ---: |${HELDOUT_KINDS.map(() => ' ---: |').join('')}`);
for (const r of held) {
  console.log(`| ${r.engine} | ${f3(r.mrr)} | ${f3(r.recall5)} | ${f3(r.ndcg)} | ${HELDOUT_KINDS.map((k) => `${f3(r.perKind[k]?.mrr ?? 0)} (${r.perKind[k]?.n ?? 0})`).join(' | ')} |`);
}

// The everyday sets at ~1k, apart from the development set: quality only, per kind.
function everydaySection(set: readonly Query[], title: string): Row[] {
  const kinds = everydayKinds(set);
  const rows = engines().map((e) => evaluate(e, catalogue, (q) => q.relevant, false, set));
  console.log(`\n## ${title}\n`);
  console.log(`| engine | MRR@10 | Recall@5 | nDCG@10 | ${kinds.map((k) => `${k} MRR (n)`).join(' | ')} |`);
  console.log(`| --- | ---: | ---: | ---: |${kinds.map(() => ' ---: |').join('')}`);
  for (const r of rows) {
    console.log(`| ${r.engine} | ${f3(r.mrr)} | ${f3(r.recall5)} | ${f3(r.ndcg)} | ${kinds.map((k) => `${f3(r.perKind[k]?.mrr ?? 0)} (${r.perKind[k]?.n ?? 0})`).join(' | ')} |`);
  }
  return rows;
}
const dailyDev = everydayDev && everydaySection(everydayDev, `Everyday development set (~1k matters, ${everydayDev.length} queries from eval/data/everyday.json; written from the catalogue only, then used to guide the layer: no target)`);
const dailyDev3 = everydayDev3 && everydaySection(everydayDev3, `Everyday development set 3 (~1k matters, ${everydayDev3.length} queries from eval/data/everyday3.json; written from the catalogue only as a development set: no target)`);
const dailyDev4 = everydayDev4 && everydaySection(everydayDev4, `Everyday development set 4 (~1k matters, ${everydayDev4.length} queries from eval/data/everyday4.json; written from the catalogue only as a development set: no target)`);
const dailyDev5 = everydayDev5 && everydaySection(everydayDev5, `Everyday development set 5 (~1k matters, ${everydayDev5.length} queries from eval/data/everyday5.json; written from the catalogue only, the sixth round's validation set, read since the seventh: no target)`);
const dailyDev6 = everydayDev6 && everydaySection(everydayDev6, `Everyday validation set 6 (~1k matters, ${everydayDev6.length} queries from eval/data/everyday6.json; written from the catalogue only; aggregates only, no target)`);
const dailyDev7 = everydayDev7 && everydaySection(everydayDev7, `Everyday validation set 7 (~1k matters, ${everydayDev7.length} queries from eval/data/everyday7.json; written from the catalogue only; aggregates only, no target)`);
const dailyDev8 = everydayDev8 && everydaySection(everydayDev8, `Everyday validation set 8 (~1k matters, ${everydayDev8.length} queries from eval/data/everyday8.json; written from the catalogue only; aggregates only, no target)`);
const daily = everyday && everydaySection(everyday, `Everyday held-out set (~1k matters, ${everyday.length} queries from ${process.env.EVERYDAY_QUERIES ?? 'eval/data/everyday2.json'}, written from the catalogue only; reported apart, never tuned on)`);
if (!everyday) console.log('\n## Everyday held-out set: eval/data/everyday2.json not present, not evaluated');

const minKind = (r: Row, kinds = KINDS): number => Math.min(...kinds.map((k) => r.perKind[k]?.mrr ?? 0));
const z1e = daily?.[0];
const everydayChecks: [string, boolean, string][] = everyday && z1e
  ? [
      ['everyday held-out MRR@10 ≥ 0.85 (1k)', z1e.mrr >= 0.85, f3(z1e.mrr)],
      ...everydayKinds(everyday).map((k): [string, boolean, string] => [`everyday ${k} MRR@10 ≥ 0.80 (1k)`, (z1e.perKind[k]?.mrr ?? 0) >= 0.8, f3(z1e.perKind[k]?.mrr ?? 0)]),
    ]
  : [];
const checks: [string, boolean, string][] = [
  ['MRR@10 overall ≥ 0.97 (1k)', z1.mrr >= 0.97, f3(z1.mrr)],
  ['MRR@10 every kind ≥ 0.93 (1k)', minKind(z1) >= 0.93, `min ${f3(minKind(z1))}`],
  ['MRR@10 overall ≥ 0.97 (20k)', z20.mrr >= 0.97, f3(z20.mrr)],
  ['MRR@10 every kind ≥ 0.93 (20k)', minKind(z20) >= 0.93, `min ${f3(minKind(z20))}`],
  ...everydayChecks,
  ['p95 ≤ 1 ms @1k', z1.p95 <= 1, `${f3(z1.p95)} ms`],
  ['p95 ≤ 3 ms @20k', z20.p95 <= 3, `${f3(z20.p95)} ms`],
  ['20k build ≤ 1 s (cold, build + serialise)', coldTotal <= 1000, `${coldTotal.toFixed(0)} ms`],
  ['browser query code ≤ 8 kB gzip', bundle.gzip <= 8192 && bundle.forbidden.length === 0, `${bundle.gzip} B`],
  ['1k index ≤ 150 kB gzip', (z1.extra?.indexGzip ?? Infinity) <= 150 * 1024, `${z1.extra?.indexGzip} B`],
  ['beats every baseline on MRR@10 (1k and 20k)', [small, large].every((rows) => rows.slice(1).every((r) => r.mrr < (rows[0] as Row).mrr)), ''],
  ['faster p95 than every baseline (1k and 20k)', [small, large].every((rows) => rows.slice(1).every((r) => r.p95 > (rows[0] as Row).p95)), ''],
];
console.log('\n## Targets\n');
for (const [what, ok, value] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${pad(what, 46)} ${value}`);

Object.assign(results, {
  scales: { '1k': small, '20k': large },
  strict20k: strict20,
  heldout: held,
  ...(dailyDev ? { everydayDevelopment: dailyDev } : {}),
  ...(dailyDev3 ? { everydayDevelopment3: dailyDev3 } : {}),
  ...(dailyDev4 ? { everydayDevelopment4: dailyDev4 } : {}),
  ...(dailyDev5 ? { everydayDevelopment5: dailyDev5 } : {}),
  ...(dailyDev6 ? { everydayValidation6: dailyDev6 } : {}),
  ...(dailyDev7 ? { everydayValidation7: dailyDev7 } : {}),
  ...(dailyDev8 ? { everydayValidation8: dailyDev8 } : {}),
  ...(daily ? { everyday: daily } : {}),
  coldBuild20k: { medianTotalMs: coldTotal, runs: cold },
  prefixes: PREFIXES.length,
  bundle,
  targets: checks.map(([what, ok, value]) => ({ what, ok, value })),
});
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
