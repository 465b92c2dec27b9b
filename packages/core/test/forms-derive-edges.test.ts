import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyDerived, FormSpecSchema, idCardFacts, sumItemValues } from '../src/index.js';
import { engineSpec, ID_FEMALE, ID_MALE, TODAY, validValues } from './form-engine-fixture.js';

// Pins the edges of forms/derive.ts the engine fixture leaves open: the `today` an age and the future-birth
// check are judged on, birthdays late in the year, non-string ID numbers, derived fields inside repeat items
// (facts from a sibling ID number, a sum read from the whole form, item rules, odd items), values that come back
// untouched when nothing is derived, and which texts count as numbers in a sum.

/** Valid GB 11643 numbers: a man born 2020-01-01, a man born 2030-01-01, a woman born 1990-03-07 whose digits
 * survive a round trip through a JS number. */
const ID_2020 = '110101202001011231';
const ID_2030 = '110101203001011236';
const ID_DIGITS = '110101199003070580';

const membersSpec = FormSpecSchema.parse({
  id: 'derive-items-test',
  version: '1',
  title: '家庭成员',
  matterCode: '11110000000000000X4442111800001',
  materials: [],
  sections: [
    {
      id: 'household', title: '家庭', fields: [
        { id: 'household.address', label: '住址', kind: 'text' },
        {
          id: 'members', label: '家庭成员', kind: 'repeat', itemFields: [
            { id: 'name', label: '姓名', kind: 'text' },
            { id: 'idNumber', label: '公民身份号码', kind: 'idCard' },
            { id: 'income', label: '月收入', kind: 'money' },
            { id: 'ageUnknown', label: '不提供年龄', kind: 'checkbox' },
            { id: 'sex', label: '性别', kind: 'text', derive: { from: 'idNumber', fact: 'sex' } },
            { id: 'age', label: '年龄', kind: 'number', derive: { from: 'idNumber', fact: 'age' }, rules: [{ effect: 'hide', when: { field: 'ageUnknown', equals: true } }] },
            { id: 'householdIncome', label: '家庭月收入', kind: 'money', derive: { sumOf: 'members[].income' } },
          ],
        },
      ],
    },
  ],
});

const plainSpec = FormSpecSchema.parse({
  id: 'derive-nothing-test',
  version: '1',
  title: '无推导',
  matterCode: '11110000000000000X4442111800001',
  materials: [],
  sections: [
    {
      id: 'people', title: '人员', fields: [
        { id: 'note', label: '说明', kind: 'text' },
        { id: 'people', label: '人员', kind: 'repeat', itemFields: [{ id: 'name', label: '姓名', kind: 'text' }, { id: 'idNumber', label: '公民身份号码', kind: 'idCard' }] },
      ],
    },
  ],
});

describe('idCardFacts edges', () => {
  it('judges a birth date in the future against the given today, not the clock', () => {
    assert.equal(idCardFacts(ID_2020, '2019-12-31'), undefined);
    assert.deepEqual(idCardFacts(ID_2030, '2031-06-01'), { birthDate: '2030-01-01', sex: 'male', age: 1 });
  });

  it('counts a year only once the birthday month and day are both reached', () => {
    // Born 1990-03-07.
    assert.equal(idCardFacts(ID_MALE, '2026-02-10')?.age, 35);
    assert.equal(idCardFacts(ID_MALE, '2026-03-06')?.age, 35);
    assert.equal(idCardFacts(ID_MALE, '2026-04-01')?.age, 36);
    assert.equal(idCardFacts(ID_MALE, '2026-12-01')?.age, 36);
  });

  it('answers nothing for a number, even one whose digits form a valid ID number', () => {
    assert.deepEqual(idCardFacts(ID_DIGITS, TODAY), { birthDate: '1990-03-07', sex: 'female', age: 36 });
    assert.equal(idCardFacts(110101199003070580 as unknown as string, TODAY), undefined);
  });

  it('gives age 0 instead of throwing when today is not a date', () => {
    assert.deepEqual(idCardFacts(ID_MALE, 'someday'), { birthDate: '1990-03-07', sex: 'male', age: 0 });
  });
});

describe('applyDerived: today and untouched values', () => {
  it('computes ages on the today it is given', () => {
    assert.equal((applyDerived(engineSpec, validValues(), { today: '2000-03-07' }) as any).applicant.age, 10);
    assert.equal((applyDerived(engineSpec, validValues(), { today: '2000-03-06' }) as any).applicant.age, 9);
  });

  it('gives back the very values it got when the spec derives nothing, repeats included', () => {
    const values = { note: 'x', people: [{ name: '张三', idNumber: ID_MALE }, 7] };
    assert.equal(applyDerived(plainSpec, values, { today: TODAY }), values);
  });
});

describe('applyDerived: derived fields inside repeat items', () => {
  const members = () => [
    { name: '张三', idNumber: ID_MALE, income: 3000 },
    { name: '李四', idNumber: ID_FEMALE, income: '1500.5' },
  ];

  it('derives each item from its own sibling ID number and the sum from the whole form, keeping typed fields', () => {
    const values = { household: { address: '北京' }, members: members() };
    const before = structuredClone(values);
    const out = applyDerived(membersSpec, values, { today: TODAY }) as any;
    assert.deepEqual(values, before);
    assert.deepEqual(out, {
      household: { address: '北京' },
      members: [
        { name: '张三', idNumber: ID_MALE, income: 3000, sex: 'male', age: 36, householdIncome: 4500.5 },
        { name: '李四', idNumber: ID_FEMALE, income: '1500.5', sex: 'female', age: 76, householdIncome: 4500.5 },
      ],
    });
  });

  it('recomputes what the client sent and removes what cannot be derived or is hidden by an item rule', () => {
    const values = {
      members: [
        { name: '张三', idNumber: ID_MALE, sex: 'female', age: 99, householdIncome: 1 },
        { name: '王五', idNumber: '110105194912310021', sex: 'male', age: 50 },
        { name: '赵六', idNumber: ID_FEMALE, ageUnknown: true, age: 70 },
        { name: '孙七', idNumber: 12 },
      ],
    };
    const out = applyDerived(membersSpec, values, { today: TODAY }) as any;
    assert.deepEqual(out.members, [
      { name: '张三', idNumber: ID_MALE, sex: 'male', age: 36 },
      { name: '王五', idNumber: '110105194912310021' },
      { name: '赵六', idNumber: ID_FEMALE, ageUnknown: true, sex: 'female' },
      { name: '孙七', idNumber: 12 },
    ]);
  });

  it('keeps items that are not objects as they are', () => {
    const out = applyDerived(membersSpec, { members: [7, null, 'x', [ID_MALE], { idNumber: ID_MALE }] }, { today: TODAY }) as any;
    assert.deepEqual(out.members, [7, null, 'x', [ID_MALE], { idNumber: ID_MALE, sex: 'male', age: 36 }]);
  });

  it('leaves a repeat value that is not a list, or missing, as it is', () => {
    assert.deepEqual(applyDerived(membersSpec, { members: 'x', household: { address: '北京' } }, { today: TODAY }), { members: 'x', household: { address: '北京' } });
    assert.deepEqual(applyDerived(membersSpec, { members: { 0: { idNumber: ID_MALE } } }, { today: TODAY }), { members: { 0: { idNumber: ID_MALE } } });
    assert.deepEqual(applyDerived(membersSpec, { household: { address: '北京' } }, { today: TODAY }), { household: { address: '北京' } });
  });
});

describe('sumItemValues: which texts count as numbers', () => {
  const sumOf = (amount: unknown) => sumItemValues({ rows: [{ amount }] }, 'rows[].amount');

  it('counts plain decimal texts, signed, with a bare leading or trailing point, and surrounding spaces', () => {
    const cases: [string, number][] = [
      ['5', 5], ['12', 12], ['-2', -2], ['+7', 7], [' +1.5 ', 1.5], ['2.55', 2.55], ['3.', 3], ['.25', 0.25], ['.5', 0.5],
      ['5 ', 5], [' 5', 5], ['\t42\n', 42], ['007', 7],
    ];
    for (const [text, n] of cases) assert.equal(sumOf(text), n, JSON.stringify(text));
  });

  it('skips texts that are not plain decimals, even where Number() would read them', () => {
    for (const text of ['', '   ', 'abc', '1e3', '0x10', '0b11', 'Infinity', '5abc', 'abc5', '1.2.3', '.', '+', '- 5', '1,000', '５']) {
      assert.equal(sumOf(text), undefined, JSON.stringify(text));
    }
  });

  it('skips values that are neither numbers nor texts, such as a list holding a number', () => {
    for (const value of [['5'], [7], true, null, { value: 5 }]) assert.equal(sumOf(value), undefined, JSON.stringify(value));
  });

  it('adds numbers and numeric texts together', () => {
    assert.equal(sumItemValues({ rows: [{ amount: 10 }, { amount: '2.5' }, { amount: 'x' }, { amount: ' -0.5' }] }, 'rows[].amount'), 12);
  });
});
