// Masking edge cases a mutation run found untested: the exact thresholds, the two-character compound surname
// with nothing after it, and every compound surname the masker keeps whole. Expected values are written out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskIdNumber, maskMiddle, maskName } from '../src/validators/index.js';

describe('maskMiddle thresholds', () => {
  it('a value exactly as long as the kept characters is masked whole, one longer shows them', () => {
    assert.equal(maskMiddle('abcd', 2, 2), '****');
    assert.equal(maskMiddle('abcde', 2, 2), 'ab*de');
    assert.equal(maskMiddle('abc', 2, 2), '***');
    assert.equal(maskMiddle('abcde', 2, 2, '#'), 'ab#de');
    // Counted in characters, not UTF-16 units: a supplementary-plane character is one.
    assert.equal(maskMiddle('𠀀𠀁𠀂', 1, 1), '𠀀*𠀂');
  });
});

describe('maskIdNumber thresholds', () => {
  it('15 characters and more keep the first 6 and last 4 (first-generation 15-digit IDs too)', () => {
    assert.equal(maskIdNumber('110105491231002'), '110105*****1002');
    assert.equal(maskIdNumber('１１０１０５４９１２３１００２'), '110105*****1002', 'full-width digits are normalised first');
  });
  it('8 to 14 characters keep only the last 2', () => {
    assert.equal(maskIdNumber('E1234567890123'), '************23');
    assert.equal(maskIdNumber('e1234567'), '******67');
  });
  it('fewer than 8 characters are masked whole', () => {
    assert.equal(maskIdNumber('E123456'), '*******');
  });
});

// Written out here, independently of the masker's own list: simplified and traditional spellings.
const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯',
  '轩辕', '端木', '独孤', '南宫', '西门', '澹台', '公冶', '濮阳', '淳于', '单于', '太叔', '申屠', '钟离', '闾丘',
  '赫连', '呼延', '万俟', '拓跋', '百里', '东郭', '第五', '司空',
  '歐陽', '諸葛', '長孫', '軒轅', '獨孤', '南宮', '鍾離', '閭丘', '司馬', '東方', '尉遲', '公孫',
];

describe('maskName', () => {
  it('keeps every compound surname whole when a given name follows', () => {
    for (const surname of COMPOUND_SURNAMES) assert.equal(maskName(`${surname}娜娜`), `${surname}**`, surname);
  });
  it('a two-character name is one surname and one given name, even when it spells a compound surname', () => {
    assert.equal(maskName('欧阳'), '欧*');
    assert.equal(maskName('司马'), '司*');
  });
  it('a name that only starts like one compound surname keeps one character', () => {
    assert.equal(maskName('欧海娜'), '欧**');
    assert.equal(maskName('阳欧娜'), '阳**');
  });
  it('trims surrounding spaces and keeps separators inside the name', () => {
    assert.equal(maskName('  张三  '), '张*');
    assert.equal(maskName('John Smith'), 'J*** *****');
    assert.equal(maskName('阿依古丽•买买提'), '阿***•***');
    assert.equal(maskName('マリア・ロペス'), 'マ**・***');
    assert.equal(maskName('J.-P. Sartre'), 'J.-*. ******');
    assert.equal(maskName('   '), '');
    assert.equal(maskName('张三', '×'), '张×');
    assert.equal(maskName('李', '×'), '×');
  });
});
