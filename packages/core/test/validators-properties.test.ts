import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './fast-check-seed.js';
import {
  CREDIT_CODE_ALPHABET,
  MAINLAND_PROVINCE_CODES,
  maskIdNumber,
  maskMobile,
  validateCreditCode,
  validateIdCard,
  validateMobile,
} from '../src/validators/index.js';

const TODAY = '2025-06-01';
const DIGITS = '0123456789';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...DIGITS), minLength: n, maxLength: n });
const from = (alphabet: string, n: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: n, maxLength: n });

/** A birth date between 1900-01-01 and TODAY as yyyyMMdd. */
const birthDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2025, 5, 1) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', ''));

// Reference check characters written independently of the validators: the recursive (Horner) forms of
// ISO 7064 MOD 11-2 and of GB 32100's MOD 31, instead of the weight tables the validators use.
function referenceIdCheckChar(first17: string): string {
  let p = 0;
  for (const d of first17) p = ((p + Number(d)) * 2) % 11; // p = Σ dᵢ·2^(18−i) (mod 11)
  const c = (12 - p) % 11;
  return c === 10 ? 'X' : String(c);
}
function referenceCreditCodeCheckChar(first17: string): string {
  let p = 0;
  for (const ch of [...first17].reverse()) p = (p * 3 + CREDIT_CODE_ALPHABET.indexOf(ch)) % 31; // Σ vᵢ·3^(i−1)
  return CREDIT_CODE_ALPHABET[(31 - p) % 31]!;
}

describe('reference check characters', () => {
  it('agree with published vectors', () => {
    assert.equal(referenceIdCheckChar('11010519491231002'), 'X'); // GB 11643-1999 example
    assert.equal(referenceIdCheckChar('44052418800101001'), '4');
    for (const code of ['91350200776049653A', '913502000728319549', '91440101MA5CJQ4N59', '91110108MA0000015T']) {
      assert.equal(referenceCreditCodeCheckChar(code.slice(0, 17)), code[17], code);
    }
  });
});

/** A structurally valid 18-char ID: mainland province + 4 digits + real past date + sequence + check char. */
const validId = fc
  .tuple(fc.constantFrom(...MAINLAND_PROVINCE_CODES), digits(4), birthDate, digits(3))
  .map(([p, r, b, s]) => {
    const first17 = p + r + b + s;
    return first17 + referenceIdCheckChar(first17);
  });

/** A valid credit code: 2 alphabet chars + 6 digits + 9 alphabet chars + check char. */
const validCreditCode = fc.tuple(from(CREDIT_CODE_ALPHABET, 2), digits(6), from(CREDIT_CODE_ALPHABET, 9)).map(([a, b, c]) => {
  const first17 = a + b + c;
  return first17 + referenceCreditCodeCheckChar(first17);
});

/** Replaces the char at `pos` with a different one from `alphabet`. */
function mutate(value: string, pos: number, alphabet: string, pick: number): string {
  const choices = alphabet.replace(value[pos] ?? '', '');
  return value.slice(0, pos) + (choices[pick % choices.length] ?? '') + value.slice(pos + 1);
}

describe('ID card properties', () => {
  it('17 digits + computed check char, with valid prefix and date, always validates and derives its info', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const r = validateIdCard(id, { today: TODAY });
        assert.ok(r.ok, r.ok ? '' : `${id}: ${r.reason}`);
        assert.equal(r.value, id);
        assert.equal(r.info.birthDate.replaceAll('-', ''), id.slice(6, 14));
        assert.equal(r.info.sex, Number(id[16]) % 2 === 1 ? 'male' : 'female');
      }),
    );
  });
  it('any single-character change of a valid ID makes it invalid', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 17 }), fc.nat(), (id, pos, pick) => {
        const changed = mutate(id, pos, pos === 17 ? `${DIGITS}X` : DIGITS, pick);
        assert.notEqual(changed, id);
        assert.equal(validateIdCard(changed, { today: TODAY }).ok, false, `${id} → ${changed}`);
      }),
    );
  });
  it('normalisation: lower-case x, spaces and full-width digits validate to the same value', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const fullWidth = id.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        for (const variant of [id.toLowerCase(), ` ${id.slice(0, 6)} ${id.slice(6)} `, fullWidth]) {
          const r = validateIdCard(variant, { today: TODAY });
          assert.ok(r.ok && r.value === id, variant);
        }
      }),
    );
  });
  it('maskIdNumber never reveals characters 7–14 (the birth date)', () => {
    fc.assert(fc.property(validId, (id) => assert.equal(maskIdNumber(id).slice(6, 14), '********')));
  });
});

describe('credit code properties', () => {
  it('any 17 chars (digits in 3–8) + computed check char validates', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        const r = validateCreditCode(code);
        assert.ok(r.ok, r.ok ? '' : `${code}: ${r.reason}`);
        assert.equal(r.info.orgCode, code.slice(8, 17));
      }),
    );
  });
  it('any single-character change within the 31-char alphabet makes it invalid', () => {
    fc.assert(
      fc.property(validCreditCode, fc.integer({ min: 0, max: 17 }), fc.nat(), (code, pos, pick) => {
        const changed = mutate(code, pos, CREDIT_CODE_ALPHABET, pick);
        assert.equal(validateCreditCode(changed).ok, false, `${code} → ${changed}`);
      }),
    );
  });
  it('lower case input validates to the upper-case code', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        const r = validateCreditCode(code.toLowerCase());
        assert.ok(r.ok && r.value === code);
      }),
    );
  });
});

describe('mobile properties', () => {
  const mobile = fc.tuple(fc.constantFrom(...'3456789'), digits(9)).map(([second, rest]) => `1${second}${rest}`);
  it('every 1[3-9]xxxxxxxxx validates, with any +86 / 0086 / separator spelling', () => {
    fc.assert(
      fc.property(mobile, fc.constantFrom('', '+86', '0086', '+86 ', '86'), fc.constantFrom('', ' ', '-'), (m, prefix, sep) => {
        const spelled = prefix + [m.slice(0, 3), m.slice(3, 7), m.slice(7)].join(sep);
        const r = validateMobile(spelled);
        assert.ok(r.ok && r.value === m, spelled);
        assert.equal(maskMobile(spelled), `${m.slice(0, 3)}****${m.slice(7)}`);
      }),
    );
  });
  it('numbers starting 10, 11 or 12 never validate', () => {
    fc.assert(fc.property(fc.constantFrom('0', '1', '2'), digits(9), (second, rest) => !validateMobile(`1${second}${rest}`).ok));
  });
});
