import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatFieldValue, normalizeWidth, parseFieldInput, validateIdCard, type ScalarFormField } from '../src/index.js';
import { ID_FEMALE, TODAY } from './form-engine-fixture.js';

const f = (kind: ScalarFormField['kind'], extra: Partial<ScalarFormField> = {}): ScalarFormField => ({ id: 'x', label: 'x', kind, ...extra });

describe('parseFieldInput', () => {
  it('full-width digits pasted into an ID card field become the half-width number that validates', () => {
    const pasted = '１１０１０５　１９４９１２３１－００２ｘ';
    const value = parseFieldInput(f('idCard'), pasted);
    assert.equal(value, ID_FEMALE);
    assert.equal(validateIdCard(value as string, { today: TODAY }).ok, true);
  });

  it('credit codes lose spaces and hyphens and are upper-cased', () => {
    assert.equal(parseFieldInput(f('creditCode'), ' 9135 0100-m000 100y43 '), '91350100M000100Y43');
  });

  it('mobile numbers lose spaces, hyphens and a leading +86 / 0086', () => {
    assert.equal(parseFieldInput(f('mobile'), '18 012 345 678'), '18012345678');
    assert.equal(parseFieldInput(f('mobile'), '+86 180-1234-5678'), '18012345678');
    assert.equal(parseFieldInput(f('mobile'), '0086１８０１２３４５６７８'), '18012345678');
  });

  it('amounts lose thousands separators and become numbers; what is not a number stays as typed', () => {
    assert.equal(parseFieldInput(f('money'), '1,000,000'), 1000000);
    assert.equal(parseFieldInput(f('money'), '１，２３４．５'), 1234.5);
    assert.equal(parseFieldInput(f('number'), ' 12 '), 12);
    assert.equal(parseFieldInput(f('money'), '12万'), '12万');
    assert.equal(parseFieldInput(f('number'), '1.2.3'), '1.2.3');
  });

  it('dates in the usual Chinese spellings become ISO; an impossible date stays as typed', () => {
    assert.equal(parseFieldInput(f('date'), '2024年3月5日'), '2024-03-05');
    assert.equal(parseFieldInput(f('date'), '2024/3/5'), '2024-03-05');
    assert.equal(parseFieldInput(f('date'), '2024.12.31'), '2024-12-31');
    assert.equal(parseFieldInput(f('date'), '２０２４－０３－０５'), '2024-03-05');
    assert.equal(parseFieldInput(f('date'), '2024-02-30'), '2024-02-30');
    assert.equal(parseFieldInput(f('date'), '2024/3-5'), '2024/3-5');
  });

  it('text kinds are only trimmed: full-width Chinese punctuation is kept', () => {
    assert.equal(parseFieldInput(f('companyName'), '  某某（北京）科技有限公司 '), '某某（北京）科技有限公司');
    assert.equal(parseFieldInput(f('textarea'), ' 甲，乙 '), '甲，乙');
    assert.equal(parseFieldInput(f('email'), ' ａ＠ｂ．ｃｎ '), 'a@b.cn');
  });

  it('a numeric option keeps its type; checkboxes read true / on', () => {
    const select = f('select', { options: [{ value: 1, label: '一' }, { value: '2', label: '二' }] });
    assert.equal(parseFieldInput(select, '1'), 1);
    assert.equal(parseFieldInput(select, '2'), '2');
    assert.equal(parseFieldInput(f('checkbox'), 'on'), true);
    assert.equal(parseFieldInput(f('checkbox'), ''), false);
  });

  it('odd inputs never throw', () => {
    for (const kind of ['idCard', 'creditCode', 'mobile', 'money', 'date', 'text', 'select', 'regionCode'] as const) {
      for (const raw of [undefined, null, 12, {}, [], '', '\u0000', '😀']) {
        assert.doesNotThrow(() => parseFieldInput(f(kind), raw as string));
      }
    }
  });
});

describe('formatFieldValue', () => {
  it('shows stored values the way people read them, and parses back to the same value', () => {
    const cases: [ScalarFormField, unknown, string][] = [
      [f('idCard'), ID_FEMALE, '110105 19491231 002X'],
      [f('mobile'), '18012345678', '180 1234 5678'],
      [f('money'), 1234567.5, '1,234,567.5'],
      [f('number'), 12, '12'],
      [f('date'), '2024-03-05', '2024-03-05'],
    ];
    for (const [field, value, shown] of cases) {
      assert.equal(formatFieldValue(field, value), shown);
      assert.deepEqual(parseFieldInput(field, shown), value);
    }
  });

  it('empty and odd values show as empty', () => {
    for (const v of [undefined, null, '', [], {}, Number.NaN]) assert.equal(formatFieldValue(f('text'), v), '');
  });
});

describe('normalizeWidth', () => {
  it('maps full-width ASCII and the ideographic space only', () => {
    assert.equal(normalizeWidth('ＡＢＣ１２３　！（中文）'), 'ABC123 !(中文)');
  });
});
