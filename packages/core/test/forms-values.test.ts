import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getValueIn, setValueIn, validateFormValues, type FormSpec } from '../src/index.js';

test('setValueIn writes one item field of a repeat without touching the caller\'s values', () => {
  const values = { shareholders: [{ name: '甲' }], company: { name: 'x' } };
  const out = setValueIn(values, ['shareholders', 1, 'name'], '乙');
  assert.deepEqual(out, { shareholders: [{ name: '甲' }, { name: '乙' }], company: { name: 'x' } });
  assert.deepEqual(values, { shareholders: [{ name: '甲' }], company: { name: 'x' } });
  assert.equal(getValueIn(out, ['shareholders', 1, 'name']), '乙');
  assert.equal(getValueIn(out, ['shareholders', 5, 'name']), undefined);
  assert.equal(getValueIn('odd', ['a']), undefined);
});

test('setValueIn removes a value, and the group it leaves empty', () => {
  assert.deepEqual(setValueIn({ a: { b: 1 }, c: 2 }, ['a', 'b'], undefined), { c: 2 });
  assert.deepEqual(setValueIn({ a: { b: 1, d: 3 } }, ['a', 'b'], undefined), { a: { d: 3 } });
  assert.deepEqual(setValueIn({ c: 2 }, ['a', 'b'], undefined), { c: 2 });
});

test('a strict companyName field binds the naming rules; a plain one takes a registered name as it is', () => {
  const spec = (strict: boolean): FormSpec => ({
    id: 'f', version: '1', title: 't', matterCode: '11440000000000000X4000000000000', materials: [],
    sections: [{ id: 's', title: 's', fields: [{ id: 'company.name', label: '企业名称', kind: 'companyName', strict }] }],
  });
  const values = { company: { name: '天河科技' } }; // no 组织形式 at the end
  assert.deepEqual(validateFormValues(spec(false), values), []);
  const issues = validateFormValues(spec(true), values);
  assert.deepEqual(issues.map((i) => i.code), ['companyName_organization_form']);
  assert.match(issues[0]!.message['zh-CN'], /组织形式/);
  assert.deepEqual(validateFormValues(spec(true), { company: { name: '云溪市明湖示例科技有限公司' } }), []);
});
