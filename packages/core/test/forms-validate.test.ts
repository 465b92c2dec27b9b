// validateFormValues and validateMaterials at their edges: bounds met exactly, repeats that are optional or
// have a minimum, uploads owed as materials, numbers compared within rounding, anchored patterns and e-mail
// addresses, numeric options, and materials of one matter in a bundle. Expected issues are written out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FormSpecSchema, validateFormValues, validateMaterials, type FormSpec } from '../src/index.js';

const MATTER = '11110000000000000X4442111800001';
const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path} ${i.code}`);
const form = (fields: unknown[], extra: Record<string, unknown> = {}): FormSpec =>
  FormSpecSchema.parse({ id: 'f', version: '1', title: '表', matterCode: MATTER, materials: [], sections: [{ id: 's', title: '节', fields }], ...extra });
const check = (spec: FormSpec, values: unknown) => codes(validateFormValues(spec, values, { today: '2026-11-22' }));

describe('bounds are inclusive', () => {
  const spec = form([
    { id: 'n', label: '数', kind: 'number', min: 10, max: 500 },
    { id: 'd', label: '日', kind: 'date', min: '2020-01-01', max: '2030-12-31' },
    { id: 't', label: '文', kind: 'text', minLength: 3, maxLength: 5 },
    { id: 'r', label: '项', kind: 'repeat', minItems: 2, maxItems: 3, itemFields: [{ id: 'x', label: 'x', kind: 'text' }] },
  ]);
  it('values on the bounds pass, one past them fail', () => {
    assert.deepEqual(check(spec, { n: 10, d: '2020-01-01', t: '张三李', r: [{}, {}] }), []);
    assert.deepEqual(check(spec, { n: 500, d: '2030-12-31', t: '张三李四王', r: [{}, {}, {}] }), []);
    assert.deepEqual(check(spec, { n: 9.99, d: '2019-12-31', t: '张三', r: [{}] }), ['/values/n min', '/values/d min', '/values/t min_length', '/values/r min_items']);
    assert.deepEqual(check(spec, { n: 500.01, d: '2031-01-01', t: '张三李四王五', r: [{}, {}, {}, {}] }), ['/values/n max', '/values/d max', '/values/t max_length', '/values/r max_items']);
  });
  it('text length counts characters, not UTF-16 units', () => {
    assert.deepEqual(check(spec, { t: '𠀀𠀁𠀂𠀃𠀄', r: [{}, {}] }), []);
  });
  it('a number that is not finite is no number', () => {
    assert.deepEqual(check(spec, { n: Number.NaN, r: [{}, {}] }), ['/values/n type']);
  });
});

describe('messages, pointers and kinds', () => {
  it('pointers start with the given prefix', () => {
    const spec = form([{ id: 'a.b', label: '甲', kind: 'text', required: true }]);
    assert.deepEqual(codes(validateFormValues(spec, {}, { prefix: '/draft' })), ['/draft/a/b required']);
  });
  it('a lower bound says "or more", an upper bound "or less"; a repeat that is no list says so', () => {
    const spec = form([{ id: 'n', label: '数', kind: 'number', min: 10, max: 20 }, { id: 'r', label: '项', kind: 'repeat', itemFields: [{ id: 'x', label: 'x', kind: 'text' }] }]);
    const low = validateFormValues(spec, { n: 5, r: 'x' });
    assert.match(low[0]!.message.en, /数 must be 10 or more/);
    assert.match(low[1]!.message.en, /项 must be a list/);
    assert.match(validateFormValues(spec, { n: 25 })[0]!.message.en, /数 must be 20 or less/);
    const dates = form([{ id: 'd', label: '日', kind: 'date', min: '2020-01-01', max: '2020-12-31' }]);
    assert.match(validateFormValues(dates, { d: '2019-01-01' })[0]!.message.en, /or more/);
    assert.match(validateFormValues(dates, { d: '2021-01-01' })[0]!.message.en, /or less/);
  });
  it('a number field is not bounded by text bounds', () => {
    assert.deepEqual(check(form([{ id: 'n', label: '数', kind: 'number', min: '10', max: '2' }]), { n: 5 }), []);
  });
  it('radio buttons take only their options', () => {
    const spec = form([{ id: 'r', label: '选', kind: 'radio', options: [{ value: 'a', label: '甲' }] }]);
    assert.deepEqual(check(spec, { r: 'a' }), []);
    assert.deepEqual(check(spec, { r: 'b' }), ['/values/r option']);
  });
  it('patterns are read as Unicode patterns', () => {
    const spec = form([{ id: 'p', label: '名', kind: 'text', pattern: '\\p{Script=Han}{2,4}' }]);
    assert.deepEqual(check(spec, { p: '张三' }), []);
    assert.deepEqual(check(spec, { p: 'ab' }), ['/values/p pattern']);
  });
  it('an item field hidden by its item\'s rule is not checked', () => {
    const spec = form([{ id: 'r', label: '项', kind: 'repeat', itemFields: [
      { id: 'type', label: '类', kind: 'text' },
      { id: 'code', label: '码', kind: 'text', required: true, rules: [{ effect: 'show', when: { field: 'type', equals: '企业' } }] },
    ] }]);
    assert.deepEqual(check(spec, { r: [{ type: '个人' }, { type: '企业' }] }), ['/values/r/1/code required']);
  });
});

describe('repeats', () => {
  it('an optional repeat may be empty; one with a minimum may not, even when not required', () => {
    const item = [{ id: 'x', label: 'x', kind: 'text' }];
    assert.deepEqual(check(form([{ id: 'r', label: '项', kind: 'repeat', itemFields: item }]), {}), []);
    assert.deepEqual(check(form([{ id: 'r', label: '项', kind: 'repeat', minItems: 0, itemFields: item }]), { r: [] }), []);
    assert.deepEqual(check(form([{ id: 'r', label: '项', kind: 'repeat', minItems: 1, itemFields: item }]), { r: [] }), ['/values/r required']);
  });
  it('item fields that must agree are named by their item labels', () => {
    const spec = form([{ id: 'r', label: '项', kind: 'repeat', itemFields: [
      { id: 'a', label: '甲', kind: 'text' }, { id: 'b', label: '乙', kind: 'text', equalsField: 'a' },
    ] }]);
    const issues = validateFormValues(spec, { r: [{ a: 'x', b: ' x ' }, { a: 'x', b: 'y' }] });
    assert.deepEqual(codes(issues), ['/values/r/1/b not_equal']);
    assert.match(issues[0]!.message['zh-CN'], /“乙”应等于“甲”/);
  });
});

describe('fields that must agree', () => {
  const spec = form([{ id: 'a', label: '甲', kind: 'money' }, { id: 'b', label: '乙', kind: 'money', equalsField: 'a' }]);
  it('numbers agree within rounding, relative to their size', () => {
    assert.deepEqual(check(spec, { a: 0.3, b: 0.1 + 0.2 }), []);
    assert.deepEqual(check(spec, { a: 1e12, b: 1e12 + 0.0001 }), []);
    assert.deepEqual(check(spec, { a: 5, b: 5 }), []);
    assert.deepEqual(check(spec, { a: 5, b: -5 }), ['/values/b not_equal']);
    assert.deepEqual(check(spec, { a: 1e12, b: 1e12 + 1e4 }), ['/values/b not_equal']);
    assert.deepEqual(check(spec, { a: 1, b: 1.00001 }), ['/values/b not_equal']);
  });
  it('a number and its text are not the same value', () => {
    const text = form([{ id: 'a', label: '甲', kind: 'text' }, { id: 'b', label: '乙', kind: 'number', equalsField: 'a' }]);
    assert.deepEqual(check(text, { a: '5', b: 5 }), ['/values/b not_equal']);
  });
});

describe('uploads, options, e-mail, patterns, checkboxes', () => {
  it('an upload owed as a material is not required here; one that is no material is', () => {
    const spec = form([
      { id: 'scan', label: '扫描件', kind: 'file', required: true, materialId: 'licence' },
      { id: 'photo', label: '照片', kind: 'file', required: true },
    ], { materials: [{ materialId: 'licence', necessity: 'required', toleranceAllowed: false }] });
    assert.deepEqual(check(spec, {}), ['/values/photo required']);
    assert.deepEqual(check(spec, { scan: [''], photo: ['ref-1', 'ref-2'] }), ['/values/scan type']);
    assert.deepEqual(check(spec, { scan: 'ref-1', photo: 7 }), ['/values/photo type']);
  });
  it('a numeric option matches its number or its text', () => {
    const spec = form([
      { id: 'one', label: '单', kind: 'select', options: [{ value: 1, label: '一' }, { value: 2, label: '二' }] },
      { id: 'many', label: '多', kind: 'multiselect', options: [{ value: 1, label: '一' }, { value: 2, label: '二' }] },
    ]);
    assert.deepEqual(check(spec, { one: '2', many: [1, '2'] }), []);
    assert.deepEqual(check(spec, { one: 3, many: [1, 3] }), ['/values/one option', '/values/many option']);
    assert.deepEqual(check(spec, { many: 1 }), ['/values/many option']);
  });
  it('an e-mail address is the whole value', () => {
    const spec = form([{ id: 'e', label: '邮箱', kind: 'email', maxLength: 20 }]);
    assert.deepEqual(check(spec, { e: 'a@b.cn' }), []);
    for (const bad of ['write to a@b.cn', 'a@b.cn please', 'a@b', 7]) assert.deepEqual(check(spec, { e: bad }), ['/values/e type'], String(bad));
    assert.deepEqual(check(spec, { e: 'someone@example.com.cn' }), ['/values/e max_length']);
  });
  it('a pattern must match the whole value, alternatives included', () => {
    const spec = form([{ id: 'p', label: '码', kind: 'text', pattern: 'a|bc' }]);
    assert.deepEqual(check(spec, { p: 'a' }), []);
    assert.deepEqual(check(spec, { p: 'bc' }), []);
    for (const bad of ['ab', 'abc', 'xbc']) assert.deepEqual(check(spec, { p: bad }), ['/values/p pattern'], bad);
  });
  it('an unticked box answers an optional checkbox and fails a required one', () => {
    const spec = form([{ id: 'ok', label: '同意', kind: 'checkbox', required: true }, { id: 'news', label: '订阅', kind: 'checkbox' }]);
    assert.deepEqual(check(spec, { ok: false, news: false }), ['/values/ok required']);
    assert.deepEqual(check(spec, { ok: true, news: 'no' }), ['/values/news type']);
  });
  it('text kinds refuse what is not text', () => {
    assert.deepEqual(check(form([{ id: 't', label: '文', kind: 'textarea' }]), { t: 5 }), ['/values/t type']);
  });
});

describe('materials', () => {
  it('in a bundle a material belongs to its matter', () => {
    const spec = form([{ id: 't', label: '文', kind: 'text' }], {
      materials: [{ materialId: 'id-card', matterCode: 'M1', necessity: 'required', toleranceAllowed: false }, { materialId: 'photo', necessity: 'optional', toleranceAllowed: false }],
    });
    assert.deepEqual(validateMaterials(spec, [{ materialId: 'id-card', matterCode: 'M1', status: 'provided' }]), []);
    assert.deepEqual(codes(validateMaterials(spec, [{ materialId: 'id-card', status: 'provided' }])), ['/materials/0/materialId material_unknown', '/materials material_missing']);
  });
  it('an e-licence is refused unless the caller allows it for that material and matter', () => {
    const spec = form([{ id: 't', label: '文', kind: 'text' }], { materials: [{ materialId: 'licence', matterCode: 'M1', necessity: 'required', toleranceAllowed: false }] });
    const asked: unknown[] = [];
    const allow = (id: string, matter: string | undefined) => { asked.push([id, matter]); return true; };
    assert.deepEqual(validateMaterials(spec, [{ materialId: 'licence', matterCode: 'M1', status: 'eLicense' }], { eLicenseAllowed: allow }), []);
    assert.deepEqual(asked, [['licence', 'M1']]);
  });
  it('a form without a commitment text takes any signed commitment', () => {
    const spec = { ...form([{ id: 't', label: '文', kind: 'text' }]), materials: [{ materialId: 'lease', necessity: 'tolerance', toleranceAllowed: true }] } as FormSpec;
    assert.deepEqual(validateMaterials(spec, [{ materialId: 'lease', status: 'tolerance' }], { commitment: { textVersion: 'any' } as never }), []);
  });
});
