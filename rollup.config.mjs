// Browser bundles. Library ESM comes from `tsc -b` (packages/*/dist); rollup adds the self-contained files a
// webmaster pastes into a CMS page with one <script type="module"> tag.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

// zod's comment annotations and internal cycles are harmless; everything else must stay visible.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

const cdn = (input, file, tsconfig) => ({
  input,
  onwarn,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production', 'browser'] }),
    esbuild({ tsconfig, target: 'es2022' }),
    terser({ module: true, format: { comments: false } }),
  ],
});

export default [
  // The SDK alone, for pages that call the API without the elements; lazy chunks (the search engine) beside it.
  {
    ...cdn('packages/sdk/src/cdn.ts', undefined, 'packages/sdk/tsconfig.json'),
    output: { dir: 'packages/sdk/dist/cdn', entryFileNames: 'zwfw-sdk.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
  },
  // Every element in one file; a copy goes to the reference server's demo pages (/cdn/zwfw-elements.js).
  {
    ...cdn('packages/elements/src/cdn.ts', undefined, 'packages/elements/tsconfig.json'),
    output: [
      // Lazy parts (the search engine, the list virtualizer, DOMPurify) stay in chunks beside the entry, loaded
      // only by pages that need them.
      ...['packages/elements/dist/cdn', 'packages/server/public/cdn'].map((dir) => ({
        dir, entryFileNames: 'zwfw-elements.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true,
      })),
    ],
  },
  // A page that uses the SDK from plain TypeScript (no elements), served by the reference server at /sites/sdk/.
  {
    ...cdn('packages/sdk/examples/page/page.ts', undefined, 'packages/sdk/examples/tsconfig.json'),
    output: { dir: 'packages/server/public/sites/sdk', entryFileNames: 'page.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
  },
];
