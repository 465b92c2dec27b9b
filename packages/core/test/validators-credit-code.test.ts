import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeCreditCodeCheckChar, computeOrgCodeCheckChar, isValidOrgCode, validateCreditCode } from '../src/validators/index.js';

describe('validateCreditCode — domain.md §5.2 vectors', () => {
  for (const code of ['91350200776049653A', '913502000728319549', '91440101MA5CJQ4N59', '91110108MA0000015T']) {
    it(`${code} passes GB 32100 and GB 11714 (no warnings)`, () => {
      const r = validateCreditCode(code);
      assert.ok(r.ok, r.ok ? '' : r.message.en);
      assert.deepEqual(r.warnings, []);
      assert.ok(isValidOrgCode(code.slice(8, 17)));
    });
  }
  for (const code of ['11450721MB15580811', '11450721348531435D', '11440232MB2D06811W', '11440703581417065G']) {
    it(`government agency ${code} passes GB 32100 (1 机构编制 / 1 机关)`, () => {
      const r = validateCreditCode(code);
      assert.ok(r.ok, r.ok ? '' : r.message.en);
      assert.equal(r.info.registrationAuthority.code, '1');
      assert.equal(r.info.registrationAuthority.label?.['zh-CN'], '机构编制');
      assert.equal(r.info.orgCategory.label?.['zh-CN'], '机关');
    });
  }
  it('91350200776049653B fails the check character', () => {
    const r = validateCreditCode('91350200776049653B');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'checksum');
    assert.equal(r.position, 17);
  });
  it('91350200776049653I fails: I is not in the alphabet; message names the char, its place and the likely digit', () => {
    const r = validateCreditCode('91350200776049653I');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'charset');
    assert.equal(r.position, 17);
    assert.match(r.message['zh-CN'], /第18位"I"/);
    assert.match(r.message.en, /Character 18 \("I"\).*"1"/);
  });
  it('91350203M0001QAY9B fails GB 32100 although its chars 9–17 pass GB 11714', () => {
    const r = validateCreditCode('91350203M0001QAY9B');
    assert.equal(r.ok ? 'ok' : r.reason, 'checksum');
    assert.ok(isValidOrgCode('M0001QAY9'));
  });
});

describe('validateCreditCode — info, warnings, normalisation', () => {
  it('derives registration authority, category, region and org code', () => {
    const r = validateCreditCode('91350200776049653A');
    assert.ok(r.ok);
    assert.deepEqual(
      { ...r.info, registrationAuthority: r.info.registrationAuthority.code, orgCategory: r.info.orgCategory.code },
      { registrationAuthority: '9', orgCategory: '1', regionCode: '350200', orgCode: '776049653' },
    );
    assert.equal(r.info.orgCategory.label?.['zh-CN'], '企业');
  });
  it('lower case, spaces and hyphens are normalised', () => {
    const r = validateCreditCode(' 9135 0200-7760 4965 3a ');
    assert.ok(r.ok && r.value === '91350200776049653A');
  });
  it('a GB 11714 mismatch is a warning, not a failure', () => {
    const first17 = '91350200776049650'; // org code 776049650: GB 11714 expects 3
    const code = first17 + computeCreditCodeCheckChar(first17);
    const r = validateCreditCode(code);
    assert.ok(r.ok);
    assert.deepEqual(r.warnings.map((w) => w.code), ['org_code_checksum']);
  });
  it('an unknown registration department is a warning', () => {
    const first17 = 'B1350200776049653';
    const r = validateCreditCode(first17 + computeCreditCodeCheckChar(first17));
    assert.ok(r.ok);
    assert.deepEqual(r.warnings.map((w) => w.code), ['registration_authority']);
    assert.equal(r.info.registrationAuthority.label, undefined);
  });
  it('length, empty, format', () => {
    const short = validateCreditCode('9135020077604965');
    assert.ok(!short.ok && short.reason === 'length' && short.message['zh-CN'] === '统一社会信用代码应为18位，当前为16位');
    assert.equal(validateCreditCode('').ok ? 'ok' : 'empty', 'empty');
    const letterInRegion = validateCreditCode('9135A200776049653A');
    assert.ok(!letterInRegion.ok && letterInRegion.reason === 'format' && letterInRegion.position === 4);
  });
  it('each excluded letter is reported with its position', () => {
    for (const ch of ['I', 'O', 'S', 'V', 'Z']) {
      const r = validateCreditCode(`91350200776${ch}49653A`);
      assert.ok(!r.ok && r.reason === 'charset' && r.position === 11, ch);
    }
  });
});

describe('check characters', () => {
  it('computeCreditCodeCheckChar matches the vectors', () => {
    assert.equal(computeCreditCodeCheckChar('91350200776049653'), 'A');
    assert.equal(computeCreditCodeCheckChar('11440232MB2D06811'), 'W');
    assert.equal(computeCreditCodeCheckChar('91110108MA0000015'), 'T');
  });
  it('computeCreditCodeCheckChar rejects bad input', () => {
    assert.throws(() => computeCreditCodeCheckChar('9135020077604965'), RangeError);
    assert.throws(() => computeCreditCodeCheckChar('9135020077604965O'), RangeError);
  });
  it('computeOrgCodeCheckChar (GB 11714)', () => {
    assert.equal(computeOrgCodeCheckChar('77604965'), '3');
    assert.equal(computeOrgCodeCheckChar('MA5CJQ4N'), '5');
    assert.equal(computeOrgCodeCheckChar('bad'), undefined);
  });
});
