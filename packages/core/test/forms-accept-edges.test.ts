// Edges of the material accept lists (forms/accept.ts): every extension the catalogue's file types name, blank
// and padded list entries, lists that allow several types, wildcards that only cover their own family, an
// empty accept list, a form field that is not a file field, and extensions read from the end of a name only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptedMimeTypes, acceptsType, fileExtension, materialFileRules, typeFromName } from '../src/forms/index.js';
import { DEFAULT_MATERIAL_ACCEPT } from '../src/schemas/index.js';
import type { FormSpec } from '../src/schemas/index.js';

describe('accept lists: extensions of every file type', () => {
  it('maps each listed extension to its MIME type', () => {
    assert.deepEqual(acceptedMimeTypes(['.jpeg']), ['image/jpeg']);
    assert.deepEqual(acceptedMimeTypes(['.png']), ['image/png']);
    assert.deepEqual(acceptedMimeTypes(['.doc']), ['application/msword']);
    assert.deepEqual(acceptedMimeTypes(['.xls']), ['application/vnd.ms-excel']);
    assert.deepEqual(acceptedMimeTypes(['.xlsx']), ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    assert.deepEqual(acceptedMimeTypes(['.zip']), ['application/zip']);
  });

  it('suggests the MIME type of each extension from a file name', () => {
    assert.equal(typeFromName('照片.jpeg'), 'image/jpeg');
    assert.equal(typeFromName('照片.png'), 'image/png');
    assert.equal(typeFromName('申请书.doc'), 'application/msword');
    assert.equal(typeFromName('股东名册.xls'), 'application/vnd.ms-excel');
    assert.equal(typeFromName('股东名册.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(typeFromName('材料.zip'), 'application/zip');
  });

  it('an extension no type lists maps to nothing', () => {
    assert.deepEqual(acceptedMimeTypes(['.exe']), []);
    assert.equal(typeFromName('README'), undefined);
  });
});

describe('accept lists: entries as people write them', () => {
  it('trims padded entries, extensions and types alike', () => {
    assert.deepEqual(acceptedMimeTypes([' .pdf ']), ['application/pdf']);
    assert.deepEqual(acceptedMimeTypes(['  image/png']), ['image/png']);
  });

  it('skips blank entries', () => {
    assert.deepEqual(acceptedMimeTypes(['', '   ']), []);
    assert.deepEqual(acceptedMimeTypes(['', '.pdf']), ['application/pdf']);
  });

  it('a list allows a type any one of its entries allows', () => {
    assert.equal(acceptsType(['application/pdf', 'image/png'], 'image/png'), true);
    assert.equal(acceptsType(['.pdf', '.jpg'], 'image/jpeg'), true);
  });

  it('an exact type allows only itself, not a type it begins with', () => {
    assert.equal(acceptsType(['text/html'], 'text/htm'), false);
    assert.equal(acceptsType(['application/pdfx'], 'application/pdf'), false);
  });

  it('a wildcard covers its own family only', () => {
    assert.equal(acceptsType(['image/*'], 'image/jpeg'), true);
    assert.equal(acceptsType(['image/*'], 'imagex/png'), false);
    assert.equal(acceptsType(['image/*'], 'image'), false);
  });
});

describe('file extensions', () => {
  it('reads the extension at the end of the name only', () => {
    assert.equal(fileExtension('report.v2.pdf'), '.pdf');
    assert.equal(fileExtension('archive.tar.gz'), '.gz');
    assert.equal(fileExtension('scan.pdf.part1'), '.part1');
    assert.equal(fileExtension('scan.pdf~'), '');
    assert.equal(typeFromName('scan.pdf.bak'), undefined);
  });
});

describe('materialFileRules: where the accept list comes from', () => {
  it('an empty accept list means the defaults', () => {
    assert.deepEqual(materialFileRules({ materialId: 'm', accept: [] }).accept, DEFAULT_MATERIAL_ACCEPT);
    assert.deepEqual(materialFileRules({ materialId: 'm', accept: [] }).accept, ['application/pdf', 'image/jpeg', 'image/png']);
  });

  it('only a file field lends its rules to the material', () => {
    // A stray materialId on a text field (a form not parsed by FormSpecSchema) is not the material's file field.
    const form = {
      sections: [{ id: 's', title: 's', fields: [
        { id: 'note', label: '说明', kind: 'text', materialId: 'licence', accept: ['.zip'], maxSizeMb: 1 },
        { id: 'licence', label: '许可证', kind: 'file', materialId: 'licence', accept: ['.ofd'], maxSizeMb: 5 },
      ] }],
    } as unknown as Pick<FormSpec, 'sections'>;
    assert.deepEqual(materialFileRules({ materialId: 'licence' }, form), { accept: ['.ofd'], maxSizeMb: 5, maxBytes: 5 * 1024 * 1024 });
  });
});
