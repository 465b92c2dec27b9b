// Edges of the submission applicant (forms/applicant.ts): the person found by a name or a legal representative's
// id number alone, blank or padded values, the exact shape of each kind of applicant (no legalRepresentative key
// unless a legal entity has one), missing names, and pointers that are not `/applicant/<property>` at the start.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicantFieldOf, applicantFromValues, applicantPointerToField, applicantSources } from '../src/index.js';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('applicantSources: a name alone is enough', () => {
  it('the applicant fields, by applicant.name alone', () => {
    assert.equal(applicantSources(only('applicant.name'))?.fields.name, 'applicant.name');
    assert.equal(applicantSources(only('applicant.name'))?.type, 'person');
  });

  it('the legal representative, by legalRep.name alone', () => {
    assert.equal(applicantSources(only('legalRep.name'))?.fields.name, 'legalRep.name');
    assert.equal(applicantSources(only('legalRep.name'))?.type, 'person');
  });

  it('the legal representative, by legalRep.idNumber alone', () => {
    assert.equal(applicantSources(only('legalRep.idNumber'))?.fields.idNumber, 'legalRep.idNumber');
    assert.equal(applicantFromValues({ legalRep: { idNumber: '110101199003071233' } })?.idNumber, '110101199003071233');
  });

  it('nothing when no applicant path holds anything', () => {
    assert.equal(applicantSources(only()), undefined);
  });
});

describe('applicantFromValues: exact shapes', () => {
  it('a person carries no legalRepresentative key', () => {
    assert.deepEqual(applicantFromValues({ applicant: { name: '张三', idNumber: '110101199003071233', mobile: '13812345678' } }), {
      type: 'person', name: '张三', idType: 'id_card', idNumber: '110101199003071233', mobile: '13812345678',
    });
  });

  it('a legal entity without a legal representative carries no legalRepresentative key', () => {
    assert.deepEqual(applicantFromValues({ company: { name: '某某有限公司', creditCode: '91350100M000100Y43' }, contact: { mobile: '13812345678' } }), {
      type: 'legal', name: '某某有限公司', idType: 'credit_code', idNumber: '91350100M000100Y43', mobile: '13812345678',
    });
  });

  it('a legal entity with one carries it', () => {
    const values = { company: { name: '某某有限公司', creditCode: '91350100M000100Y43' }, contact: { mobile: '13812345678' }, legalRep: { name: '李四' } };
    assert.equal(applicantFromValues(values)?.legalRepresentative, '李四');
  });

  it('a legal entity without a name gets an empty name', () => {
    assert.deepEqual(applicantFromValues({ company: { creditCode: '91350100M000100Y43' } }), {
      type: 'legal', name: '', idType: 'credit_code', idNumber: '91350100M000100Y43', mobile: '',
    });
  });

  it('a person named only by an id number gets an empty name', () => {
    assert.deepEqual(applicantFromValues({ applicant: { idNumber: '110101199003071233' } }), {
      type: 'person', name: '', idType: 'id_card', idNumber: '110101199003071233', mobile: '',
    });
  });

  it('blank values count as missing and padded ones are trimmed', () => {
    assert.deepEqual(applicantFromValues({ applicant: { name: ' 张三 ', mobile: '   ', email: ' \t ' } }), {
      type: 'person', name: '张三', idType: 'id_card', idNumber: '', mobile: '',
    });
    assert.equal(applicantFromValues({ applicant: { name: '张三', email: ' a@b.cn ' } })?.email, 'a@b.cn');
  });
});

describe('applicantFieldOf: pointers', () => {
  it('reads only pointers that start with /applicant/', () => {
    assert.equal(applicantFieldOf('/applicant/name', only('applicant.name')), 'applicant.name');
    assert.equal(applicantFieldOf('/values/applicant/name', only('applicant.name')), undefined);
    assert.equal(applicantPointerToField('/body/applicant/mobile', { applicant: { name: '张三' } }), undefined);
  });

  it('designates nothing when the form names no applicant', () => {
    assert.equal(applicantFieldOf('/applicant/name', only()), undefined);
    assert.equal(applicantPointerToField('/applicant/name', {}), undefined);
  });
});
