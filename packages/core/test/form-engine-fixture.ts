import { FormSpecSchema, type FormSpec } from '../src/index.js';

// A small form using every engine feature: prefills, derived facts, a derived sum checked against another
// field, item rules, and an agent block shown by a checkbox (with a field shown by a field of that block).

export const TODAY = '2026-11-22';
/** Valid GB 11643 numbers: a woman born 1949-12-31 and a man born 1990-03-07. */
export const ID_FEMALE = '11010519491231002X';
export const ID_MALE = '110101199003071233';

const org = { field: 'shareholderType', equals: '企业法人' } as const;
const byAgent = { field: 'byAgent', equals: true } as const;

export const engineSpec: FormSpec = FormSpecSchema.parse({
  id: 'form-engine-test',
  version: '1',
  title: '测试表单',
  matterCode: '11110000000000000X4442111800001',
  materials: [],
  sections: [
    {
      id: 'applicant', title: '申请人', fields: [
        { id: 'applicant.name', label: '申请人姓名', kind: 'text', required: true, prefillFrom: 'user.name', readOnlyWhenPrefilled: true },
        { id: 'applicant.idNumber', label: '公民身份号码', kind: 'idCard', required: true, prefillFrom: 'user.idNumber', readOnlyWhenPrefilled: true },
        { id: 'applicant.mobile', label: '手机号码', kind: 'mobile', required: true, prefillFrom: 'user.mobile' },
        { id: 'applicant.birthDate', label: '出生日期', kind: 'date', derive: { from: 'applicant.idNumber', fact: 'birthDate' } },
        { id: 'applicant.sex', label: '性别', kind: 'radio', options: [{ value: 'male', label: '男' }, { value: 'female', label: '女' }], derive: { from: 'applicant.idNumber', fact: 'sex' } },
        { id: 'applicant.age', label: '年龄', kind: 'number', derive: { from: 'applicant.idNumber', fact: 'age' } },
      ],
    },
    {
      id: 'company', title: '企业', fields: [
        { id: 'company.registeredCapital', label: '注册资本（认缴）', kind: 'money', required: true, min: 0 },
        { id: 'company.address.regionCode', label: '住所所在区划', kind: 'regionCode', prefillFrom: 'district.regionCode' },
      ],
    },
    {
      id: 'shareholders', title: '股东', fields: [
        {
          id: 'shareholders', label: '股东', kind: 'repeat', required: true, minItems: 1, itemFields: [
            { id: 'shareholderType', label: '股东类型', kind: 'radio', required: true, options: [{ value: '自然人', label: '自然人' }, { value: '企业法人', label: '企业法人' }] },
            { id: 'name', label: '股东姓名或名称', kind: 'text', required: true },
            { id: 'idNumber', label: '公民身份号码', kind: 'idCard', rules: [{ effect: 'hide', when: org }] },
            { id: 'creditCode', label: '统一社会信用代码', kind: 'creditCode', rules: [{ effect: 'show', when: org }, { effect: 'require', when: org }] },
            { id: 'subscribedAmount', label: '认缴出资额', kind: 'money', required: true, min: 0 },
          ],
        },
        { id: 'company.subscribedTotal', label: '认缴出资合计', kind: 'money', derive: { sumOf: 'shareholders[].subscribedAmount' }, equalsField: 'company.registeredCapital' },
      ],
    },
    {
      id: 'agent', title: '委托代理', fields: [
        { id: 'byAgent', label: '委托他人代为办理', kind: 'checkbox' },
        { id: 'agent.name', label: '受托人姓名', kind: 'text', rules: [{ effect: 'show', when: byAgent }, { effect: 'require', when: byAgent }] },
        { id: 'agent.idNumber', label: '受托人公民身份号码', kind: 'idCard', rules: [{ effect: 'show', when: byAgent }, { effect: 'require', when: byAgent }] },
        { id: 'agent.note', label: '委托说明', kind: 'text', rules: [{ effect: 'show', when: { field: 'agent.name', notEmpty: true } }] },
      ],
    },
  ],
});

/** Values that pass validation as they are. */
export function validValues(): Record<string, unknown> {
  return {
    applicant: { name: '张三', idNumber: ID_MALE, mobile: '13812345678' },
    company: { registeredCapital: 100, address: { regionCode: '110105' } },
    shareholders: [
      { shareholderType: '自然人', name: '张三', idNumber: ID_MALE, subscribedAmount: 60 },
      { shareholderType: '企业法人', name: '某某有限公司', creditCode: '91350100M000100Y43', subscribedAmount: 40 },
    ],
    byAgent: false,
  };
}
