import type { BuildOptions } from 'esbuild';

/** How the benches bundle the elements for Chromium: what a page gets from a production build. */
export const BROWSER_BUILD = {
  bundle: true,
  format: 'esm',
  write: false,
  minify: true,
  platform: 'browser',
  target: 'es2022',
  conditions: ['production', 'browser'],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  logLevel: 'error',
} as const satisfies BuildOptions;
