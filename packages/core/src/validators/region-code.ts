/**
 * 行政区划代码 structure (GB/T 2260, plus the 9/12-digit 统计用区划代码 of GB/T 10114): checks the shape only.
 * It does not say whether a code exists: codes change every year and retired codes stay valid on old
 * documents, so existence belongs to a versioned code list, not to a validator.
 */
import { charAt, describeChar, stripWhitespace, toHalfWidth } from './normalize.js';
import { isProvinceCode } from './province-codes.js';
import { fail, msg, pass, type ValidationResult } from './result.js';

/** Level of a division code. */
export type RegionCodeLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

/** What a structurally valid division code tells us. */
export interface RegionCodeInfo {
  readonly level: RegionCodeLevel;
  /** Two-digit province prefix. */
  readonly provinceCode: string;
  /** The enclosing division's code, same length as the input; null for a province. A county under a
   * province-administered group (prefecture digits 90) gets the province as parent, since xx9000 is only a
   * statistical grouping. */
  readonly parentCode: string | null;
  /** The six-digit county-level part (digits 1–6). */
  readonly countyLevelCode: string;
}

// Digits 3–4: 01–20 / 51–70 prefecture-level cities, 21–50 prefectures/autonomous prefectures/leagues,
// 90 province-administered county-level units. 00 only for the province itself.
function isPrefectureDigits(dd: string): boolean {
  const n = Number(dd);
  // Stryker disable next-line ConditionalExpression: '00' never comes here (validateRegionCode handles it first)
  return (n >= 1 && n <= 70) || n === 90;
}

/** Validates the structure of a 6-, 9- or 12-digit division code and derives level and parent. */
export function validateRegionCode(raw: string): ValidationResult<string, RegionCodeInfo> {
  const v = stripWhitespace(toHalfWidth(raw));
  if (v.length === 0) return fail('empty', msg('请输入行政区划代码', '請輸入行政區劃代碼', 'Please enter the region code'), v);
  const bad = v.search(/\D/);
  if (bad >= 0) {
    const ch = describeChar(charAt(v, bad));
    return fail(
      'charset',
      msg(`行政区划代码只能包含数字，第${bad + 1}位是"${ch}"`, `行政區劃代碼只能包含數字，第${bad + 1}位是「${ch}」`, `A region code contains digits only; character ${bad + 1} is "${ch}"`),
      v,
      bad,
    );
  }
  if (v.length !== 6 && v.length !== 9 && v.length !== 12) {
    const n = v.length;
    return fail(
      'length',
      msg(`行政区划代码应为6位（或统计用9位、12位），当前为${n}位`, `行政區劃代碼應為6位（或統計用9位、12位），目前為${n}位`, `A region code has 6 digits (9 or 12 for statistical codes); you entered ${n}`),
      v,
    );
  }
  const province = v.slice(0, 2);
  const prefecture = v.slice(2, 4);
  const county = v.slice(4, 6);
  const township = v.slice(6, 9);
  const village = v.slice(9, 12);
  // 83 prefixes residence-permit numbers for Taiwan residents; it is no GB/T 2260 division.
  if (!isProvinceCode(province) || province === '83') {
    return fail('region_prefix', msg(`前两位"${province}"不是有效的省级代码`, `前兩位「${province}」不是有效的省級代碼`, `The first two digits "${province}" are not a province code`), v, 0);
  }
  if (prefecture === '00' ? county !== '00' || /[1-9]/.test(v.slice(6)) : !isPrefectureDigits(prefecture)) {
    return fail(
      'region_prefecture',
      msg(`第3–4位地级代码"${prefecture}"无效（应为01–70或90）`, `第3–4位地級代碼「${prefecture}」無效（應為01–70或90）`, `Digits 3–4 ("${prefecture}") are not a valid prefecture-level code (01–70 or 90)`),
      v,
      2,
    );
  }
  if (county === '00' && /[1-9]/.test(v.slice(6))) {
    return fail(
      'region_county',
      msg('县级代码（第5–6位）为00时，后面的乡级、村级代码也必须为0', '縣級代碼（第5–6位）為00時，後面的鄉級、村級代碼也必須為0', 'When digits 5–6 (county) are 00, the township and village digits must be 0 too'),
      v,
      4,
    );
  }
  if (township === '000' && /[1-9]/.test(village)) {
    return fail(
      'region_township',
      msg('乡级代码（第7–9位）为000时，村级代码也必须为000', '鄉級代碼（第7–9位）為000時，村級代碼也必須為000', 'When digits 7–9 (township) are 000, the village digits must be 000 too'),
      v,
      6,
    );
  }
  const level = levelOf(v);
  return pass(v, { level, provinceCode: province, parentCode: parentOf(v, level), countyLevelCode: v.slice(0, 6) });
}

function levelOf(v: string): RegionCodeLevel {
  if (v.length === 12 && v.slice(9) !== '000') return 'village';
  if (v.length >= 9 && v.slice(6, 9) !== '000') return 'township';
  if (v.slice(4, 6) !== '00') return 'county';
  if (v.slice(2, 4) !== '00') return 'prefecture';
  return 'province';
}

function parentOf(v: string, level: RegionCodeLevel): string | null {
  const pad = (prefix: string): string => prefix.padEnd(v.length, '0');
  switch (level) {
    case 'province':
      return null;
    case 'prefecture':
      return pad(v.slice(0, 2));
    case 'county':
      return v.slice(2, 4) === '90' ? pad(v.slice(0, 2)) : pad(v.slice(0, 4));
    case 'township':
      return pad(v.slice(0, 6));
    case 'village':
      return pad(v.slice(0, 9));
  }
}
