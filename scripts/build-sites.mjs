// Builds the demo sites' own pages the reference server serves (/sites/sdk/, /sites/react/, /sites/vue/) with
// esbuild, as a site's bundler would: React and Vue ship CommonJS and `process.env` checks that esbuild handles
// without extra rollup plugins. The elements and the SDK come from their built packages (tsc -b first).
import { build } from 'esbuild';

const PAGES = [
  { entry: 'packages/sdk/examples/page/page.ts', outdir: 'packages/server/public/sites/sdk' },
  { entry: 'packages/elements/examples/react/page.tsx', outdir: 'packages/server/public/sites/react', jsxImportSource: 'react' },
  { entry: 'packages/elements/examples/vue/page.tsx', outdir: 'packages/server/public/sites/vue', jsxImportSource: 'vue' },
];

export async function buildSites() {
  for (const page of PAGES) {
    await build({
      // Split, so the lazy parts (the search engine, DOMPurify, the list virtualizer) load only when used.
      entryPoints: { page: page.entry }, outdir: page.outdir, splitting: true, chunkNames: 'chunks/[name]-[hash]',
      bundle: true, format: 'esm', target: 'es2022', minify: true,
      // Maps without the sources inlined: small enough to ship in the server's tarball beside the pages.
      sourcemap: true, sourcesContent: false, legalComments: 'none', logLevel: 'warning', conditions: ['production', 'browser'],
      ...(page.jsxImportSource ? { jsx: 'automatic', jsxImportSource: page.jsxImportSource } : {}),
      define: {
        'process.env.NODE_ENV': '"production"',
        // Vue's compile-time flags for a runtime-only, production build.
        __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
  }
  return PAGES.map((p) => `${p.outdir}/page.js`);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`built ${(await buildSites()).join(', ')}`);
