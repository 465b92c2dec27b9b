// `npm run bench:size`: what @zwfw/sdk costs a page, in four bundlers (bundlers.ts: esbuild, rollup + terser,
// Vite, webpack), each reading the built package the way a consumer's app does. gzip -9 bytes of what the page
// loads up front; lazy chunks apart. The marks say whether a probe's bundle holds any zod schema, any
// submission code, or the local search engine, which is how tree-shaking is checked:
//   - `isZwfwError` or `createDrafts` alone must pull in no schema;
//   - search (the engine is lazy) must not put the engine in the initial chunk;
//   - a search page loads no submission code: each operation's definition and schemas are loaded on its
//     first call (packages/sdk/src/operation.ts), so no submission definition is in the initial chunk; only
//     the methods' synchronous argument checks are (createClient builds every resource into one object).
// The budgets CI enforces are in size-budgets.json (scripts/size-check.ts); this prints figures and marks only.
import { createRequire } from 'node:module';
import { BUNDLERS, MARKERS, bundle, gzip, root, type Bundle, type Bundler } from './bundlers.js';

// ky is the SDK's own dependency (not hoisted to the root), so the reference probe names its file.
const kyEntry = createRequire(`${root}/packages/sdk/package.json`).resolve('ky');

interface Probe {
  name: string;
  code: string;
  /** Marks that must be absent from the eager bundle (a tree-shaking promise). */
  without: Array<keyof typeof MARKERS>;
  /** The calls the probe makes, in order, with the module each loads on first use (the on-use table). */
  calls?: Array<[call: string, module: string]>;
}

export const PROBES: Probe[] = [
  {
    name: 'typical (createClient + matters.get + applications.submit)',
    code: `import { createClient } from '@zwfw/sdk';
const c = createClient({ baseUrl: 'https://zwfw.example.gov.cn/', publishableKey: 'pk_test_1' });
export const guide = (code) => c.matters.get(code);
export const submit = (input) => c.applications.submit(input);`,
    // Schemas load with each operation's first call: none is in the initial chunk.
    without: ['schema', 'searchEngine'],
    calls: [['matters.get', 'sdk/dist/operations/get-matter.js'], ['applications.submit', 'sdk/dist/operations/submit-application.js']],
  },
  { name: 'isZwfwError only', code: `export { isZwfwError } from '@zwfw/sdk';`, without: ['schema', 'submission', 'searchEngine'] },
  { name: 'errors: isZwfwError + ZwfwApiError', code: `export { isZwfwError, ZwfwApiError } from '@zwfw/sdk';`, without: ['schema', 'submission', 'searchEngine'] },
  { name: 'createDrafts only', code: `export { createDrafts } from '@zwfw/sdk';`, without: ['schema', 'submission', 'searchEngine'] },
  {
    name: 'search page (createClient + search + loadIndex)',
    code: `import { createClient } from '@zwfw/sdk';
const c = createClient({ baseUrl: 'https://zwfw.example.gov.cn/' });
export const find = (q) => c.search(q);
export const warm = () => c.search.loadIndex();`,
    without: ['schema', 'searchEngine', 'submission'],
  },
];

const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

function marks(b: Bundle): string {
  return (Object.keys(MARKERS) as Array<keyof typeof MARKERS>).filter((k) => MARKERS[k].test(b.eager)).join('+') || '-';
}

/** gzip of the eager part of `code` in every bundler, and whether each kept its tree-shaking promises. */
export async function measureProbe(probe: Probe, bundlers: readonly Bundler[] = BUNDLERS): Promise<Array<{ bundler: Bundler; gzip: number; lazy: number; marks: string; broken: string[]; onUse: number[] | undefined }>> {
  const out = [];
  for (const bundler of bundlers) {
    const b = await bundle(bundler, probe.code);
    // gzip of what the page holds after each call in turn (the first call's chunks, then the next call's too).
    const loaded = b.loaded;
    const onUse = probe.calls === undefined || loaded === undefined ? undefined
      : probe.calls.map((_, i) => gzip(loaded(probe.calls!.slice(0, i + 1).map(([, module]) => module))));
    out.push({
      bundler,
      gzip: gzip(b.eager),
      lazy: b.lazy.reduce((sum, chunk) => sum + gzip(chunk), 0),
      marks: marks(b),
      broken: probe.without.filter((k) => MARKERS[k].test(b.eager)),
      onUse,
    });
  }
  return out;
}

async function main(): Promise<void> {
  console.log('gzip -9 of the initial chunk(s); lazy chunks in brackets; marks: what the initial chunk holds');
  console.log(`| probe | ${BUNDLERS.join(' | ')} |`);
  console.log(`| --- |${BUNDLERS.map(() => ' ---: |').join('')}`);
  const failures: string[] = [];
  const onUse: string[] = [];
  for (const probe of PROBES) {
    const cells = await measureProbe(probe);
    console.log(`| ${probe.name} | ${cells.map((c) => `${kb(c.gzip)}${c.lazy ? ` [+${kb(c.lazy)}]` : ''} ${c.marks}`).join(' | ')} |`);
    for (const c of cells) if (c.broken.length) failures.push(`${probe.name} in ${c.bundler}: holds ${c.broken.join(', ')}`);
    if (probe.calls !== undefined) {
      // Each step: what the call's first use downloads, and what the page then holds in all.
      const steps = probe.calls.map(([call], i) => `| then ${call} | ${cells.map((c) => (c.onUse === undefined ? 'n/a'
        : `+${kb(c.onUse[i]! - (i === 0 ? c.gzip : c.onUse[i - 1]!))} = ${kb(c.onUse[i]!)}`)).join(' | ')} |`);
      onUse.push(`| ${probe.name}: up front | ${cells.map((c) => kb(c.gzip)).join(' | ')} |`, ...steps);
    }
  }
  if (onUse.length) {
    // The bracket above is every lazy chunk the build emits; this is what a page downloads as it makes its calls.
    console.log(`\non use: what the page downloads at each call's first use, and the total it then holds (webpack: n/a)`);
    console.log(`| step | ${BUNDLERS.join(' | ')} |`);
    console.log(`| --- |${BUNDLERS.map(() => ' ---: |').join('')}`);
    for (const line of onUse) console.log(line);
  }
  console.log('\nreferences (esbuild, minified, gzip -9):');
  for (const [name, code] of [
    ['ky alone', `import ky from ${JSON.stringify(kyEntry)}; export const k = ky;`],
    ['zod classic, one small object schema', `import * as z from 'zod'; export const S = z.object({ a: z.string(), b: z.number(), c: z.array(z.string()).optional() });`],
    ['zod/mini, the same schema', `import * as z from 'zod/mini'; export const S = z.object({ a: z.string(), b: z.number(), c: z.optional(z.array(z.string())) });`],
    ['every @zwfw/core schema, through the contract', `export { operations } from '@zwfw/core';`],
  ] as const) {
    console.log(`  ${name.padEnd(48)} ${kb(gzip((await bundle('esbuild', code)).eager))}`);
  }
  if (failures.length) {
    console.log(`\ntree-shaking promises broken:\n  ${failures.join('\n  ')}`);
  } else console.log('\ntree-shaking: every promise kept in every bundler');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
