/**
 * Size of the browser query code: `src/index.ts` bundled with esbuild (ESM, minified, tree-shaken, code
 * splitting on), then gzip -9. Only the entry chunk counts: that is what a page that only queries downloads.
 * Anything reached through a dynamic `import()` (a lazily loaded builder) lands in a separate chunk, and Node
 * built-ins are left external so such a chunk can be emitted; the check then fails if the entry chunk itself
 * pulls in a Node built-in or a build-time library.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export interface BundleSize {
  raw: number;
  gzip: number;
  /** Node built-ins or build-time libraries that leaked into the browser entry chunk (must be empty). */
  forbidden: string[];
}

export async function browserBundleSize(): Promise<BundleSize> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true,
    splitting: true,
    outdir: 'out',
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    external: ['node:*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint !== undefined);
  if (!entry) throw new Error('bundle-size: no entry chunk');
  const [path, meta] = entry;
  const code = result.outputFiles.find((f) => f.path.endsWith(path.replace(/^out\//, '/')))?.contents ?? new Uint8Array();
  const staticImports = meta.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path);
  const forbidden = [...Object.keys(meta.inputs), ...staticImports].filter((p) => /node_modules|^node:/.test(p));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, forbidden };
}
