// Gzip weight of each element beyond the shared runtime, for `npm run bench:elements`.
//
// The shared runtime is what every page with any element downloads once: lit, @lit/context, the SDK client
// (with core's schemas) and the foundation (base classes, resource controller, styles, shared strings, the
// event base class, core's label lookup that every element uses, the provider). An element's weight is the gzip size of runtime + element minus that of the runtime alone, so
// it counts only what adding that element to a page costs. Code an element loads lazily (import()) is listed
// apart: a page pays for it only when it is used.
import { build, type Metafile } from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(here, '../src');

const RUNTIME = `
import '@zwfw/sdk/strict-csp';
import ${JSON.stringify(`${src}/components/provider/define.ts`)};
export { ResourceController } from ${JSON.stringify(`${src}/internal/controllers/resource.ts`)};
export { ZwfwFormElement } from ${JSON.stringify(`${src}/internal/zwfw-form-element.ts`)};
export { hostStyles, sharedStyles } from ${JSON.stringify(`${src}/styles/host.ts`)};
export { formatMessage, formatDate, formatNumber } from ${JSON.stringify(`${src}/translations/format.ts`)};
export { ZwfwEvent } from ${JSON.stringify(`${src}/events/zwfw-event.ts`)};
export { labelOf } from '@zwfw/core';
`;

/** Size of a bundle's eager part (the entry and what it imports statically) and of its lazy chunks. */
export interface BundleSize {
  eagerGzip: number;
  eagerMin: number;
  lazyGzip: number;
}

async function measure(code: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: code, resolveDir: resolve(here, '..'), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: '/tmp/zwfw-elements-size',
    write: false,
    minify: true,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['production', 'browser'],
    // The SDK's per-operation chunks (each loaded on its operation's first call) stay out: the elements import
    // @zwfw/core's root, and esbuild gives an entry every chunk its static imports reach, so with them in the
    // build the shared runtime would take in every schema and each element's share would read about 0 B.
    external: ['../operations/*'],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'silent',
  });
  const meta = result.metafile as Metafile;
  const entry = Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint !== undefined)!;
  const eager = new Set<string>();
  const visit = (out: string): void => {
    if (eager.has(out)) return;
    eager.add(out);
    for (const imp of meta.outputs[out]!.imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  const texts = new Map(result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => [f.path.replace(/^.*?\/tmp\/zwfw-elements-size\//, '/tmp/zwfw-elements-size/'), f.text]));
  const textOf = (out: string): string => {
    const key = [...texts.keys()].find((k) => k.endsWith(out.replace(/^.*zwfw-elements-size\//, '')))!;
    return texts.get(key)!;
  };
  const eagerText = [...eager].map(textOf).join('\n');
  const lazyText = Object.keys(meta.outputs).filter((o) => o.endsWith('.js') && !eager.has(o)).map(textOf).join('\n');
  return {
    eagerGzip: gzipSync(eagerText, { level: 9 }).length,
    eagerMin: eagerText.length,
    lazyGzip: lazyText ? gzipSync(lazyText, { level: 9 }).length : 0,
  };
}

/** The components present, by folder. */
export function components(): string[] {
  return readdirSync(`${src}/components`).filter((name) => name !== 'provider' && existsSync(`${src}/components/${name}/define.ts`));
}

/** Runtime size and each component's size beyond it. */
export async function elementSizes(): Promise<{ runtime: BundleSize; all: BundleSize; rows: Array<{ name: string; delta: number; lazy: number }> }> {
  const runtime = await measure(RUNTIME);
  const rows = [];
  for (const name of components()) {
    const size = await measure(`${RUNTIME}\nimport ${JSON.stringify(`${src}/components/${name}/define.ts`)};`);
    rows.push({ name, delta: size.eagerGzip - runtime.eagerGzip, lazy: size.lazyGzip - runtime.lazyGzip });
  }
  const all = await measure(`import '@zwfw/sdk/strict-csp'; import ${JSON.stringify(`${src}/define.ts`)};`);
  return { runtime, all, rows };
}
