// Validator branches a mutation run found untested. Check characters here were worked out by hand (ISO 7064
// mod 11-2 for IDs, GB 11714 weights 3 7 9 10 5 8 4 2 for organisation codes), not with the validators' own
// check-character functions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeOrgCodeCheckChar, isValidOrgCode, validateIdCard, validateRegionCode } from '../src/validators/index.js';

const TODAY = '2025-06-01';
const outcome = (r: { ok: boolean; reason?: string }) => (r.ok ? 'ok' : r.reason);

describe('外国人永久居留身份证 (leading 9, mainland province in digits 2–3)', () => {
  it('accepts a mainland province and reports it', () => {
    for (const [id, province, sex] of [['965156198001010019', '65', 'male'], ['950156198001010020', '50', 'female']] as const) {
      const r = validateIdCard(id, { today: TODAY });
      assert.ok(r.ok, id);
      assert.equal(r.info.holderType, 'foreign_permanent_resident');
      assert.equal(r.info.provinceCode, province);
      assert.equal(r.info.sex, sex);
      assert.equal(r.info.birthDate, '1980-01-01');
    }
  });
  it('refuses Hong Kong or Taiwan codes after the 9: those are no accepting mainland province', () => {
    assert.equal(outcome(validateIdCard('981156198001010027', { today: TODAY })), 'region_prefix');
    assert.equal(outcome(validateIdCard('971156198001010025', { today: TODAY })), 'region_prefix');
  });
  it('the same digits without the 9 are an ordinary resident number of that province', () => {
    const r = validateIdCard('650156198001010011', { today: TODAY });
    assert.ok(r.ok);
    assert.equal(r.info.holderType, 'resident');
  });
});

describe('GB 11714 organisation codes: the X and 0 check characters', () => {
  it('remainder 1 gives X, remainder 0 gives 0', () => {
    // 000A0000: A=10 at weight 10 → 100 ≡ 1 (mod 11) → 11 − 1 = 10 → X.
    assert.equal(isValidOrgCode('000A0000X'), true);
    assert.equal(isValidOrgCode('000A00000'), false);
    assert.equal(isValidOrgCode('000A0000A'), false);
    // 00000000: sum 0 → 11 − 0 = 11 → 0.
    assert.equal(isValidOrgCode('000000000'), true);
    assert.equal(isValidOrgCode('00000000X'), false);
    // 12345678: 3+14+27+40+25+48+28+16 = 201 ≡ 3 → 8.
    assert.equal(isValidOrgCode('123456788'), true);
    assert.equal(isValidOrgCode('123456789'), false);
  });
  it('computes a check character only for exactly 8 body characters', () => {
    assert.equal(computeOrgCodeCheckChar('000A0000'), 'X');
    for (const body of ['000A000', '000A00000', 'x000A0000', '000A0000x', '000a0000']) assert.equal(computeOrgCodeCheckChar(body), undefined, body);
  });
  it('needs exactly 9 upper-case characters', () => {
    assert.equal(isValidOrgCode('000a0000X'), false);
    assert.equal(isValidOrgCode('12345678'), false);
    assert.equal(isValidOrgCode('1234567880'), false);
    assert.equal(isValidOrgCode('0000-0000'), false);
  });
});

describe('region codes: the zero rules and prefecture bounds', () => {
  const cases: Array<[string, string]> = [
    ['110000', 'ok'],
    ['110000000', 'ok'],
    ['110000000000', 'ok'],
    ['110000000001', 'region_prefecture'], // a province code carries nothing below it
    ['110000001000', 'region_prefecture'],
    ['110001000', 'region_prefecture'],
    ['110100000', 'ok'],
    ['110100000001', 'region_county'], // a prefecture code carries no township or village
    ['110100100000', 'region_county'],
    ['110101000', 'ok'],
    ['110101000000', 'ok'],
    ['110101001000', 'ok'],
    ['110101001001', 'ok'],
    ['110101000100', 'region_township'],
    ['110101000010', 'region_township'],
    ['117000', 'ok'], // 70: the last prefecture-level city code
    ['117100', 'region_prefecture'],
    ['112100', 'ok'], // 21–50: prefectures and leagues
    ['115000', 'ok'],
    ['119000', 'ok'], // 90: province-administered units
    ['118900', 'region_prefecture'],
    ['119100', 'region_prefecture'],
    ['110100', 'ok'],
  ];
  for (const [code, expected] of cases) {
    it(`${code} → ${expected}`, () => assert.equal(outcome(validateRegionCode(code)), expected));
  }
  it('reports where the fault is', () => {
    const at = (code: string) => { const r = validateRegionCode(code); return r.ok ? -1 : r.position; };
    assert.deepEqual(['110000000001', '110100000001', '110101000001', '990000', 'a10101', '1101 0x'].map(at), [2, 4, 6, 0, 0, 5]);
  });
  it('the county-level part is the first six digits of any length', () => {
    const info = (code: string) => { const r = validateRegionCode(code); assert.ok(r.ok, code); return r.info; };
    assert.deepEqual(['110101001001', '110101001', '110101'].map((c) => info(c).countyLevelCode), ['110101', '110101', '110101']);
  });
});
