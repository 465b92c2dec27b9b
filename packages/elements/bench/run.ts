// `npm run bench:elements`: the elements' figures, printed with their targets (issue: elements part 1).
//   1. gzip weight of each element beyond the shared runtime (targets: rating and progress <= 6 kB,
//      guide <= 10 kB, search <= 14 kB; the partner view <= 7 kB, the progress views it shares included;
//      the smart form <= 20 kB);
//   2. keystroke to results painted in zwfw-matter-search, in Chromium, over a 5k-matter index
//      (target p95 <= 16 ms), beside a baseline measured in the same run: a bare <input> whose handler
//      paints the same number of rows from a precomputed list, i.e. the cost of the browser alone.
// Figures only: a measurement script, not a test.
import { readFileSync } from 'node:fs';
import { elementSizes } from './size.js';

// The budgets live in the repository's one budget file (CI checks `budget`; `target` is the component issue's
// figure where it is not met yet).
const BUDGETS = (JSON.parse(readFileSync(new URL('../../../size-budgets.json', import.meta.url), 'utf8')) as {
  elements: Record<string, { budget: number; target?: number }>;
}).elements;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

const { runtime, all, rows } = await elementSizes();
console.log('\n== gzip weight (esbuild, minified, browser ESM) ==');
console.log(`shared runtime (lit, @lit/context, SDK client, foundation, provider; operation schemas load on first use): ${kb(runtime.eagerGzip)} (${kb(runtime.eagerMin)} min)`);
console.log(`every element (define.ts): ${kb(all.eagerGzip)} eager, ${kb(all.lazyGzip)} lazy chunks`);
console.log('| element | beyond runtime | target | | CI budget | lazy (on use) |');
console.log('| --- | ---: | ---: | --- | ---: | ---: |');
for (const row of rows) {
  const entry = BUDGETS[row.name];
  const target = entry?.target ?? entry?.budget;
  const verdict = target === undefined ? '' : row.delta <= target ? 'PASS' : 'MISS';
  console.log(`| ${row.name} | ${kb(row.delta)} | ${target === undefined ? '-' : kb(target)} | ${verdict} | ${entry === undefined ? '-' : kb(entry.budget)} | ${kb(row.lazy)} |`);
}

if (process.argv.includes('--size-only')) process.exit(0);
//   3. <zwfw-form>: first render of a 200-field form and one keystroke (form.ts).
const { formBench } = await import('./form.js');
await formBench();
if (process.argv.includes('--form-only')) process.exit(0);
const { keystrokeBench } = await import('./keystroke.js');
await keystrokeBench();
