import { computeCreditCodeCheckChar, computeOrgCodeCheckChar, toProvinceCode, USE_LEVEL_CODES, type UseLevel } from '@zwfw/core';

// Code construction (domain.md §1.2): 实施编码 = agency USCC (18) + 行使层级 (1) + 基本编码 (12) = 31 chars;
// 业务办理项编码 = 实施编码 + 2-digit sequence = 33 chars. Agency USCCs are invented but valid: the
// 主体标识码 carries a GB 11714 check char and the whole code a GB 32100 check char.

/** An illustrative agency 统一社会信用代码 from its GB 32100 chars 1–2, region and a sequence number. */
export function agencyCreditCode(authority: string, category: string, regionCode: string, seq: number): string {
  // 'MB' prefixes the 主体标识码 of institutions registered after the 2015 reform (cf. 11450721MB15580811);
  // enterprises use 'MA'. Both letters are in the GB 32100 alphabet.
  const prefix = authority === '9' ? 'MA' : 'MB';
  const body = `${prefix}2C${String(seq).padStart(4, '0')}`;
  const check = computeOrgCodeCheckChar(body);
  if (check === undefined) throw new Error(`Cannot build an organisation code from ${body}`);
  const first17 = `${authority}${category}${regionCode}${body}${check}`;
  return first17 + computeCreditCodeCheckChar(first17);
}

/** 行使层级 digit of the national dictionary. */
export function levelDigit(level: UseLevel): string {
  const r = toProvinceCode(USE_LEVEL_CODES, level, 'national');
  if (!r.ok) throw new Error(`No national code for level ${level}`);
  return r.code;
}

/** 实施编码 (31). */
export function taskCode(agencyCode: string, level: UseLevel, catalogCode: string): string {
  return `${agencyCode}${levelDigit(level)}${catalogCode}`;
}
