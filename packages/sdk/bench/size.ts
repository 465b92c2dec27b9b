// Bundle-size probe for @zwfw/sdk. Bundles a "typical import" (createClient + matters.get +
// applications.submit) with esbuild for the browser (ESM, minified), gzips it, and prints where the bytes go.
// Also measures reference points (ky alone, zod classic vs zod/mini) so the numbers can be read in context.
//
//   cd /work/main && npx tsc -b packages/core packages/search && node --import tsx packages/sdk/bench/size.ts
//
// Figures only: this is a measurement script, not a test with thresholds.
import { build, type Metafile } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserModule from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuildPluginModule from 'rollup-plugin-esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

// CJS/ESM interop: under NodeNext the default import is the module object in types, the function at runtime.
const esbuildPlugin = ((esbuildPluginModule as unknown as { default?: unknown }).default ?? esbuildPluginModule) as (o: object) => import('rollup').Plugin;

const terser = ((terserModule as unknown as { default?: unknown }).default ?? terserModule) as (o: object) => import('rollup').Plugin;

const here = dirname(fileURLToPath(import.meta.url));
const sdkSrc = resolve(here, '../src/index.ts');
const resolveDir = resolve(here, '..');

interface Probe {
  name: string;
  code: string;
  /** Extra modules kept out of the bundle. */
  external?: string[];
}

const probes: Probe[] = [
  {
    name: 'typical: createClient + matters.get + applications.submit',
    code: `import { createClient } from ${JSON.stringify(sdkSrc)};
const c = createClient({ baseUrl: 'https://zwfw.example.gov.cn/', publishableKey: 'pk_test_1' });
export const guide = (code) => c.matters.get(code);
export const submit = (input) => c.applications.submit(input);`,
  },
  {
    name: 'errors only: isZwfwError + error classes',
    code: `export { isZwfwError, ZwfwApiError } from ${JSON.stringify(sdkSrc)};`,
  },
  {
    name: 'drafts only: createDrafts',
    code: `export { createDrafts } from ${JSON.stringify(sdkSrc)};`,
  },
  {
    name: 'SDK own code (ky, zod, @zwfw/core external)',
    code: `import { createClient } from ${JSON.stringify(sdkSrc)};
const c = createClient({ baseUrl: 'https://zwfw.example.gov.cn/', publishableKey: 'pk_test_1' });
export const guide = (code) => c.matters.get(code);
export const submit = (input) => c.applications.submit(input);`,
    external: ['ky', 'zod', 'zod/*', '@zwfw/core', 'idb-keyval'],
  },
  { name: 'reference: ky alone', code: `import ky from 'ky'; export const k = ky;` },
  {
    name: 'reference: zod classic, one small object schema',
    code: `import { z } from 'zod'; export const S = z.object({ a: z.string(), b: z.number(), c: z.array(z.string()).optional() });`,
  },
  {
    name: 'reference: zod/mini, the same schema',
    code: `import * as z from 'zod/mini'; export const S = z.object({ a: z.string(), b: z.number(), c: z.optional(z.array(z.string())) });`,
  },
  {
    name: 'reference: zod classic, same schema, namespace import',
    code: `import * as z from 'zod'; export const S = z.object({ a: z.string(), b: z.number(), c: z.array(z.string()).optional() });`,
  },
  {
    name: 'reference: all @zwfw/core schemas (classic) via the contract',
    code: `export { operations } from '@zwfw/core';`,
  },
];

function bucket(path: string): string {
  if (path.includes('node_modules/zod/') || path.includes('/zod/v4/')) return 'zod';
  if (path.includes('node_modules/ky/')) return 'ky';
  if (path.includes('idb-keyval')) return 'idb-keyval';
  if (path.includes('packages/core/')) return '@zwfw/core';
  if (path.includes('packages/search/')) return '@zwfw/search';
  if (path.includes('packages/sdk/')) return '@zwfw/sdk';
  return 'other';
}

function breakdown(meta: Metafile): string {
  const byBucket = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      byBucket.set(bucket(path), (byBucket.get(bucket(path)) ?? 0) + bytesInOutput);
    }
  }
  return [...byBucket].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}k`).join(', ');
}

const rows: string[] = [];
for (const probe of probes) {
  const result = await build({
    stdin: { contents: probe.code, resolveDir, loader: 'js', sourcefile: 'probe.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    outdir: '/tmp/zwfw-size-probe',
    write: false,
    metafile: true,
    external: probe.external ?? [],
    logLevel: 'silent',
  });
  // The entry chunk is what a page loads up front; lazily imported chunks are listed separately.
  const files = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const entry = files.find((f) => f.path.endsWith('stdin.js')) ?? files[0]!;
  const raw = entry.contents.byteLength;
  const gz = gzipSync(entry.contents, { level: 9 }).byteLength;
  const lazy = files.filter((f) => f !== entry).map((f) => gzipSync(f.contents, { level: 9 }).byteLength);
  rows.push(
    `${probe.name.padEnd(64)} ${String(raw).padStart(8)} B  ${String(gz).padStart(7)} B gz` +
      (lazy.length ? `  (+${lazy.length} lazy chunk(s), ${lazy.reduce((a, b) => a + b, 0)} B gz)` : '') +
      `\n${''.padEnd(66)}${breakdown(result.metafile)} (minified bytes in output)`,
  );
}
console.log(`${'probe'.padEnd(64)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(12)}`);
console.log(rows.join('\n'));

// Second opinion from rollup + terser (the bundler the repo's CDN build uses), for the headline probes:
// esbuild cannot drop unused members of zod's `export * as z` namespace object, rollup can.
const rollupProbes = probes.filter((p) => p.name.startsWith('typical') || p.name.includes('zod classic'));
const dir = mkdtempSync(resolve(tmpdir(), 'zwfw-size-'));
console.log(`\n${'rollup + terser (module: true)'.padEnd(64)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(12)}`);
try {
  for (const [i, probe] of rollupProbes.entries()) {
    const input = resolve(resolveDir, `.size-probe-${i}.mjs`);
    writeFileSync(input, probe.code);
    try {
      const bundle = await rollup({
        input,
        plugins: [nodeResolve({ browser: true }), esbuildPlugin({ target: 'es2022', tsconfig: resolve(resolveDir, 'tsconfig.json') }), terser({ module: true, format: { comments: false } })],
        onwarn: () => undefined,
      });
      const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
      const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
      if (entry?.type === 'chunk') {
        const code = Buffer.from(entry.code);
        console.log(`${probe.name.padEnd(64)} ${String(code.byteLength).padStart(8)} B  ${String(gzipSync(code, { level: 9 }).byteLength).padStart(7)} B gz`);
        const byBucket = new Map<string, number>();
        for (const [id, m] of Object.entries(entry.modules)) byBucket.set(bucket(id), (byBucket.get(bucket(id)) ?? 0) + m.renderedLength);
        console.log(`${''.padEnd(66)}${[...byBucket].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}k`).join(', ')} (rendered bytes before terser)`);
      }
      await bundle.close();
    } finally {
      rmSync(input, { force: true });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
