// Edge cases of forms/values.ts (issue 18): what counts as empty (null, objects that merely carry a length),
// JSON pointers with the characters RFC 6901 escapes and the default /values prefix, writes into lists that do
// not exist yet, removals under a value that is not a group, storing an empty group on purpose, and reads that
// pass through null. Every expected value is written out by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getValueIn, isEmptyValue, setValueIn, valuePointer } from '../src/index.js';

describe('isEmptyValue: edges', () => {
  it('null is empty', () => {
    assert.equal(isEmptyValue(null), true);
    assert.equal(isEmptyValue(undefined), true);
  });

  it('an object is not empty, even one with a length of 0', () => {
    assert.equal(isEmptyValue({ length: 0 }), false);
    assert.equal(isEmptyValue({}), false);
    assert.equal(isEmptyValue(0), false);
    assert.equal(isEmptyValue(false), false);
  });
});

describe('valuePointer: edges', () => {
  it('points inside /values by default', () => {
    assert.equal(valuePointer('applicant.idNumber'), '/values/applicant/idNumber');
  });

  it('escapes ~ as ~0 and / as ~1 in each key', () => {
    assert.equal(valuePointer('a~b.c/d'), '/values/a~0b/c~1d');
    assert.equal(valuePointer('~/', '/x'), '/x/~0~1');
  });
});

describe('setValueIn: edges', () => {
  it('writing past the start of a missing list leaves the earlier slots unset', () => {
    const out = setValueIn({}, ['list', 1], 'x');
    const list = out['list'] as unknown[];
    assert.equal(Array.isArray(list), true);
    assert.equal(list.length, 2);
    assert.equal(list[0], undefined);
    assert.equal(0 in list, false);
    assert.equal(list[1], 'x');
  });

  it('a list index over a value that is not a list starts a new list', () => {
    const out = setValueIn({ list: 'odd' }, ['list', 2], 'x');
    const list = out['list'] as unknown[];
    assert.equal(list.length, 3);
    assert.equal(list[0], undefined);
    assert.equal(list[1], undefined);
    assert.equal(list[2], 'x');
  });

  it('removing a value below a plain value changes nothing', () => {
    assert.deepEqual(setValueIn({ a: 'x' }, ['a', 'b'], undefined), { a: 'x' });
    assert.deepEqual(setValueIn({ a: 3, c: 2 }, ['a', 'b', 'c'], undefined), { a: 3, c: 2 });
  });

  it('removing an item field of a list item clears it from that item', () => {
    const values = { list: [{ name: '甲', age: 3 }] };
    assert.deepEqual(setValueIn(values, ['list', 0, 'name'], undefined), { list: [{ age: 3 }] });
    assert.deepEqual(values, { list: [{ name: '甲', age: 3 }] });
  });

  it('an empty group written on purpose is stored', () => {
    assert.deepEqual(setValueIn({}, ['a'], {}), { a: {} });
    assert.deepEqual(setValueIn({ c: 1 }, ['a', 'b'], {}), { c: 1, a: { b: {} } });
  });
});

describe('getValueIn: edges', () => {
  it('a step through null reads as undefined', () => {
    assert.equal(getValueIn({ a: null }, ['a', 'b']), undefined);
    assert.equal(getValueIn(null, ['a']), undefined);
    assert.equal(getValueIn({ a: null }, ['a']), null);
  });
});
