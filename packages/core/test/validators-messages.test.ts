// What a citizen reads when a value is refused or warned about: every failure and warning of every validator
// carries a message in zh-CN, zh-TW and en, and the message names what it is about (the position, the
// character, the count, the date) in each locale. The inputs are written out by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeCreditCodeCheckChar,
  validateByKind,
  validateCompanyName,
  validateCreditCode,
  validateIdCard,
  validateMobile,
  validateRegionCode,
  type ValidationMessage,
  type ValidationResult,
} from '../src/validators/index.js';

const TODAY = '2025-06-01';
const CJK = /[\u4e00-\u9fff]/u;

/** Each locale is written (Chinese in zh-*, words in en) and mentions every part (a RegExp may differ per locale). */
function says(message: ValidationMessage, ...parts: Array<string | RegExp>): void {
  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    const text = message[locale];
    assert.ok(locale === 'en' ? /[A-Za-z]{3}/.test(text) : CJK.test(text), `${locale}: ${JSON.stringify(text)}`);
    for (const part of parts) {
      assert.ok(typeof part === 'string' ? text.includes(part) : part.test(text), `${locale} ${JSON.stringify(text)} should mention ${String(part)}`);
    }
  }
  assert.notEqual(message['zh-CN'], message.en);
}

/** A character quoted as each locale quotes: "a" in zh-CN and en, 「a」 in zh-TW. */
const quoted = (ch: string): RegExp => {
  const e = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`"${e}"|「${e}」`, 'u');
};

/** The failure of `r`, checked to be `reason` (at `position` when given). */
function refused(r: ValidationResult<unknown, unknown>, reason: string, position?: number): ValidationMessage {
  assert.equal(r.ok ? 'ok' : r.reason, reason);
  assert.ok(!r.ok);
  if (position !== undefined) assert.equal(r.position, position);
  return r.message;
}

/** The one warning of an accepted `r`. */
function warned(r: ValidationResult<unknown, unknown>, code: string, position?: number): ValidationMessage {
  assert.ok(r.ok, r.ok ? '' : r.message.en);
  assert.deepEqual(r.warnings.map((w) => w.code), [code]);
  const w = r.warnings[0]!;
  assert.equal(w.position, position);
  return w.message;
}

describe('mobile number messages', () => {
  it('empty, a letter at its place, the count of digits, the leading digits', () => {
    says(refused(validateMobile(''), 'empty'));
    says(refused(validateMobile('1381234567a'), 'charset', 10), quoted('a'), /第11位|character 11 /);
    says(refused(validateMobile('138123'), 'length'), '11', '6');
    says(refused(validateMobile('12345678901'), 'format', 1), '13–19');
    assert.equal(refused(validateMobile('02345678901'), 'format', 0).en, refused(validateMobile('12345678901'), 'format').en);
  });
});

describe('ID number messages', () => {
  const id = (raw: string, options: { minBirthDate?: string } = {}) => validateIdCard(raw, { today: TODAY, ...options });
  it('empty, the retired 15-digit number, a wrong length', () => {
    says(refused(id(''), 'empty'));
    says(refused(id('110105491231002'), 'length'), '15', '18');
    says(refused(id('1101051949123100'), 'length'), '18', '16');
  });
  it('a character that is not a digit: where, which, and what the last place allows', () => {
    says(refused(id('11010A19491231002X'), 'charset', 5), /第6位|Character 6 /, quoted('A'));
    // The last place may also be X, and its message says so.
    says(refused(id('11010519491231002A'), 'charset', 17), /第18位|last character/, 'X', quoted('A'));
  });
  it('the province code, the unreadable date, the date before the earliest, the future date', () => {
    says(refused(id('99010519491231002X'), 'region_prefix', 0), '99');
    says(refused(id('110105194913310023'), 'date', 6), '19491331', '7–14');
    says(refused(id('440524188001010014', { minBirthDate: '1900-01-01' }), 'date', 6), '1880-01-01', '1900-01-01', '7–14');
    says(refused(id('110105205001010019'), 'future_date', 6), '2050-01-01');
    says(refused(id('110105194912310021'), 'checksum', 17));
  });
  it('a birth before 1900 is accepted with a warning naming the date', () => {
    says(warned(id('440524188001010014'), 'birth_date_implausible', 6), '1880-01-01', '1900', '7–14');
  });
});

describe('credit code messages', () => {
  const VALID = '91350200776049653A';
  it('empty, the count of characters, the checksum', () => {
    says(refused(validateCreditCode(' '), 'empty'));
    says(refused(validateCreditCode('9135020077604965'), 'length'), '18', '16');
    says(refused(validateCreditCode('91350200776049653B'), 'checksum', 17));
  });
  it('a character outside the alphabet: its place, itself, and the digit a look-alike letter stands for', () => {
    says(refused(validateCreditCode('913502007760496*3A'), 'charset', 15), /第16位|Character 16 /, '*');
    for (const [letter, digit] of [['I', '1'], ['O', '0'], ['S', '5'], ['Z', '2'], ['V', 'U']]) {
      says(refused(validateCreditCode(`${VALID.slice(0, 9)}${letter}${VALID.slice(10)}`), 'charset', 9), /第10位|Character 10 /, `${letter}`, `${digit}`);
    }
    const plain = refused(validateCreditCode('913502007760496*3A'), 'charset');
    assert.doesNotMatch(plain.en, /did you mean/, 'no look-alike, no guess');
  });
  it('a letter among the region digits names its place', () => {
    says(refused(validateCreditCode('91A50200776049653A'), 'format', 2), /第3位是|character 3 is/, quoted('A'));
    says(refused(validateCreditCode('9135020Y776049653A'), 'format', 7), /第8位是|character 8 is/, quoted('Y'));
  });
  it('warnings: an unknown department code, a failing organisation code', () => {
    const body = `B1350200${VALID.slice(8, 17)}`;
    says(warned(validateCreditCode(`${body}${computeCreditCodeCheckChar(body)}`), 'registration_authority', 0), 'B');
    const badOrg = '9135020077604965B';
    says(warned(validateCreditCode(`${badOrg}${computeCreditCodeCheckChar(badOrg)}`), 'org_code_checksum', 16), '9–17', 'GB 11714');
  });
});

describe('credit code labels of the GB 32100 table', () => {
  // Department → the category codes the standard labels, written out independently of the table.
  const LABELLED: Record<string, string[]> = {
    '1': ['1', '2', '3', '9'], '2': ['1', '9'], '3': ['1', '2', '3', '4', '5', '9'], '4': ['1', '9'], '5': ['1', '2', '3', '9'],
    '6': ['9'], '7': ['1', '2', '9'], '8': ['1', '9'], '9': ['1', '2', '3'], A: ['1', '9'], N: ['1', '2', '3', '9'], Y: [],
  };
  const info = (dept: string, cat: string) => {
    const body = `${dept}${cat}350200776049653`;
    const r = validateCreditCode(`${body}${computeCreditCodeCheckChar(body)}`);
    assert.ok(r.ok, body);
    return r.info;
  };
  it('every department and category of the table has a label in each locale', () => {
    for (const [dept, cats] of Object.entries(LABELLED)) {
      const d = info(dept, '1').registrationAuthority;
      assert.equal(d.code, dept);
      says(d.label!);
      for (const cat of cats) {
        const c = info(dept, cat).orgCategory;
        assert.equal(c.code, cat);
        assert.ok(c.label !== undefined, `${dept}${cat}`);
        says(c.label);
      }
      // A category the standard does not list under this department has no label.
      assert.equal(info(dept, '8').orgCategory.label, undefined, `${dept}8`);
    }
  });
  it('labels say what they are', () => {
    assert.equal(info('9', '1').orgCategory.label?.en, 'Enterprise');
    assert.equal(info('9', '2').orgCategory.label?.['zh-CN'], '个体工商户');
    assert.equal(info('5', '3').orgCategory.label?.['zh-TW'], '基金會');
    assert.equal(info('5', '9').orgCategory.label?.en, 'Other');
  });
});

describe('region code messages', () => {
  it('empty, a non-digit at its place, the count of digits', () => {
    says(refused(validateRegionCode(''), 'empty'));
    says(refused(validateRegionCode('1101a1'), 'charset', 4), /第5位|character 5 /, quoted('a'));
    says(refused(validateRegionCode('1101011'), 'length'), '7', '6', '9', '12');
  });
  it('the province, prefecture, county and township rules name their digits', () => {
    says(refused(validateRegionCode('990000'), 'region_prefix', 0), '99');
    says(refused(validateRegionCode('117100'), 'region_prefecture', 2), '71', '01–70', '90');
    says(refused(validateRegionCode('110100000001'), 'region_county', 4), '5–6');
    says(refused(validateRegionCode('110101000001'), 'region_township', 6), '7–9', '000');
  });
});

describe('enterprise name messages', () => {
  it('empty, too long (with the count), invisible characters', () => {
    says(refused(validateCompanyName(''), 'empty'));
    says(refused(validateCompanyName(`${'某'.repeat(97)}有限公司`), 'length'), '101');
    says(refused(validateCompanyName('北京\u200b小米有限公司'), 'charset', 2));
  });
  it('warnings: Latin letters or digits, a symbol (named), no legal form, a short trade name', () => {
    says(warned(validateCompanyName('北京58科技有限公司'), 'charset', 2));
    says(warned(validateCompanyName('北京小米&科技有限公司'), 'charset', 4), '&');
    says(warned(validateCompanyName('北京小米科技'), 'organization_form'), '有限公司');
    says(warned(validateCompanyName('米有限公司'), 'trade_name'), /2|two/);
  });
});

describe('an unknown field kind', () => {
  it('names the kind', () => {
    says(refused(validateByKind('passport', 'E12345678'), 'unknown_kind'), 'passport');
  });
});
