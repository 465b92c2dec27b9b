// `npm run size:check`: builds what the budgets in size-budgets.json speak of and fails (exit 1) naming every
// budget exceeded. Run by .ci/run after `npm test`.
//
//   npm run size:check                          # every budget
//   npm run size:check -- --only searchEngine   # one budget (names as in the file)
//   npm run size:check -- --budgets other.json  # another budget file (the script's own test uses one)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rollup, type OutputChunk, type RollupOptions } from 'rollup';
import { MARKERS, bundle, gzip, root, type Bundler } from '../packages/sdk/bench/bundlers.js';
import { PROBES } from '../packages/sdk/bench/size.js';

interface Budgets {
  sdkTypical: { budget: number; bundlers: Bundler[] };
  searchEngine: { budget: number; bundlers: Bundler[] };
  cdnElements: { budget: number };
  elements: Record<string, { budget: number; target?: number }>;
}
type Name = 'sdkTypical' | 'searchEngine' | 'cdnElements' | 'elements';

const arg = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
};
const file = resolve(arg('--budgets') ?? resolve(root, 'size-budgets.json'));
const only = arg('--only') as Name | undefined;
const budgets = JSON.parse(readFileSync(file, 'utf8')) as Budgets;
const wanted = (name: Name): boolean => only === undefined || only === name;

/** One measured figure against its budget. */
interface Row { budget: string; size: number; limit: number }
const rows: Row[] = [];

// SDK typical and the search engine come from the same builds: among the typical probe's lazy chunks (each
// operation's definition and schemas, the search code) the engine is the one holding @zwfw/search.
if (wanted('sdkTypical') || wanted('searchEngine')) {
  const typical = PROBES[0]!;
  const bundlers = [...new Set([...(wanted('sdkTypical') ? budgets.sdkTypical.bundlers : []), ...(wanted('searchEngine') ? budgets.searchEngine.bundlers : [])])];
  for (const bundler of bundlers) {
    const b = await bundle(bundler, typical.code);
    if (wanted('sdkTypical') && budgets.sdkTypical.bundlers.includes(bundler)) rows.push({ budget: `sdkTypical (${bundler})`, size: gzip(b.eager), limit: budgets.sdkTypical.budget });
    if (wanted('searchEngine') && budgets.searchEngine.bundlers.includes(bundler)) {
      const engine = b.lazy.filter((chunk) => MARKERS.searchEngine.test(chunk));
      rows.push({ budget: `searchEngine (${bundler})`, size: engine.reduce((sum, chunk) => sum + gzip(chunk), 0), limit: budgets.searchEngine.budget });
    }
  }
}

// The elements CDN file exactly as rollup.config.mjs builds it, generated in memory; its initial part is the
// entry and the chunks the entry imports statically.
if (wanted('cdnElements')) {
  // The config is a function of rollup's command-line flags; --configServed gives the elements file alone.
  const configs = ((await import(resolve(root, 'rollup.config.mjs'))) as { default: (args: Record<string, unknown>) => RollupOptions[] }).default({ configServed: true });
  const config = configs.find((c) => String(c.input).includes('packages/elements/src/cdn.ts'))!;
  const built = await rollup({ ...config, input: resolve(root, String(config.input)), logLevel: 'silent' });
  const { output } = await built.generate({ format: 'es' });
  await built.close();
  const chunks = new Map(output.filter((o): o is OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  const eager = new Set<string>();
  const visit = (name: string): void => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const imp of chunks.get(name)?.imports ?? []) visit(imp);
  };
  for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);
  rows.push({ budget: 'cdnElements (rollup, every element + SDK)', size: gzip([...eager].map((n) => chunks.get(n)!.code).join('\n')), limit: budgets.cdnElements.budget });
}

if (wanted('elements')) {
  const { elementSizes } = await import('../packages/elements/bench/size.js');
  const { runtime, rows: elements } = await elementSizes();
  for (const [name, { budget: limit }] of Object.entries(budgets.elements)) {
    // `runtime`: what every element page loads (strict-CSP prelude, provider, SDK client, shared styles).
    if (name === 'runtime') {
      rows.push({ budget: 'elements.runtime (shared by every element)', size: runtime.eagerGzip, limit });
      continue;
    }
    const row = elements.find((e) => e.name === name);
    // A budget for an element that does not exist yet waits for it.
    if (row !== undefined) rows.push({ budget: `elements.${name} (beyond the shared runtime)`, size: row.delta, limit });
  }
}

const over = rows.filter((r) => r.size > r.limit);
for (const r of rows) console.log(`${r.size > r.limit ? 'OVER' : 'ok  '} ${r.budget.padEnd(48)} ${String(r.size).padStart(7)} B gzip  (budget ${r.limit} B)`);
if (over.length > 0) {
  console.error(`\nsize budget exceeded (${file}):`);
  for (const r of over) console.error(`  ${r.budget}: ${r.size} B gzip, budget ${r.limit} B (+${r.size - r.limit} B)`);
  process.exit(1);
}
console.log(`\nevery size budget met (${file})`);
