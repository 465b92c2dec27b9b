import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applicantFromValues, applicantPointerToField, ApplicantSchema } from '../src/index.js';
import { ID_FEMALE, ID_MALE } from './form-engine-fixture.js';

const CREDIT = '91350100M000100Y43';

describe('applicantFromValues', () => {
  it('an existing company applies as a legal entity, reached through its contact', () => {
    const values = {
      company: { name: '某某科技有限公司', creditCode: CREDIT },
      legalRep: { name: '张三', idNumber: ID_MALE, mobile: '13812345678' },
      contact: { name: '李四', idNumber: ID_FEMALE, mobile: '13900000000' },
    };
    const applicant = applicantFromValues(values);
    assert.deepEqual(applicant, { type: 'legal', name: '某某科技有限公司', idType: 'credit_code', idNumber: CREDIT, mobile: '13900000000', legalRepresentative: '张三' });
    assert.equal(ApplicantSchema.safeParse(applicant).success, true);
    assert.equal(applicantFromValues({ ...values, contact: {} })?.mobile, '13812345678');
    assert.equal(applicantPointerToField('/applicant/mobile', { ...values, contact: {} }), 'legalRep.mobile');
    assert.equal(applicantPointerToField('/applicant/idNumber', values), 'company.creditCode');
  });

  it('a person from applicant.*, else the future legal representative (企业开办)', () => {
    const person = applicantFromValues({ applicant: { name: ' 王五 ', idNumber: ID_FEMALE, mobile: '13900000000', email: 'a@b.cn' }, legalRep: { name: 'x' } });
    assert.deepEqual(person, { type: 'person', name: '王五', idType: 'id_card', idNumber: ID_FEMALE, mobile: '13900000000', email: 'a@b.cn' });
    assert.equal(ApplicantSchema.safeParse(person).success, true);
    const rep = applicantFromValues({ company: { name: '拟设公司' }, legalRep: { name: '张三', idNumber: ID_MALE, mobile: '13812345678' } });
    assert.deepEqual(rep, { type: 'person', name: '张三', idType: 'id_card', idNumber: ID_MALE, mobile: '13812345678' });
    assert.equal(applicantPointerToField('/applicant/name', { legalRep: { name: '张三' } }), 'legalRep.name');
  });

  it('missing parts are empty strings for the server to name; no applicant at all is undefined', () => {
    assert.deepEqual(applicantFromValues({ applicant: { name: '王五', mobile: 13900000000 } }), { type: 'person', name: '王五', idType: 'id_card', idNumber: '', mobile: '' });
    for (const v of [undefined, null, 1, 'x', [], {}, { applicant: 'x' }]) assert.equal(applicantFromValues(v), undefined);
    assert.equal(applicantPointerToField('/values/x', {}), undefined);
  });
});
