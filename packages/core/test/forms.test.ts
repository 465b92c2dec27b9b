import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  exampleApplicationInput,
  exampleFormSpec,
  fieldState,
  validateFormValues,
  validateMaterials,
  type FormSpec,
} from '../src/index.js';

const TODAY = '2026-11-22';
const clone = <T>(v: T): T => structuredClone(v);
const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path} ${i.code}`);

describe('validateFormValues', () => {
  it('accepts the illustrative food-licence application', () => {
    assert.deepEqual(validateFormValues(exampleFormSpec, exampleApplicationInput.values, { today: TODAY }), []);
  });

  it('reports every failing field at once, with JSON pointers and validator reason codes', () => {
    const values = clone(exampleApplicationInput.values) as any;
    values.operator.creditCode = '91350200776049653B'; // bad GB 32100 check character
    values.operator.legalRepIdNumber = '110105194912310021'; // bad GB 11643 check digit
    delete values.operator.mobile;
    values.business.area = 0;
    values.business.categories = ['casino'];
    values.staff.managers[0].mobile = '12345';
    const issues = validateFormValues(exampleFormSpec, values, { today: TODAY });
    assert.deepEqual(codes(issues), [
      '/values/operator/creditCode creditCode_checksum',
      '/values/operator/legalRepIdNumber idCard_checksum',
      '/values/operator/mobile required',
      '/values/business/categories option',
      '/values/business/area min',
      '/values/staff/managers/0/mobile mobile_length',
    ]);
    assert.equal(issues.length, 6, JSON.stringify(codes(issues)));
    for (const i of issues) assert.ok(i.message['zh-CN'] && i.message.en, 'messages in every locale');
    assert.match(issues.find((i) => i.code === 'required')!.message['zh-CN'], /联系电话/);
  });

  it('a rule-revealed field is required only while its rule holds, and hidden values never block', () => {
    const values = clone(exampleApplicationInput.values) as any;
    values.business.online = true;
    const onlineIssues = validateFormValues(exampleFormSpec, values, { today: TODAY });
    assert.deepEqual(codes(onlineIssues), ['/values/business/website required']);
    values.business.online = false;
    values.business.website = 12; // wrong type, but the field is hidden now
    assert.deepEqual(validateFormValues(exampleFormSpec, values, { today: TODAY }), []);
  });

  it('checks repeat bounds', () => {
    const values = clone(exampleApplicationInput.values) as any;
    values.staff.managers = [];
    assert.deepEqual(codes(validateFormValues(exampleFormSpec, values, { today: TODAY })), ['/values/staff/managers required']);
    values.staff.managers = 'not a list';
    assert.deepEqual(codes(validateFormValues(exampleFormSpec, values, { today: TODAY })), ['/values/staff/managers type']);
  });

  it('treats hostile shapes as an empty form: every required field reported, none accepted', () => {
    const empty = codes(validateFormValues(exampleFormSpec, {}, { today: TODAY }));
    assert.ok(empty.length >= 10 && empty.every((c) => c.endsWith(' required')), empty.join('; '));
    for (const v of [null, 42, 'x', [], { operator: 'x' }]) {
      assert.deepEqual(codes(validateFormValues(exampleFormSpec, v, { today: TODAY })), empty, JSON.stringify(v));
    }
    // A scalar where a list of options belongs is refused at that field, the rest still reported as missing.
    const scalar = codes(validateFormValues(exampleFormSpec, { business: { categories: 'catering' } }, { today: TODAY }));
    assert.deepEqual(scalar, empty.map((c) => (c === '/values/business/categories required' ? '/values/business/categories option' : c)));
  });
});

describe('fieldState', () => {
  const spec: FormSpec = clone(exampleFormSpec);
  const website = spec.sections.flatMap((s) => s.fields).find((f) => f.id === 'business.website')!;
  it('follows show/require rules', () => {
    assert.deepEqual(fieldState(website, { business: { online: false } }), { visible: false, required: false, enabled: true });
    assert.equal(fieldState(website, { business: { online: true } }).visible, true);
  });
  it('hide and disable rules win over show and enable', () => {
    const field = { id: 'x', label: 'x', kind: 'text' as const, rules: [
      { effect: 'show' as const, when: { field: 'a', notEmpty: true as const } },
      { effect: 'hide' as const, when: { field: 'b', equals: true } },
      { effect: 'disable' as const, when: { field: 'c', in: ['1', 2] } },
    ] };
    assert.deepEqual(fieldState(field, { a: 'y' }), { visible: true, required: false, enabled: true });
    assert.equal(fieldState(field, { a: 'y', b: true }).visible, false);
    assert.equal(fieldState(field, { a: 'y', c: 1 }).enabled, false, 'loose scalar match: 1 matches "1"');
    assert.equal(fieldState(field, { a: '  ' }).visible, false, 'blank text is empty');
    assert.equal(fieldState(field, { a: 'y', c: 'x' }).enabled, true, 'a value outside the list does not match');
    assert.equal(fieldState(field, { a: 'y', c: '2' }).enabled, false, 'loose scalar match: "2" matches 2');
    assert.equal(fieldState(field, { a: 'y', b: 'true' }).visible, false, 'loose scalar match: "true" matches true');
  });
  it('enable rules enable only while one holds; a list value matches when any item does', () => {
    const field = { id: 'x', label: 'x', kind: 'text' as const, rules: [
      { effect: 'enable' as const, when: { field: 'kinds', equals: 'shop' } },
      { effect: 'require' as const, when: { field: 'kinds', in: ['bank', 'seal'] } },
    ] };
    assert.deepEqual(fieldState(field, {}), { visible: true, required: false, enabled: false });
    assert.deepEqual(fieldState(field, { kinds: ['café', 'shop'] }), { visible: true, required: false, enabled: true });
    assert.deepEqual(fieldState(field, { kinds: ['seal'] }), { visible: true, required: true, enabled: false });
    assert.deepEqual(fieldState(field, { kinds: ['café'] }), { visible: true, required: false, enabled: false });
    const odd = { id: 'y', label: 'y', kind: 'text' as const, rules: [
      { effect: 'show' as const, when: { field: 'v', in: ['null', '[object Object]'] } },
    ] };
    for (const v of [null, {}, { a: 1 }]) assert.equal(fieldState(odd, { v }).visible, false, `only scalars compare as text: ${JSON.stringify(v)}`);
    const box = { id: 'z', label: 'z', kind: 'text' as const, rules: [{ effect: 'show' as const, when: { field: 'agree', in: ['true'] } }] };
    assert.equal(fieldState(box, { agree: true }).visible, true, 'a checked box matches "true"');
    assert.equal(fieldState(box, { agree: false }).visible, false);
  });
});

describe('validateMaterials', () => {
  const eLicenseAllowed = (id: string) => ['business-license', 'legal-rep-id'].includes(id);

  it('accepts the example: provided, e-licence and 容缺 with a signed commitment on the current text', () => {
    assert.deepEqual(validateMaterials(exampleFormSpec, exampleApplicationInput.materials, { commitment: exampleApplicationInput.commitment, eLicenseAllowed }), []);
  });

  it('容缺 needs the commitment, on the current text version', () => {
    assert.deepEqual(codes(validateMaterials(exampleFormSpec, exampleApplicationInput.materials, { eLicenseAllowed })), ['/commitment commitment_required']);
    const stale = { ...exampleApplicationInput.commitment!, textVersion: 'tolerance-2019' };
    assert.deepEqual(codes(validateMaterials(exampleFormSpec, exampleApplicationInput.materials, { commitment: stale, eLicenseAllowed })), ['/commitment/textVersion commitment_version']);
  });

  it('rejects deferring a key material, an unlisted material, an e-licence where none exists, and a missing one', () => {
    const materials = clone(exampleApplicationInput.materials);
    materials[0] = { materialId: 'application-form', status: 'tolerance' };
    materials.push({ materialId: 'bribe', status: 'provided' });
    materials.splice(3, 1); // drop layout-and-process
    const issues = validateMaterials(exampleFormSpec, materials, { commitment: exampleApplicationInput.commitment, eLicenseAllowed: () => false });
    assert.deepEqual(codes(issues).sort(), [
      '/materials material_missing',
      '/materials/0/status tolerance_not_allowed',
      '/materials/1/status e_license_not_allowed',
      '/materials/2/status e_license_not_allowed',
      '/materials/4/materialId material_unknown',
    ]);
  });
});
