import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeIdCheckChar, formatIdCard, validateIdCard, type ValidationResult, type IdCardInfo } from '../src/validators/index.js';

const TODAY = '2025-06-01';

function ok(r: ValidationResult<string, IdCardInfo>): IdCardInfo {
  assert.ok(r.ok, r.ok ? '' : `expected ok, got ${r.reason}: ${r.message.en}`);
  return r.info;
}
function reason(r: ValidationResult<string, unknown>): string {
  return r.ok ? 'ok' : r.reason;
}

describe('validateIdCard — domain.md §5.1 vectors', () => {
  it('11010519491231002X is valid, female, born 1949-12-31', () => {
    const info = ok(validateIdCard('11010519491231002X', { today: TODAY }));
    assert.deepEqual(info, { birthDate: '1949-12-31', sex: 'female', regionCode: '110105', provinceCode: '11', holderType: 'resident' });
  });
  it('440524188001010014 (GB 11643 example, born 1880) is valid, with a warning that the year looks wrong', () => {
    const r = validateIdCard('440524188001010014', { today: TODAY });
    const info = ok(r);
    assert.equal(info.birthDate, '1880-01-01');
    assert.equal(info.sex, 'male');
    assert.deepEqual(r.ok ? r.warnings.map((w) => w.code) : [], ['birth_date_implausible']);
  });
  it('a caller can raise the floor: 440524188001010014 is rejected with reason date under minBirthDate 1900', () => {
    const r = validateIdCard('440524188001010014', { today: TODAY, minBirthDate: '1900-01-01' });
    assert.equal(reason(r), 'date');
    assert.ok(!r.ok && r.message['zh-CN'].includes('1900'));
  });
  it('births from 1900 on carry no warning', () => {
    const r = validateIdCard('11010519491231002X', { today: TODAY });
    assert.deepEqual(r.ok ? r.warnings : null, []);
  });
  it('110101199003071233 is valid, male', () => {
    assert.equal(ok(validateIdCard('110101199003071233', { today: TODAY })).sex, 'male');
  });
  it('440304200002294568 is valid (leap day 2000-02-29)', () => {
    assert.equal(ok(validateIdCard('440304200002294568', { today: TODAY })).birthDate, '2000-02-29');
  });
  it('11010519491231002Y fails: illegal character at position 17', () => {
    const r = validateIdCard('11010519491231002Y', { today: TODAY });
    assert.equal(reason(r), 'charset');
    assert.equal(r.ok ? -1 : r.position, 17);
  });
  it('110105194912310021 fails: wrong check digit', () => {
    assert.equal(reason(validateIdCard('110105194912310021', { today: TODAY })), 'checksum');
  });
  it('110105194902300026 fails: 1949-02-30 is not a date', () => {
    const r = validateIdCard('110105194902300026', { today: TODAY });
    assert.equal(reason(r), 'date');
    assert.equal(r.ok ? -1 : r.position, 6);
  });
  it('11010519491231002x is normalised to upper-case X and valid', () => {
    const r = validateIdCard('11010519491231002x', { today: TODAY });
    assert.ok(r.ok);
    assert.equal(r.value, '11010519491231002X');
  });
});

describe('validateIdCard — normalisation and messages', () => {
  it('strips spaces, full-width digits and the ideographic space', () => {
    const r = validateIdCard(' 110105 19491231 002x ', { today: TODAY });
    assert.ok(r.ok && r.value === '11010519491231002X');
    const fw = validateIdCard('１１０１０５１９４９１２３１００２Ｘ', { today: TODAY });
    assert.ok(fw.ok && fw.value === '11010519491231002X');
    assert.ok(validateIdCard('110105\u300019491231002X', { today: TODAY }).ok);
  });
  it('empty input → empty', () => {
    assert.equal(reason(validateIdCard('   ')), 'empty');
  });
  it('17 characters → length, message says 18 and 17 in every locale', () => {
    const r = validateIdCard('11010519491231002');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'length');
    assert.equal(r.message['zh-CN'], '身份证号码应为18位，当前为17位');
    assert.equal(r.message.en, 'ID number must be 18 characters; you entered 17');
    assert.match(r.message['zh-TW'], /18.*17/);
  });
  it('15-digit first-generation numbers are rejected with a dedicated message', () => {
    const r = validateIdCard('110105491231002');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'length');
    assert.match(r.message['zh-CN'], /15位/);
    assert.match(r.message.en, /first-generation/);
  });
  it('a letter inside the first 17 → charset with its position', () => {
    const r = validateIdCard('1101051949A231002X');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'charset');
    assert.equal(r.position, 10);
    assert.match(r.message['zh-CN'], /第11位/);
  });
  it('unknown province prefix → region_prefix', () => {
    const first17 = '99010519491231002';
    // 9 + "90" is no province: foreigner cards need a mainland province in digits 2–3.
    assert.equal(reason(validateIdCard(first17 + computeIdCheckChar(first17), { today: TODAY })), 'region_prefix');
    const p00 = '00010519491231002';
    assert.equal(reason(validateIdCard(p00 + computeIdCheckChar(p00), { today: TODAY })), 'region_prefix');
  });
  it('birth date after today → future_date; today itself is fine', () => {
    const future = '11010520250602001';
    assert.equal(reason(validateIdCard(future + computeIdCheckChar(future), { today: TODAY })), 'future_date');
    const same = '11010520250601001';
    assert.ok(validateIdCard(same + computeIdCheckChar(same), { today: TODAY }).ok);
  });
  it('a region code that no longer exists is still accepted (only the province is checked)', () => {
    const first17 = '11019919800101001'; // 110199 is not a real county
    assert.ok(validateIdCard(first17 + computeIdCheckChar(first17), { today: TODAY }).ok);
  });
  it('81/82/83 residence permits and the 9-prefixed foreigner card are recognised', () => {
    for (const [prefix, holder, province] of [
      ['810000', 'hk_mo_tw_resident', '81'],
      ['820000', 'hk_mo_tw_resident', '82'],
      ['830000', 'hk_mo_tw_resident', '83'],
      ['911156', 'foreign_permanent_resident', '11'],
    ] as const) {
      const first17 = `${prefix}19800101002`;
      const info = ok(validateIdCard(first17 + computeIdCheckChar(first17), { today: TODAY }));
      assert.equal(info.holderType, holder);
      assert.equal(info.provinceCode, province);
      assert.equal(info.sex, 'female');
    }
  });
});

describe('computeIdCheckChar', () => {
  it('matches the vectors', () => {
    assert.equal(computeIdCheckChar('11010519491231002'), 'X');
    assert.equal(computeIdCheckChar('44052418800101001'), '4');
    assert.equal(computeIdCheckChar('44030420000229456'), '8');
  });
  it('throws RangeError on anything but 17 digits', () => {
    assert.throws(() => computeIdCheckChar('1101051949123100'), RangeError);
    assert.throws(() => computeIdCheckChar('1101051949123100A'), RangeError);
  });
});

describe('formatIdCard', () => {
  it('groups 6-8-4', () => {
    assert.equal(formatIdCard('11010519491231002X'), '110105 19491231 002X');
  });
});
