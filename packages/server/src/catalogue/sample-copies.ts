import { fileURLToPath } from 'node:url';
import { DATA_DIR } from './data-files.js';
import { SHARED_MATTER_LIST } from './matter-list.js';

// Copies derived from the sample data, owned by `npm run gen:sample` (scripts/gen-sample.ts). A test asserts
// each file on disk equals what this returns, so a hand edit of a copy fails instead of drifting.

/** One derived file: where it lives and what it must contain. */
export interface SampleCopy {
  readonly path: string;
  readonly text: string;
}

/** A JSON array with one row per line: diffs stay readable, and it is still plain JSON. */
export function jsonRows(rows: readonly unknown[]): string {
  return `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`;
}

/** Every derived copy of the sample data, from the validated sources. */
export function sampleCopies(): SampleCopy[] {
  return [
    // The search evaluation judges its queries against the same matter names; the search package must not
    // read the server's files, so it keeps a copy.
    { path: fileURLToPath(new URL('../../search/eval/data/catalogue.json', DATA_DIR)), text: jsonRows(SHARED_MATTER_LIST) },
  ];
}
