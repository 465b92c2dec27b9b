// The accept lists of form materials: MIME types and extensions read alike by the SDK and the server, and
// where a material's file rules come from (its own, the form's file field, the defaults).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptedMimeTypes, acceptsType, fileExtension, materialFileRules, typeFromName } from '../src/forms/index.js';
import { DEFAULT_MATERIAL_ACCEPT, exampleFormSpec } from '../src/schemas/index.js';

describe('material accept lists', () => {
  it('maps extensions to MIME types and honours type wildcards', () => {
    assert.deepEqual(acceptedMimeTypes(['.PDF', '.jpg', 'image/png']), ['application/pdf', 'image/jpeg', 'image/png']);
    assert.equal(acceptsType(['.docx'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), true);
    assert.equal(acceptsType(['image/*'], 'image/png'), true);
    assert.equal(acceptsType(['image/*'], 'application/pdf'), false);
    assert.equal(acceptsType(['application/pdf'], 'APPLICATION/PDF'), true);
    assert.equal(acceptsType(['.ofd'], 'application/zip'), false);
  });
  it('reads a type from a name only as a hint', () => {
    assert.equal(fileExtension('扫描件.最终.JPEG'), '.jpeg');
    assert.equal(fileExtension('README'), '');
    assert.equal(typeFromName('a.ofd'), 'application/ofd');
    assert.equal(typeFromName('a.exe'), undefined);
  });
  it("takes a material's own rules, else its form file field's, else the defaults", () => {
    assert.deepEqual(materialFileRules({ materialId: 'x', accept: ['.pdf'], maxSizeMb: 2 }), { accept: ['.pdf'], maxSizeMb: 2, maxBytes: 2 * 1024 * 1024 });
    const viaField = materialFileRules({ materialId: 'safety-rules' }, exampleFormSpec);
    assert.deepEqual(viaField.accept, ['application/pdf']);
    assert.equal(viaField.maxSizeMb, 20);
    const plain = materialFileRules({ materialId: 'no-field' }, exampleFormSpec);
    assert.deepEqual(plain.accept, DEFAULT_MATERIAL_ACCEPT);
    assert.equal(plain.maxBytes, 10 * 1024 * 1024);
  });
});
