// Edges of cleanFormValues (forms/clean.ts): values of kinds that hold lists but are not repeats, a field whose
// value is an object holding a later field's path (top level and inside repeat items), a repeat whose spec lists
// no item fields, and two fields that hide each other: the rounds never settle, and the bounded rounds end on
// an odd one, with both dropped (nothing unsettled is stored).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanFormValues, FormSpecSchema, type FormSpec } from '../src/index.js';

const parse = (fields: unknown[]) => FormSpecSchema.parse({
  id: 'f', version: '1', title: 't', matterCode: 'm1', materials: [], sections: [{ id: 's', title: 's', fields }],
});

describe('cleanFormValues: values kept as sent', () => {
  it('keeps the list of a multiselect as it is (only repeats have items)', () => {
    const spec = parse([{ id: 'scope', label: '经营范围', kind: 'multiselect', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }]);
    assert.deepEqual(cleanFormValues(spec, { scope: ['a', 'b'] }), { values: { scope: ['a', 'b'] }, dropped: [] });
  });

  it("keeps a field's object value when a later field inside it has no value", () => {
    const spec = parse([
      { id: 'site', label: '场所', kind: 'address' },
      { id: 'site.note', label: '场所说明', kind: 'text' },
    ]);
    assert.deepEqual(cleanFormValues(spec, { site: {} }), { values: { site: {} }, dropped: [] });
  });

  it('likewise inside a repeat item', () => {
    const spec = parse([{ id: 'rows', label: '明细', kind: 'repeat', itemFields: [
      { id: 'site', label: '场所', kind: 'address' },
      { id: 'site.note', label: '场所说明', kind: 'text' },
    ] }]);
    assert.deepEqual(cleanFormValues(spec, { rows: [{ site: {} }] }), { values: { rows: [{ site: {} }] }, dropped: [] });
  });

  it('a repeat whose spec lists no item fields keeps empty items', () => {
    // A spec not parsed by FormSpecSchema (which requires itemFields on a repeat).
    const loose = { sections: [{ id: 's', title: 's', fields: [{ id: 'rows', label: '明细', kind: 'repeat' }] }] } as unknown as FormSpec;
    assert.deepEqual(cleanFormValues(loose, { rows: [{ x: 1 }] }), { values: { rows: [{}] }, dropped: ['rows.0.x'] });
  });
});

describe('cleanFormValues: rules that never settle', () => {
  it('two fields each hidden while the other holds a value are both dropped', () => {
    const spec = parse([
      { id: 'a', label: 'A', kind: 'text', rules: [{ effect: 'hide', when: { field: 'b', notEmpty: true } }] },
      { id: 'b', label: 'B', kind: 'text', rules: [{ effect: 'hide', when: { field: 'a', notEmpty: true } }] },
    ]);
    assert.deepEqual(cleanFormValues(spec, { a: 'x', b: 'y' }), { values: {}, dropped: ['a', 'b'] });
    assert.deepEqual(cleanFormValues(spec, { a: 'x' }), { values: { a: 'x' }, dropped: [] });
  });
});
