import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyDerived, FormSpecSchema, idCardFacts, validateFormValues } from '../src/index.js';
import { engineSpec, ID_FEMALE, ID_MALE, TODAY, validValues } from './form-engine-fixture.js';

const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path} ${i.code}`);

describe('idCardFacts', () => {
  it('birth date, sex and whole years of age from a valid number', () => {
    assert.deepEqual(idCardFacts(ID_FEMALE, TODAY), { birthDate: '1949-12-31', sex: 'female', age: 76 });
    assert.deepEqual(idCardFacts(ID_MALE, '2026-03-06'), { birthDate: '1990-03-07', sex: 'male', age: 35 });
    assert.equal(idCardFacts(ID_MALE, '2026-03-07')?.age, 36);
  });

  it('nothing from an invalid or odd number', () => {
    for (const bad of ['110105194912310021', '1101051949123', '', 12 as unknown as string, undefined as unknown as string]) {
      assert.equal(idCardFacts(bad, TODAY), undefined);
    }
  });
});

describe('applyDerived', () => {
  it('sets the facts of the ID number and the shareholders total, without mutating the input', () => {
    const values = validValues();
    const before = structuredClone(values);
    const out = applyDerived(engineSpec, values, { today: TODAY }) as any;
    assert.deepEqual(values, before);
    assert.deepEqual(out.applicant, { ...(values.applicant as object), birthDate: '1990-03-07', sex: 'male', age: 36 });
    assert.equal(out.company.subscribedTotal, 100);
    assert.deepEqual(validateFormValues(engineSpec, out, { today: TODAY }), []);
  });

  it('recomputes a value the client sent, and removes what cannot be derived', () => {
    const values: any = validValues();
    values.company.subscribedTotal = 999;
    values.applicant.sex = 'female';
    values.applicant.idNumber = '110105194912310021';
    const out = applyDerived(engineSpec, values, { today: TODAY }) as any;
    assert.equal(out.company.subscribedTotal, 100);
    assert.equal('sex' in out.applicant, false);
    assert.equal('birthDate' in out.applicant, false);
  });

  it('sums only numeric amounts, in decimal', () => {
    const values: any = validValues();
    values.shareholders = [{ subscribedAmount: 0.1 }, { subscribedAmount: 0.2 }, { subscribedAmount: '' }, { subscribedAmount: 'abc' }, 7, {}];
    assert.equal((applyDerived(engineSpec, values) as any).company.subscribedTotal, 0.3);
    values.shareholders = [{ name: 'x' }];
    assert.equal('subscribedTotal' in (applyDerived(engineSpec, values) as any).company, false);
  });

  it('never throws on odd shapes', () => {
    for (const v of [null, 1, 'x', [], { applicant: 'x', shareholders: 'x', company: [] }]) {
      assert.doesNotThrow(() => applyDerived(engineSpec, v as any, { today: TODAY }));
    }
  });
});

describe('equalsField', () => {
  it('a total unequal to the registered capital is not_equal at the total, naming both labels', () => {
    const values: any = applyDerived(engineSpec, validValues(), { today: TODAY });
    values.company.registeredCapital = 120;
    const issues = validateFormValues(engineSpec, values, { today: TODAY });
    assert.deepEqual(codes(issues), ['/values/company/subscribedTotal not_equal']);
    assert.equal(issues[0]!.message['zh-CN'], '“认缴出资合计”应等于“注册资本（认缴）”');
    assert.equal(issues[0]!.message['zh-TW'], '「认缴出资合计」應等於「注册资本（认缴）」');
    assert.match(issues[0]!.message.en, /must equal/);
  });

  it('no check while either side is empty', () => {
    const values: any = applyDerived(engineSpec, validValues(), { today: TODAY });
    delete values.company.registeredCapital;
    assert.deepEqual(codes(validateFormValues(engineSpec, values, { today: TODAY })), ['/values/company/registeredCapital required']);
  });
});

describe('FormSpec references', () => {
  const base = structuredClone(engineSpec);
  const withField = (extra: object) => {
    const spec: any = structuredClone(base);
    spec.sections[0].fields.push({ id: 'x.y', label: 'x', kind: 'text', ...extra });
    return FormSpecSchema.safeParse(spec);
  };
  const issueCodes = (r: ReturnType<typeof withField>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${(i as any).params?.code ?? i.code}`));

  it('derive.from, sumOf and equalsField must name existing fields', () => {
    assert.deepEqual(issueCodes(withField({ derive: { from: 'nobody.idNumber', fact: 'sex' } })), ['sections.0.fields.6.derive.from unknown_field']);
    assert.deepEqual(issueCodes(withField({ derive: { sumOf: 'shareholders[].nothing' } })), ['sections.0.fields.6.derive.sumOf unknown_field']);
    assert.deepEqual(issueCodes(withField({ equalsField: 'company.nothing' })), ['sections.0.fields.6.equalsField unknown_field']);
    assert.equal(withField({ derive: { sumOf: 'shareholders[].subscribedAmount' }, equalsField: 'company.registeredCapital' }).success, true);
  });

  it('a derived field is not input: neither required nor prefilled; derive is a strict union', () => {
    assert.deepEqual(issueCodes(withField({ required: true, derive: { from: 'applicant.idNumber', fact: 'age' } })), ['sections.0.fields.6.derive derived_input']);
    assert.deepEqual(issueCodes(withField({ prefillFrom: 'user.age', derive: { from: 'applicant.idNumber', fact: 'age' } })), ['sections.0.fields.6.derive derived_input']);
    assert.equal(withField({ derive: { from: 'applicant.idNumber', fact: 'zodiac' } }).success, false);
    assert.equal(withField({ derive: { from: 'applicant.idNumber', fact: 'age', sumOf: 'shareholders[].subscribedAmount' } }).success, false);
  });
});
