// Validator boundaries a mutation run found untested: values exactly at a limit, a fault at the first character,
// anchored patterns met only part-way, and the enterprise-name splitting that decides the 字号 warning. The
// check characters of the ID numbers below were worked out with ISO 7064 MOD 11-2 beforehand and written out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  VALIDATORS,
  computeCreditCodeCheckChar,
  computeIdCheckChar,
  formatIdCard,
  formatMobile,
  normalizeMobile,
  validateCompanyName,
  validateCreditCode,
  validateIdCard,
  validateMobile,
  validateRegionCode,
} from '../src/validators/index.js';

const TODAY = '2025-06-01';
const outcome = (r: { ok: boolean; reason?: string }) => (r.ok ? 'ok' : r.reason);

describe('ID numbers at their bounds', () => {
  it('a birth on the earliest accepted date is accepted; on 1900-01-01 it needs no warning', () => {
    assert.equal(outcome(validateIdCard('440524188001010014', { today: TODAY, minBirthDate: '1880-01-01' })), 'ok');
    const r = validateIdCard('11010519000101001X', { today: TODAY });
    assert.ok(r.ok);
    assert.deepEqual(r.warnings, []);
    assert.equal(r.info.birthDate, '1900-01-01');
  });
  it('only 15 digits are the retired first-generation number; 15 other characters are a wrong length', () => {
    const old = validateIdCard('110105491231002', { today: TODAY });
    const other = validateIdCard('11010549123100X', { today: TODAY });
    assert.equal(outcome(old), 'length');
    assert.equal(outcome(other), 'length');
    assert.match(old.ok ? '' : old.message.en, /first-generation/);
    assert.match(other.ok ? '' : other.message.en, /you entered 15/);
  });
  it('formats only 18 characters, and computes a check character only from exactly 17 digits', () => {
    assert.equal(formatIdCard('11010519491231002X'), '110105 19491231 002X');
    assert.equal(formatIdCard('11010519491231002'), '11010519491231002');
    assert.equal(computeIdCheckChar('11010519491231002'), 'X');
    for (const bad of ['a11010519491231002', '11010519491231002a', '1101051949123100']) assert.throws(() => computeIdCheckChar(bad), RangeError, bad);
  });
  it('the idCard field validator works without options', () => {
    assert.equal(outcome(VALIDATORS.idCard.validate('11010519491231002X')), 'ok');
  });
});

describe('credit codes', () => {
  it('a check character is computed only over the alphabet, and the refusal names the place', () => {
    assert.throws(() => computeCreditCodeCheckChar('91I502007760496530'.slice(0, 17)), /Character 3 is not/);
    assert.throws(() => computeCreditCodeCheckChar('9135020077604965'), RangeError);
  });
  it('without a label, a code is still reported', () => {
    const body = 'B8350200776049653';
    const r = validateCreditCode(`${body}${computeCreditCodeCheckChar(body)}`);
    assert.ok(r.ok);
    assert.deepEqual(r.info.registrationAuthority, { code: 'B' });
    assert.deepEqual(r.info.orgCategory, { code: '8' });
  });
  it('each field validator says its kind', () => {
    for (const kind of ['idCard', 'creditCode', 'mobile', 'regionCode', 'companyName'] as const) assert.equal(VALIDATORS[kind].kind, kind);
  });
  it('field validators that show a value as it is', () => {
    assert.equal(VALIDATORS.creditCode.format('91350200776049653A'), '91350200776049653A');
    assert.equal(VALIDATORS.regionCode.format('110101'), '110101');
    assert.equal(VALIDATORS.companyName.format('北京小米科技有限责任公司'), '北京小米科技有限责任公司');
  });
});

describe('mobile numbers', () => {
  it('a country prefix is dropped only at the start, and 86 only before exactly 11 digits', () => {
    assert.equal(normalizeMobile('1380086123'), '1380086123');
    assert.equal(normalizeMobile('1386+861234'), '1386+861234');
    assert.equal(normalizeMobile('861381234567890'), '861381234567890');
    assert.equal(normalizeMobile('8613812345678'), '13812345678');
  });
  it('groups only a whole 11-digit number', () => {
    assert.equal(formatMobile('a13812345678'), 'a13812345678');
    assert.equal(formatMobile('13812345678a'), '13812345678a');
  });
  it('a letter first is a character fault at place 0', () => {
    const r = validateMobile('a3812345678');
    assert.ok(!r.ok && r.reason === 'charset' && r.position === 0);
  });
  it('an invisible character is shown by its code point, in capitals', () => {
    const r = validateMobile('1381234567\u001f');
    assert.ok(!r.ok && r.reason === 'charset');
    for (const text of Object.values(r.message)) assert.match(text, /U\+001F/);
  });
  it('a number is read as its digits, anything else that is not text as empty', () => {
    assert.equal(outcome(validateMobile(13812345678 as unknown as string)), 'ok');
    for (const v of [Symbol('x'), 10n, () => 1, new Number(13812345678)]) assert.equal(outcome(validateMobile(v as unknown as string)), 'empty', String(typeof v));
  });
});

describe('region codes', () => {
  it('a non-digit first is a character fault, not an unknown province', () => {
    assert.equal(outcome(validateRegionCode('a10101')), 'charset');
  });
  it('every province-level code of GB/T 2260 is a province, Taiwan, Hong Kong and Macao included', () => {
    const provinces = '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' ');
    for (const p of provinces) assert.equal(outcome(validateRegionCode(`${p}0000`)), 'ok', p);
    for (const p of ['10', '16', '20', '24', '30', '38', '40', '47', '49', '55', '60', '66', '70', '72', '80', '83', '84', '91']) {
      assert.equal(outcome(validateRegionCode(`${p}0000`)), 'region_prefix', p);
    }
  });
});

describe('results carry a position only when there is one', () => {
  it('failures and warnings', () => {
    const empty = validateMobile('');
    assert.ok(!empty.ok);
    assert.equal('position' in empty, false);
    const named = validateCompanyName('北京小米科技');
    assert.ok(named.ok);
    assert.equal('position' in named.warnings[0]!, false);
    assert.equal(named.warnings[0]!.code, 'organization_form');
    const latin = validateCompanyName('北京58科技有限公司');
    assert.ok(latin.ok && latin.warnings[0]!.position === 2);
  });
  it('a clean pass has no warnings', () => {
    const r = validateMobile('13812345678');
    assert.ok(r.ok);
    assert.deepEqual(r.warnings, []);
  });
});

describe('enterprise names: limits, the split of the legal form, and the 字号', () => {
  const warnings = (name: string): string[] => {
    const r = validateCompanyName(name);
    assert.ok(r.ok, name);
    return r.warnings.map((w) => `${w.code}@${w.position ?? ''}`);
  };
  it('100 characters are allowed, invisible characters and symbols are found at the first place too', () => {
    assert.equal(outcome(validateCompanyName(`${'某'.repeat(96)}有限公司`)), 'ok');
    assert.equal(outcome(validateCompanyName(`${'某'.repeat(97)}有限公司`)), 'length');
    const ctl = validateCompanyName('\u0007北京小米有限公司');
    assert.ok(!ctl.ok && ctl.reason === 'charset' && ctl.position === 0);
    assert.deepEqual(warnings('&北京小米科技有限公司'), ['charset@0']);
  });
  it('a two-character 字号 is enough, one is not', () => {
    assert.deepEqual(warnings('小米有限公司'), []);
    assert.deepEqual(warnings('米有限公司'), ['trade_name@']);
  });
  it('a legal form alone is no name with that form: the shorter form it ends with is taken', () => {
    const r = validateCompanyName('有限公司');
    assert.ok(r.ok);
    assert.equal(r.info.organizationForm, '公司');
    assert.equal(r.info.branch, false);
    const branch = validateCompanyName('分公司');
    assert.ok(branch.ok);
    assert.equal(branch.info.branch, false);
    assert.equal(branch.info.organizationForm, '公司');
  });
  it('a name without a legal form is no branch', () => {
    const r = validateCompanyName('北京小米科技');
    assert.ok(r.ok && r.info.branch === false && r.info.organizationForm === null);
  });
  it('a partnership: 合伙企业 belongs to the form only when the name has it', () => {
    const firm = validateCompanyName('北京某某律师事务所（特殊普通合伙）');
    assert.ok(firm.ok);
    assert.equal(firm.info.organizationForm, '（特殊普通合伙）');
    assert.deepEqual(firm.warnings, []);
    assert.deepEqual(warnings('米合伙企业（有限合伙）'), ['trade_name@']);
  });
  it('bracketed parts and up to three leading region names are not the 字号', () => {
    assert.deepEqual(warnings('米（北京）有限公司'), ['trade_name@']);
    assert.deepEqual(warnings('广东省深圳市米有限公司'), ['trade_name@']);
    assert.deepEqual(warnings('新疆维吾尔自治区伊犁哈萨克自治州伊宁市米有限公司'), ['trade_name@']);
    assert.deepEqual(warnings('深圳市小米有限公司'), []);
    // A region name counts only at the start: "A北京市" keeps its 字号.
    assert.deepEqual(warnings('A北京市有限公司'), ['charset@0']);
  });
});
