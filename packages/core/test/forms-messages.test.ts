// What an applicant reads for each refused value or material: a message in zh-CN, zh-TW and en that names the
// field (by its label) or the material, and the bound it breaks, so an error summary reads on its own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FormSpecSchema, validateFormValues, validateMaterials, type FormIssue } from '../src/index.js';

const CJK = /[\u4e00-\u9fff]/u;

/** Every locale written, each naming every part. */
function says(issue: FormIssue | undefined, ...parts: string[]): void {
  assert.ok(issue !== undefined, 'an issue');
  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    const text = issue.message[locale];
    assert.ok(locale === 'en' ? /[A-Za-z]{3}/.test(text) : CJK.test(text), `${locale}: ${JSON.stringify(text)}`);
    for (const part of parts) assert.ok(text.includes(part), `${issue.code} ${locale} ${JSON.stringify(text)} should mention ${part}`);
  }
  assert.notEqual(issue.message['zh-CN'], issue.message['zh-TW'], `${issue.code}: zh-TW is its own text`);
}

const spec = FormSpecSchema.parse({
  id: 'messages', version: '1', title: '消息', matterCode: '11110000000000000X4442111800001',
  materials: [
    { materialId: 'licence', necessity: 'required', toleranceAllowed: false },
    { materialId: 'lease', necessity: 'tolerance', toleranceAllowed: true },
  ],
  commitmentText: { version: 'v2', title: '告知承诺书', text: '承诺' },
  sections: [{
    id: 's', title: '信息', fields: [
      { id: 'name', label: '姓名', kind: 'text', required: true },
      { id: 'alias', label: '曾用名', kind: 'text', minLength: 3, maxLength: 5, pattern: '[一-龥]+' },
      { id: 'area', label: '面积', kind: 'number', min: 10, max: 500 },
      { id: 'opened', label: '开业日期', kind: 'date', min: '2020-01-01', max: '2030-12-31' },
      { id: 'sector', label: '行业', kind: 'select', options: [{ value: 'food', label: '餐饮' }] },
      { id: 'agree', label: '同意', kind: 'checkbox' },
      { id: 'mobile', label: '手机号码', kind: 'mobile' },
      { id: 'mobile2', label: '确认手机号码', kind: 'mobile', equalsField: 'mobile' },
      { id: 'staff', label: '从业人员', kind: 'repeat', minItems: 2, maxItems: 3, itemFields: [{ id: 'name', label: '人员姓名', kind: 'text' }] },
    ],
  }],
});

const issues = (values: unknown) => validateFormValues(spec, values, { today: '2026-11-22' });
const at = (list: FormIssue[], path: string, code: string) => list.find((i) => i.path === path && i.code === code);

describe('field messages name the field and the bound', () => {
  it('required, wrong type, not an option', () => {
    const list = issues({ area: 'x', opened: '2026-13-01', sector: 'bank', agree: 'yes', mobile: 13812345678 });
    says(at(list, '/values/name', 'required'), '姓名');
    says(at(list, '/values/area', 'type'), '面积');
    assert.match(at(list, '/values/area', 'type')!.message.en, /a number/);
    says(at(list, '/values/opened', 'type'), '开业日期');
    assert.match(at(list, '/values/opened', 'type')!.message.en, /YYYY-MM-DD/);
    says(at(list, '/values/sector', 'option'), '行业');
    says(at(list, '/values/agree', 'type'), '同意');
    assert.match(at(list, '/values/agree', 'type')!.message.en, /true or false/);
    assert.match(at(list, '/values/mobile', 'type')!.message.en, /手机号码 must be text/);
  });
  it('number and date bounds', () => {
    says(at(issues({ name: 'a', area: 5 }), '/values/area', 'min'), '面积', '10');
    says(at(issues({ name: 'a', area: 501 }), '/values/area', 'max'), '面积', '500');
    says(at(issues({ name: 'a', opened: '2019-12-31' }), '/values/opened', 'min'), '开业日期', '2020-01-01');
    says(at(issues({ name: 'a', opened: '2031-01-01' }), '/values/opened', 'max'), '开业日期', '2030-12-31');
  });
  it('text length and pattern', () => {
    says(at(issues({ name: 'a', alias: '张三' }), '/values/alias', 'min_length'), '曾用名', '3');
    says(at(issues({ name: 'a', alias: '张三李四王五' }), '/values/alias', 'max_length'), '曾用名', '5');
    says(at(issues({ name: 'a', alias: 'abc' }), '/values/alias', 'pattern'), '曾用名');
  });
  it('two fields that must agree name both', () => {
    says(at(issues({ name: 'a', mobile: '13812345678', mobile2: '13912345678' }), '/values/mobile2', 'not_equal'), '确认手机号码', '手机号码');
  });
  it('too few and too many items', () => {
    says(at(issues({ name: 'a', staff: [{ name: 'x' }] }), '/values/staff', 'min_items'), '从业人员', '2');
    says(at(issues({ name: 'a', staff: [{}, {}, {}, {}] }), '/values/staff', 'max_items'), '从业人员', '3');
  });
});

describe('material messages name the material', () => {
  it('missing, unknown, not deferrable, not from an e-licence', () => {
    const list = validateMaterials(spec, [
      { materialId: 'permit', status: 'provided' },
      { materialId: 'lease', status: 'eLicense' },
    ], {});
    says(at(list, '/materials', 'material_missing'), 'licence');
    says(at(list, '/materials/0/materialId', 'material_unknown'), 'permit');
    says(at(list, '/materials/1/status', 'e_license_not_allowed'), 'lease');
    const deferred = validateMaterials(spec, [{ materialId: 'licence', status: 'tolerance' }], { commitment: { textVersion: 'v2' } as never });
    says(at(deferred, '/materials/0/status', 'tolerance_not_allowed'), 'licence');
  });
  it('the commitment: missing, signed on an older text', () => {
    const lease = [{ materialId: 'licence', status: 'provided' }, { materialId: 'lease', status: 'tolerance' }] as const;
    says(at(validateMaterials(spec, [...lease], {}), '/commitment', 'commitment_required'));
    says(at(validateMaterials(spec, [...lease], { commitment: { textVersion: 'v1' } as never }), '/commitment/textVersion', 'commitment_version'));
  });
});
