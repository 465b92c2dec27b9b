import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyPrefill, cleanAndDerive, cleanFormValues, FormSpecSchema } from '../src/index.js';
import { engineSpec, ID_FEMALE, ID_MALE, TODAY, validValues } from './form-engine-fixture.js';

describe('cleanFormValues', () => {
  it('keeps valid values as they are', () => {
    const values = validValues();
    assert.deepEqual(cleanFormValues(engineSpec, values), { values, dropped: [] });
  });

  it('drops hidden fields, unknown keys and unlisted item keys, and says which', () => {
    const values: any = validValues();
    values.agent = { name: '李四', idNumber: 'javascript:alert(1)', note: 'x' };
    values.extra = { deep: 1 };
    values.applicant.nickname = 'z';
    values.shareholders[0].creditCode = '91350100M000100Y43';
    values.shareholders[1].idNumber = ID_FEMALE;
    values.shareholders[1].secret = 1;
    const before = structuredClone(values);
    const { values: kept, dropped } = cleanFormValues(engineSpec, values);
    assert.deepEqual(values, before, 'the input is not mutated');
    assert.deepEqual(kept, validValues());
    assert.deepEqual(dropped.sort(), ['agent', 'applicant.nickname', 'extra', 'shareholders.0.creditCode', 'shareholders.1.idNumber', 'shareholders.1.secret']);
  });

  it('a field shown only by a dropped value is dropped too', () => {
    const values: any = { ...validValues(), byAgent: true, agent: { name: '李四', idNumber: ID_MALE, note: '说明' } };
    assert.deepEqual(cleanFormValues(engineSpec, values).dropped, []);
    values.byAgent = false;
    assert.deepEqual(cleanFormValues(engineSpec, values).dropped, ['agent']);
  });

  it('never throws on odd shapes', () => {
    for (const v of [null, undefined, 1, 'x', [], { shareholders: 'x' }, { shareholders: [1, null, 'x', []] }, { applicant: 5 }, { constructor: 1 }]) {
      assert.doesNotThrow(() => cleanFormValues(engineSpec, v));
    }
    assert.deepEqual(cleanFormValues(engineSpec, { shareholders: [1, { name: 'a' }] }), { values: { shareholders: [{}, { name: 'a' }] }, dropped: ['shareholders.0'] });
    assert.deepEqual(cleanFormValues(engineSpec, 'x'), { values: {}, dropped: [] });
  });
});

describe('cleanAndDerive', () => {
  // A field shown by a derived value: judged on the recomputed value, never on what the client claimed.
  const spec = FormSpecSchema.parse({
    id: 'f', version: '1', title: 't', matterCode: 'm1', materials: [],
    sections: [{ id: 's', title: 's', fields: [
      { id: 'idNumber', label: '身份证', kind: 'idCard' },
      { id: 'sex', label: '性别', kind: 'radio', options: [{ value: 'male', label: '男' }, { value: 'female', label: '女' }], derive: { from: 'idNumber', fact: 'sex' } },
      { id: 'maternity', label: '生育信息', kind: 'text', rules: [{ effect: 'show', when: { field: 'sex', equals: 'female' } }] },
    ] }],
  });

  it('drops a field the client showed with a false derived value', () => {
    assert.deepEqual(cleanAndDerive(spec, { idNumber: ID_MALE, sex: 'female', maternity: 'x' }, { today: TODAY }), { idNumber: ID_MALE, sex: 'male' });
  });

  it('keeps it when the recomputed value shows it, and is idempotent', () => {
    const out = cleanAndDerive(spec, { idNumber: ID_FEMALE, sex: 'male', maternity: 'x' }, { today: TODAY });
    assert.deepEqual(out, { idNumber: ID_FEMALE, sex: 'female', maternity: 'x' });
    assert.deepEqual(cleanAndDerive(spec, out, { today: TODAY }), out);
  });
});

describe('applyPrefill', () => {
  const sources = { user: { name: '  王五 ', idNumber: '１１０１０５１９４９１２３１００２ｘ', mobile: '139 0000 0000' }, district: { regionCode: '310101' } };

  it('fills empty fields from the sources, through parseFieldInput', () => {
    const { values, prefilled } = applyPrefill(engineSpec, {}, sources);
    assert.deepEqual(values, { applicant: { name: '王五', idNumber: ID_FEMALE, mobile: '13900000000' }, company: { address: { regionCode: '310101' } } });
    assert.deepEqual([...prefilled], [
      ['applicant.name', { source: 'user.name', locked: true }],
      ['applicant.idNumber', { source: 'user.idNumber', locked: true }],
      ['applicant.mobile', { source: 'user.mobile', locked: false }],
      ['company.address.regionCode', { source: 'district.regionCode', locked: false }],
    ]);
  });

  it('a locked prefill overrides a draft; an unlocked one leaves what the draft typed', () => {
    const draft = { applicant: { name: '别人', mobile: '13812345678' }, company: { address: { regionCode: '110105' } } };
    const before = structuredClone(draft);
    const { values, prefilled } = applyPrefill(engineSpec, draft, sources);
    assert.deepEqual(draft, before);
    assert.deepEqual(values, { applicant: { name: '王五', idNumber: ID_FEMALE, mobile: '13812345678' }, company: { address: { regionCode: '110105' } } });
    assert.deepEqual([...prefilled.keys()], ['applicant.name', 'applicant.idNumber']);
  });

  it('a repeat is never prefilled, even when it names a source', () => {
    const spec = { ...engineSpec, sections: engineSpec.sections.map((sec) => ({ ...sec, fields: sec.fields.map((f) => (f.kind === 'repeat' ? { ...f, prefillFrom: 'user.list' } : f)) })) };
    const { values, prefilled } = applyPrefill(spec, {}, { user: { list: ['a'] } });
    assert.deepEqual(values, {});
    assert.equal(prefilled.size, 0);
  });

  it('missing or odd sources are skipped', () => {
    for (const s of [{}, { user: null }, { user: 'x' }, { user: { name: {} } }, null]) {
      const r = applyPrefill(engineSpec, {}, s as any);
      assert.deepEqual(r.values, {});
      assert.equal(r.prefilled.size, 0);
    }
  });
});
