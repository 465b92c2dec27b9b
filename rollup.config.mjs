// Browser bundles. Library ESM comes from `tsc -b` (packages/*/dist); rollup adds the self-contained files a
// webmaster pastes into a CMS page with one <script type="module"> tag.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cdnFiles } from './scripts/rollup-cdn-files.mjs';

const versionOf = (pkg) => JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8')).version;

// zod's comment annotations and internal cycles are harmless; everything else must stay visible.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

const cdn = (pkg, input, sriFile = 'sri.json') => ({
  input: typeof input === 'string' ? `packages/${pkg}/src/${input}` : input,
  onwarn,
  plugins: [
    elementEntries,
    nodeResolve({ browser: true, exportConditions: ['production', 'browser'] }),
    esbuild({ tsconfig: `packages/${pkg}/tsconfig.json`, target: 'es2022' }),
    terser({ module: true, format: { comments: false } }),
    // Versioned copies of the entries and their SRI hashes (sri.json, printed).
    cdnFiles({ version: versionOf(pkg), sriFile }),
  ],
});

// One CDN entry per element (`zwfw-<name>.js`): the SDK's strict-CSP prelude, then that element's define
// module. Virtual modules, so that src/ keeps one define file per element.
const COMPONENTS = readdirSync('packages/elements/src/components');
const ELEMENT_ENTRY = 'zwfw-cdn-element:';
const elementEntries = {
  name: 'zwfw-cdn-element-entries',
  resolveId: (id) => (id.startsWith(ELEMENT_ENTRY) ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith(`\0${ELEMENT_ENTRY}`)) return null;
    const define = resolve('packages/elements/src/components', id.slice(ELEMENT_ENTRY.length + 1), 'define.ts');
    return `import '@zwfw/sdk/strict-csp';\nimport ${JSON.stringify(define)};\n`;
  },
};

// The elements bundle the reference server serves (/cdn/zwfw-elements.js): what `npm start` builds, alone.
const served = 'packages/server/public/cdn';

// The CDN maps map to the packages' own src/ (shipped beside them), without embedding every source file:
// with sources inlined they weighed over a megabyte each in the npm tarballs.
const esOutput = (dir, entryFileNames) => ({
  // Chunks are named without the `zwfw-` prefix, which names elements (and their entries) only.
  dir, entryFileNames, chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/^zwfw-/, '')}-[hash].js`, format: 'es', sourcemap: true, sourcemapExcludeSources: true,
});

/** `rollup -c` builds every bundle; `rollup -c --configServed` only the one the server serves (scripts/start.mjs). */
export default (args = {}) => {
  const elements = (dirs) => ({
    ...cdn('elements', 'cdn.ts'),
    // Lazy parts (the search engine, the list virtualizer, DOMPurify) stay in chunks beside the entry, loaded
    // only by pages that need them.
    output: dirs.map((dir) => esOutput(dir, 'zwfw-elements.js')),
  });
  if (args.configServed) return [elements([served])];
  return [
    // The SDK alone, for pages that call the API without the elements; lazy chunks (the search engine) beside it.
    { ...cdn('sdk', 'cdn.ts'), output: esOutput('packages/sdk/dist/cdn', 'zwfw-sdk.js') },
    // Every element and the SDK; a copy goes to the reference server's demo pages.
    elements(['packages/elements/dist/cdn', served]),
    // The same, self-contained: one file with the lazy parts inlined, nothing else fetched, so its integrity hash
    // covers every line it runs (docs/cdn.md lists each file's size and hash).
    {
      ...cdn('elements', 'cdn.ts', 'sri-bundle.json'),
      output: { ...esOutput('packages/elements/dist/cdn', 'zwfw-elements.all.js'), inlineDynamicImports: true },
    },
    // The autoloader and one entry per element, sharing chunks among themselves (not with the file above: a
    // page uses one or the other).
    {
      ...cdn('elements', {
        'zwfw-elements.autoload': 'packages/elements/src/cdn-autoload.ts',
        ...Object.fromEntries(COMPONENTS.map((name) => [`zwfw-${name}`, `${ELEMENT_ENTRY}${name}`])),
      }, 'sri-autoload.json'),
      output: esOutput('packages/elements/dist/cdn', '[name].js'),
    },
  ];
};
