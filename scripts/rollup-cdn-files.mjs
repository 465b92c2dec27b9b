// Rollup plugin for the CDN bundles: beside each entry `name.js` a copy named for the package version
// (`name-0.1.0.js`: a page that pins a release can cache it forever, and its integrity hash never changes;
// the lazy chunks are content-hashed already), and `sri.json` with the Subresource Integrity hash of every
// entry and chunk; the build prints the entries' hashes, ready for <script type="module" integrity="…" crossorigin>.
import { createHash } from 'node:crypto';

/** The sha384 Subresource Integrity value of a file's contents. */
export const sri = (source) => `sha384-${createHash('sha384').update(source).digest('base64')}`;

/** @param {{ version: string, sriFile?: string, log?: (line: string) => void }} options */
export function cdnFiles({ version, sriFile = 'sri.json', log = (line) => console.log(line) }) {
  return {
    name: 'zwfw-cdn-files',
    generateBundle(output, bundle) {
      const entries = {};
      const chunks = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        if (!file.isEntry) {
          chunks[file.fileName] = sri(file.code);
          continue;
        }
        const versioned = file.fileName.replace(/\.js$/, `-${version}.js`);
        this.emitFile({ type: 'asset', fileName: versioned, source: file.code });
        entries[file.fileName] = sri(file.code);
        entries[versioned] = entries[file.fileName];
      }
      // The chunks too: an entry's integrity covers the entry alone, not the chunks it imports (a page can pin
      // those with <link rel="modulepreload" integrity> or an import map's "integrity").
      this.emitFile({ type: 'asset', fileName: sriFile, source: `${JSON.stringify({ ...entries, ...chunks }, null, 2)}\n` });
      for (const [name, hash] of Object.entries(entries)) log(`[cdn] ${output.dir ?? ''}/${name} integrity="${hash}"`);
    },
  };
}
