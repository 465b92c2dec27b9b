// The sample data files: checked on load with errors that name the file and the place, and the derived
// copies (npm run gen:sample) equal to what the sources yield.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DistrictSchema, MatterListSchema, loadDataFile, parseDataFile } from '../src/catalogue/data-files.js';
import { sampleCopies } from '../src/catalogue/sample-copies.js';

describe('sample data files', () => {
  it('every derived copy equals what npm run gen:sample writes from the sources', () => {
    const copies = sampleCopies();
    assert.ok(copies.length > 0);
    for (const copy of copies) {
      assert.ok(readFileSync(copy.path, 'utf8') === copy.text, `${copy.path} differs from its source: run npm run gen:sample`);
    }
  });

  it('a bad row is refused with the file name and the JSON Pointer of the problem', () => {
    const rows = loadDataFile('matter-list.json', MatterListSchema).slice(0, 3).map((r) => ({ ...r }));
    const bad = [...rows, { ...rows[0], type: 'permit' }];
    assert.throws(() => parseDataFile('data/matter-list.json', bad, MatterListSchema), (e: Error) => {
      assert.match(e.message, /^data\/matter-list\.json: \/3\/type: /);
      return true;
    });
  });

  it('an unknown field is refused rather than ignored', () => {
    const district = loadDataFile('district.json', DistrictSchema);
    assert.throws(
      () => parseDataFile('district.json', { ...district, web: { ...district.web, portl: 'x' } }, DistrictSchema),
      (e: Error) => /^district\.json: \/web: Unrecognized key/.test(e.message),
    );
  });

  it('a missing file is reported by its path', () => {
    assert.throws(() => loadDataFile('no-such-file.json', DistrictSchema), /no-such-file\.json: /);
  });
});
