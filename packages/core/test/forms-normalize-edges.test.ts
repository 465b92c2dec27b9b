// Edge cases of forms/normalize.ts (issue 18): what typed input becomes at the borders of each rule — which
// spellings of an amount are plain decimals, which date spellings become ISO (spaces, two-digit months and
// days, a missing 日, leading or trailing text), how select / radio / checkbox text is read back, and how
// stored lists, booleans, numbers and digit strings are shown. Every expected value is written out by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatFieldValue, parseFieldInput, type ScalarFormField } from '../src/index.js';

const f = (kind: ScalarFormField['kind'], extra: Partial<ScalarFormField> = {}): ScalarFormField => ({ id: 'x', label: 'x', kind, ...extra });

describe('parseFieldInput: amounts', () => {
  it('a signed amount becomes a signed number', () => {
    assert.equal(parseFieldInput(f('money'), '+5'), 5);
    assert.equal(parseFieldInput(f('number'), '-12.5'), -12.5);
  });

  it('decimals with several digits, a trailing point or no leading digit become numbers', () => {
    assert.equal(parseFieldInput(f('money'), '1.25'), 1.25);
    assert.equal(parseFieldInput(f('money'), '12.'), 12);
    assert.equal(parseFieldInput(f('number'), '.5'), 0.5);
    assert.equal(parseFieldInput(f('number'), '.25'), 0.25);
  });

  it('exponent and hexadecimal spellings are not typed amounts and stay as typed', () => {
    assert.equal(parseFieldInput(f('money'), '1e5'), '1e5');
    assert.equal(parseFieldInput(f('number'), '0x12'), '0x12');
  });

  it('digits with text before or after them stay as typed', () => {
    assert.equal(parseFieldInput(f('money'), '约12'), '约12');
    assert.equal(parseFieldInput(f('money'), '12元'), '12元');
  });

  it('an empty or blank amount stays empty text, not zero', () => {
    assert.equal(parseFieldInput(f('money'), ''), '');
    assert.equal(parseFieldInput(f('number'), '   '), '');
  });
});

describe('parseFieldInput: dates', () => {
  it('spaces around the separators of a numeric date are allowed', () => {
    assert.equal(parseFieldInput(f('date'), '2024 - 3 - 5'), '2024-03-05');
    assert.equal(parseFieldInput(f('date'), '2024 / 12 / 31'), '2024-12-31');
  });

  it('a date with spaces around it is trimmed before it is read', () => {
    assert.equal(parseFieldInput(f('date'), '  2024-03-05  '), '2024-03-05');
    assert.equal(parseFieldInput(f('date'), ' 2024年3月5日 '), '2024-03-05');
  });

  it('spaces between the parts of a Chinese date are allowed', () => {
    assert.equal(parseFieldInput(f('date'), '2024 年 3 月 5 日'), '2024-03-05');
  });

  it('a Chinese date with a two-digit month and day becomes ISO', () => {
    assert.equal(parseFieldInput(f('date'), '2024年12月25日'), '2024-12-25');
  });

  it('a Chinese date without the closing 日 becomes ISO', () => {
    assert.equal(parseFieldInput(f('date'), '2024年3月5'), '2024-03-05');
  });

  it('a date with text or digits before or after it stays as typed', () => {
    assert.equal(parseFieldInput(f('date'), 'No.2024-03-05'), 'No.2024-03-05');
    assert.equal(parseFieldInput(f('date'), '2024-03-051'), '2024-03-051');
    assert.equal(parseFieldInput(f('date'), '2024-03-05 10:30'), '2024-03-05 10:30');
    assert.equal(parseFieldInput(f('date'), '12024-03-05'), '12024-03-05');
    assert.equal(parseFieldInput(f('date'), '公元2024年3月5日'), '公元2024年3月5日');
    assert.equal(parseFieldInput(f('date'), '2024年3月5日上午'), '2024年3月5日上午');
  });
});

describe('parseFieldInput: choices', () => {
  it('a checkbox reads "true" as checked and anything else as unchecked', () => {
    assert.equal(parseFieldInput(f('checkbox'), 'true'), true);
    assert.equal(parseFieldInput(f('checkbox'), 'on'), true);
    assert.equal(parseFieldInput(f('checkbox'), 'false'), false);
    assert.equal(parseFieldInput(f('checkbox'), 'yes'), false);
  });

  it('a radio field keeps a numeric option a number, like a select', () => {
    const radio = f('radio', { options: [{ value: 1, label: '一' }, { value: 2, label: '二' }] });
    assert.equal(parseFieldInput(radio, '2'), 2);
  });

  it('option text is trimmed before it is matched', () => {
    const select = f('select', { options: [{ value: 1, label: '一' }, { value: 'b', label: '乙' }] });
    assert.equal(parseFieldInput(select, ' 1 '), 1);
    assert.equal(parseFieldInput(select, ' b '), 'b');
  });

  it('text that matches no option stays as typed (trimmed) for the validator to explain', () => {
    const select = f('select', { options: [{ value: 1, label: '一' }, { value: '2', label: '二' }] });
    assert.equal(parseFieldInput(select, ' 3 '), '3');
    const radio = f('radio', { options: [{ value: 'a', label: '甲' }] });
    assert.equal(parseFieldInput(radio, 'z'), 'z');
  });
});

describe('formatFieldValue: edges', () => {
  it('a list shows its non-empty scalar items joined by a comma and a space', () => {
    const field = f('multiselect', { options: [{ value: '甲', label: '甲' }] });
    assert.equal(formatFieldValue(field, ['甲', '', '  ', null, 2, { a: 1 }, ['x'], '乙']), '甲, 2, 乙');
    assert.equal(formatFieldValue(field, ['甲']), '甲');
  });

  it('a list of only empty or object items shows as empty', () => {
    assert.equal(formatFieldValue(f('multiselect'), ['', null, { a: 1 }]), '');
  });

  it('a checked box shows "true" and an unchecked one shows nothing', () => {
    assert.equal(formatFieldValue(f('checkbox'), true), 'true');
    assert.equal(formatFieldValue(f('checkbox'), false), '');
  });

  it('only money is grouped by thousands; other numbers show plain', () => {
    assert.equal(formatFieldValue(f('number'), 1234567), '1234567');
    assert.equal(formatFieldValue(f('money'), 1234567), '1,234,567');
  });

  it('money keeps its decimal places', () => {
    assert.equal(formatFieldValue(f('money'), 1234.56789), '1,234.56789');
  });

  it('eleven digits in a field that is not a mobile number are shown as stored', () => {
    assert.equal(formatFieldValue(f('text'), '01012345678'), '01012345678');
    assert.equal(formatFieldValue(f('mobile'), '01012345678'), '010 1234 5678');
  });
});
