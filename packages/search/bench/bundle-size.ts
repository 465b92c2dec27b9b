/**
 * Size of the browser query code: `src/index.ts` bundled with esbuild (ESM, minified, tree-shaken), then gzip -9.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export interface BundleSize {
  raw: number;
  gzip: number;
  /** Node built-ins or build-time libraries that leaked into the browser bundle (must be empty). */
  forbidden: string[];
}

export async function browserBundleSize(): Promise<BundleSize> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const forbidden = Object.keys(result.metafile.inputs).filter((p) => /node_modules|^node:/.test(p));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, forbidden };
}
