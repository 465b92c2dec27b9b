// Details of validator messages and refusals: the part of the number a message quotes (not the whole number),
// the digit a look-alike letter stands for, the default earliest birth date, and what a check-character
// function says when given the wrong input.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeCreditCodeCheckChar, computeIdCheckChar, validateCreditCode, validateIdCard } from '../src/validators/index.js';

const TODAY = '2025-06-01';
const quotes = (text: string, part: string) => text.includes(`"${part}"`) || text.includes(`「${part}」`);

describe('messages quote the part at fault', () => {
  it('the province digits and the date digits of an ID number, not the whole number', () => {
    const region = validateIdCard('99010519491231002X', { today: TODAY });
    const date = validateIdCard('110105194913310023', { today: TODAY });
    assert.ok(!region.ok && !date.ok);
    for (const text of Object.values(region.message)) assert.ok(quotes(text, '99'), text);
    for (const text of Object.values(date.message)) assert.ok(quotes(text, '19491331'), text);
  });
  it('the digit each excluded letter stands for in a credit code', () => {
    for (const [letter, digit] of [['I', '1'], ['O', '0'], ['S', '5'], ['Z', '2'], ['V', 'U']] as const) {
      const r = validateCreditCode(`913502007${letter}6049653A`);
      assert.ok(!r.ok && r.reason === 'charset', letter);
      for (const text of Object.values(r.message)) assert.ok(quotes(text, digit), `${letter}: ${text}`);
    }
  });
});

describe('defaults and refusals', () => {
  it('a birth before 1800 is refused by default', () => {
    const r = validateIdCard('440524179912310010', { today: TODAY });
    assert.ok(!r.ok && r.reason === 'date' && r.position === 6);
    assert.match(r.message.en, /before 1800-01-01/);
  });
  it('the check-character functions say what they expect', () => {
    assert.throws(() => computeIdCheckChar('1101051949123100'), /expects exactly 17 digits/);
    assert.throws(() => computeCreditCodeCheckChar('9135020077604965'), /expects exactly 17 characters/);
  });
});
