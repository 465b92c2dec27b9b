// Owns the sample-data pipeline: reads every data file of packages/server/data through its schema (a bad file
// stops here with its path and the JSON Pointer of the problem), then rewrites the derived copies.
//   npm run gen:sample
import { readFileSync, writeFileSync } from 'node:fs';
import { generateCatalogue } from '../src/catalogue/index.js';
import { sampleCopies } from '../src/catalogue/sample-copies.js';

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const catalogue = generateCatalogue();
for (const copy of sampleCopies()) {
  const same = read(copy.path) === copy.text;
  if (!same) writeFileSync(copy.path, copy.text);
  console.log(`${same ? 'unchanged' : 'wrote    '} ${copy.path}`);
}
console.log(`sample catalogue: ${catalogue.matters.length} matters, ${catalogue.forms.length} forms, ${catalogue.bundles.length} bundles`);
