// A bundle's form when the applicant skips optional steps: what only skipped matters need stops being
// required, and nothing else changes. The server and the form element read the same function.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { materialSources, specForSteps, type FormMaterial, type FormSpec } from '../src/index.js';

const material = (over: Partial<FormMaterial>): FormMaterial => ({ materialId: 'm', necessity: 'required', toleranceAllowed: false, ...over });

// A bundle of 设立登记 (SETUP), 银行开户预约 (BANK) and 刻章备案 (SEAL); BANK and SEAL are optional steps.
const spec = {
  id: 'open-a-shop', version: 1, bundleId: 'open-a-shop', title: { 'zh-CN': '开店', 'zh-TW': '開店', en: 'Open a shop' },
  sections: [{
    id: 's', title: { 'zh-CN': 's', 'zh-TW': 's', en: 's' },
    fields: [
      { id: 'name', kind: 'text', label: 'Name', required: true },
      { id: 'bank', kind: 'text', label: 'Bank', required: true, sourceMatters: ['BANK'] },
      { id: 'bankOrSeal', kind: 'text', label: 'Either', required: true, sourceMatters: ['BANK', 'SEAL'] },
      { id: 'bankAndSetup', kind: 'text', label: 'Both', required: true, sourceMatters: ['BANK', 'SETUP'] },
      { id: 'none', kind: 'text', label: 'No matters', required: true, sourceMatters: [] },
      { id: 'optionalBank', kind: 'text', label: 'Optional', required: false, sourceMatters: ['BANK'] },
    ],
  }],
  materials: [
    material({ materialId: 'licence', usedBy: [{ matterCode: 'SETUP', materialId: 'l1' }, { matterCode: 'BANK', materialId: 'l2' }] }),
    material({ materialId: 'bank-form', matterCode: 'BANK', necessity: 'tolerance', toleranceAllowed: true }),
    material({ materialId: 'seal-draft', usedBy: [{ matterCode: 'SEAL', materialId: 's1' }, { matterCode: 'BANK', materialId: 'b1' }] }),
    material({ materialId: 'photo', matterCode: 'BANK', necessity: 'optional' }),
    material({ materialId: 'unassigned' }),
  ],
} as unknown as FormSpec;

const required = (s: FormSpec) => s.sections[0]!.fields.filter((f) => f.required === true).map((f) => f.id);
const necessity = (s: FormSpec) => Object.fromEntries(s.materials.map((m) => [m.materialId, `${m.necessity}${m.toleranceAllowed ? '+later' : ''}`]));

describe('materialSources', () => {
  it('is usedBy when listed, else the material’s matter, else the single matter of the form, else none', () => {
    const usedBy = [{ matterCode: 'A', materialId: 'a1' }];
    assert.deepEqual(materialSources(material({ usedBy, matterCode: 'B' }), 'C'), usedBy);
    assert.deepEqual(materialSources(material({ matterCode: 'B' }), 'C'), [{ matterCode: 'B', materialId: 'm' }]);
    assert.deepEqual(materialSources(material({}), 'C'), [{ matterCode: 'C', materialId: 'm' }]);
    assert.deepEqual(materialSources(material({}), undefined), []);
  });
});

describe('specForSteps', () => {
  it('skipping nothing gives the form itself', () => {
    assert.equal(specForSteps(spec, []), spec);
  });

  it('skipping BANK frees what only BANK needs: fields, and materials (which can then not be deferred)', () => {
    const s = specForSteps(spec, ['BANK']);
    assert.deepEqual(required(s), ['name', 'bankOrSeal', 'bankAndSetup', 'none']);
    assert.deepEqual(necessity(s), { licence: 'required', 'bank-form': 'optional', 'seal-draft': 'required', photo: 'optional', unassigned: 'required' });
    assert.equal(s.sections[0]!.fields.length, 6, 'fields stay, so a value already typed is not refused');
    assert.deepEqual(required(spec), ['name', 'bank', 'bankOrSeal', 'bankAndSetup', 'none'], 'the form itself is not changed');
    assert.equal(s.id, spec.id);
  });

  it('skipping BANK and SEAL frees what needs only those two', () => {
    const s = specForSteps(spec, ['BANK', 'SEAL']);
    assert.deepEqual(required(s), ['name', 'bankAndSetup', 'none']);
    assert.deepEqual(necessity(s), { licence: 'required', 'bank-form': 'optional', 'seal-draft': 'optional', photo: 'optional', unassigned: 'required' });
  });

  it('a single-matter form’s unassigned materials follow that matter', () => {
    const single = { ...spec, bundleId: undefined, matterCode: 'BANK' } as unknown as FormSpec;
    assert.equal(necessity(specForSteps(single, ['BANK'])).unassigned, 'optional');
    assert.equal(necessity(specForSteps(single, ['SEAL'])).unassigned, 'required');
  });
});
