// Edges of fieldOfPointer (forms/pointers.ts): escaped tokens (~1 and ~0 are not dropped), pointers under
// another prefix, item indexes of several digits, an index after a field that is not a repeat, item field ids
// with dots, a repeat that lists no item fields, a bare /applicant pointer, and /applicant/* pointers decided by
// the values when they are given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldOfPointer, FormSpecSchema, type FormSpec } from '../src/index.js';

const spec = FormSpecSchema.parse({
  id: 'f', version: '1', title: 't', matterCode: 'm1', materials: [],
  sections: [
    { id: 'who', title: '申请人', fields: [
      { id: 'applicant.name', label: '姓名', kind: 'text' },
      { id: 'applicant.idNumber', label: '身份证号', kind: 'idCard' },
      { id: 'legalRep.name', label: '法定代表人', kind: 'text' },
      { id: 'legalRep.idNumber', label: '法定代表人身份证号', kind: 'idCard' },
    ] },
    { id: 'company', title: '企业', fields: [
      { id: 'company.name', label: '名称', kind: 'text' },
      { id: 'ab', label: 'ab', kind: 'text' },
      { id: 'shareholders', label: '股东', kind: 'repeat', itemFields: [
        { id: 'name', label: '姓名', kind: 'text' },
        { id: 'address.city', label: '城市', kind: 'text' },
        { id: 'xy', label: 'xy', kind: 'text' },
      ] },
    ] },
  ],
});

describe('fieldOfPointer: tokens and prefixes', () => {
  it('finds a field of a later section', () => {
    assert.deepEqual(fieldOfPointer(spec, '/values/company/name'), { path: 'company.name', sectionId: 'company' });
  });

  it('unescapes ~1 and ~0 rather than dropping them', () => {
    assert.equal(fieldOfPointer(spec, '/values/a~1b'), undefined);
    assert.equal(fieldOfPointer(spec, '/values/a~0b'), undefined);
    assert.equal(fieldOfPointer(spec, '/values/shareholders/0/x~1y'), undefined);
  });

  it('a pointer under another prefix designates nothing', () => {
    assert.equal(fieldOfPointer(spec, '/other1/company/name'), undefined);
    assert.equal(fieldOfPointer(spec, '/valuesX/company/name'), undefined);
    assert.deepEqual(fieldOfPointer(spec, '/v/company/name', '/v'), { path: 'company.name', sectionId: 'company' });
  });
});

describe('fieldOfPointer: repeats', () => {
  it('reads an index of several digits', () => {
    assert.deepEqual(fieldOfPointer(spec, '/values/shareholders/12'), { path: 'shareholders', sectionId: 'company', index: 12 });
    assert.deepEqual(fieldOfPointer(spec, '/values/shareholders/10/name'), { path: 'shareholders', sectionId: 'company', index: 10, itemId: 'name' });
  });

  it('an index after a field that is not a repeat designates nothing', () => {
    assert.equal(fieldOfPointer(spec, '/values/company/name/0'), undefined);
    assert.equal(fieldOfPointer(spec, '/values/ab/0'), undefined);
  });

  it('joins the tokens of a dotted item field id with dots', () => {
    assert.deepEqual(fieldOfPointer(spec, '/values/shareholders/1/address/city'), { path: 'shareholders', sectionId: 'company', index: 1, itemId: 'address.city' });
    assert.equal(fieldOfPointer(spec, '/values/shareholders/1/x/y'), undefined);
  });

  it('a repeat that lists no item fields has no item field to designate', () => {
    // A spec not parsed by FormSpecSchema (which requires itemFields on a repeat).
    const loose = { sections: [{ id: 's', title: 's', fields: [{ id: 'rows', label: 'rows', kind: 'repeat' }] }] } as unknown as FormSpec;
    assert.equal(fieldOfPointer(loose, '/values/rows/0/x'), undefined);
    assert.deepEqual(fieldOfPointer(loose, '/values/rows/0'), { path: 'rows', sectionId: 's', index: 0 });
  });
});

describe('fieldOfPointer: /applicant pointers', () => {
  it('a bare /applicant pointer designates no field, even where values sit at the root', () => {
    const rooted = FormSpecSchema.parse({
      id: 'f', version: '1', title: 't', matterCode: 'm1', materials: [],
      sections: [{ id: 's', title: 's', fields: [{ id: 'applicant', label: '申请人', kind: 'text' }] }],
    });
    assert.equal(fieldOfPointer(rooted, '/applicant', ''), undefined);
    assert.equal(fieldOfPointer(spec, '/applicant'), undefined);
  });

  it('the values decide the source when given, else the spec', () => {
    const values = { legalRep: { name: '李四', idNumber: '110101199003071233' } };
    assert.deepEqual(fieldOfPointer(spec, '/applicant/name', '/values', values), { path: 'legalRep.name', sectionId: 'who' });
    assert.deepEqual(fieldOfPointer(spec, '/applicant/name'), { path: 'applicant.name', sectionId: 'who' });
  });
});
