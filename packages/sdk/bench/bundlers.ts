// One probe, four bundlers. A probe is a tiny entry module that imports `@zwfw/sdk` by its package name, as a
// consumer's app does: the bundlers read the built package (dist/, `exports`, `sideEffects`), not our sources.
// Each bundler builds it for the browser as minified ESM with code splitting; the figure is the gzip -9 size of
// what the page loads up front (the entry chunk and the chunks it imports statically), lazy chunks apart.
//
// Used by bench/size.ts (the table) and scripts/size-check.ts (the CI budgets). Needs `tsc -b` first.
import { build as esbuild } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserModule from '@rollup/plugin-terser';
import { rollup, type Plugin, type OutputChunk } from 'rollup';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// CJS/ESM interop: under NodeNext the default import is the module object in types, the function at runtime.
const terser = ((terserModule as unknown as { default?: unknown }).default ?? terserModule) as (o: object) => Plugin;

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export type Bundler = 'esbuild' | 'rollup' | 'vite' | 'webpack';
export const BUNDLERS: readonly Bundler[] = ['esbuild', 'rollup', 'vite', 'webpack'];

/** What a page loads for one probe. */
export interface Bundle {
  /** The entry and its static imports, concatenated. */
  eager: string;
  /** Lazily imported chunks, one string each. */
  lazy: string[];
  /**
   * What the page holds once the lazy modules named (by path suffix, e.g. `sdk/dist/operations/get-matter.js`)
   * have loaded: the eager part plus the chunks holding them and their static imports. Absent for webpack,
   * whose output does not say which chunk holds which module.
   */
  loaded?: (modules: readonly string[]) => string;
}

export const gzip = (text: string): number => gzipSync(text, { level: 9 }).byteLength;

/** Bundle `code` (an ES module) with `bundler`. */
export async function bundle(bundler: Bundler, code: string): Promise<Bundle> {
  // The probe lives inside the repository so that `@zwfw/sdk` and its dependencies resolve from node_modules.
  const dir = mkdtempSync(join(root, 'node_modules', '.zwfw-size-'));
  const entry = join(dir, 'probe.js');
  writeFileSync(entry, code);
  try {
    return await BUILD[bundler](entry, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One output chunk: its static imports (by name) and the modules it holds (paths). */
interface Chunk { name: string; code: string; isEntry: boolean; imports: string[]; modules: string[] }

/** Splits chunks into those the entry loads statically and the rest. */
function split(chunks: Chunk[]): Bundle {
  const byName = new Map(chunks.map((c) => [c.name, c]));
  const closure = (names: Iterable<string>): Set<string> => {
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const imp of byName.get(name)?.imports ?? []) visit(imp);
    };
    for (const name of names) visit(name);
    return seen;
  };
  const eager = closure(chunks.filter((c) => c.isEntry).map((c) => c.name));
  const text = (names: Set<string>): string => chunks.filter((c) => names.has(c.name)).map((c) => c.code).join('\n');
  return {
    eager: text(eager),
    lazy: chunks.filter((c) => !eager.has(c.name)).map((c) => c.code),
    loaded: (modules) => text(closure([...eager, ...chunks.filter((c) => c.modules.some((m) => modules.some((s) => m.endsWith(s)))).map((c) => c.name)])),
  };
}

const BUILD: Record<Bundler, (entry: string, dir: string) => Promise<Bundle>> = {
  async esbuild(entry, dir) {
    const result = await esbuild({
      entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', splitting: true,
      outdir: join(dir, 'out'), write: false, metafile: true, logLevel: 'silent',
    });
    const meta = result.metafile.outputs;
    return split(result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => {
      const name = Object.keys(meta).find((k) => f.path.endsWith(k))!;
      // Dynamically imported modules are entry points too in esbuild's metafile: the probe is the page's entry.
      const out = meta[name]!;
      return {
        name, code: f.text, isEntry: out.entryPoint?.endsWith('probe.js') === true,
        imports: out.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
        modules: [...(out.entryPoint === undefined ? [] : [out.entryPoint]), ...Object.keys(out.inputs)],
      };
    }));
  },

  async rollup(entry) {
    const b = await rollup({
      input: entry,
      plugins: [nodeResolve({ browser: true }), terser({ module: true, format: { comments: false } })],
      onwarn: () => undefined,
    });
    const { output } = await b.generate({ format: 'es' });
    await b.close();
    return split(output.filter((o): o is OutputChunk => o.type === 'chunk').map((c) => ({ name: c.fileName, code: c.code, isEntry: c.isEntry, imports: c.imports, modules: c.moduleIds })));
  },

  async vite(entry, dir) {
    const { build } = await import('vite');
    // Library mode keeps the probe's exports (an app build would drop them, and with them the code they keep).
    const out = await build({
      configFile: false, root: dir, logLevel: 'silent',
      build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'probe' }, emptyOutDir: false },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; fileName: string; code?: string; isEntry?: boolean; imports?: string[]; moduleIds?: string[] }> }>;
    return split(outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk').map((c) => ({ name: c.fileName, code: c.code!, isEntry: c.isEntry!, imports: c.imports!, modules: c.moduleIds ?? [] })));
  },

  async webpack(entry, dir) {
    const { default: webpack } = await import('webpack');
    const path = join(dir, 'out');
    mkdirSync(path);
    const stats = await new Promise<import('webpack').Stats>((done, fail) =>
      webpack({
        mode: 'production', target: 'web', entry, context: dir, devtool: false,
        output: { path, module: true, library: { type: 'module' }, chunkFilename: '[name].chunk.js', filename: 'probe.js' },
        experiments: { outputModule: true },
        resolve: { conditionNames: ['browser', 'import', 'module', 'default'] },
        performance: { hints: false },
      }, (err, s) => (err || s === undefined ? fail(err ?? new Error('webpack: no stats')) : s.hasErrors() ? fail(new Error(s.toString('errors-only'))) : done(s))),
    );
    void stats;
    // webpack inlines its runtime into the entry; lazy chunks are the other files.
    const files = readdirSync(path).filter((f) => f.endsWith('.js'));
    return { eager: readFileSync(join(path, 'probe.js'), 'utf8'), lazy: files.filter((f) => f !== 'probe.js').map((f) => readFileSync(join(path, f), 'utf8')) };
  },
};

/** A few strings that only survive minification when a piece of code is in the bundle. */
export const MARKERS = {
  /** zod's class registry names (`$constructor("$ZodObject", …)`): any schema at all. */
  schema: /\$ZodType|\$ZodObject/,
  /**
   * The submission operations' call parts (their response schemas), found by their success responses'
   * descriptions, which only those hold. The SDK loads each on the operation's first call; what stays in every
   * client is the routes table (method and path of every operation, core's `routes`, about 0.7 kB gzip, so a
   * read is sent while its schema loads) and the synchronous argument check of each method (a few hundred bytes
   * that name `applications.submit` in their error messages): neither is counted as submission code.
   */
  submission: /The case was created|The file was stored|The stored evaluation/,
  /** The local search engine (`@zwfw/search`), which `search.loadIndex()` imports lazily. */
  searchEngine: /@zwfw\/search: index version/,
} as const;
