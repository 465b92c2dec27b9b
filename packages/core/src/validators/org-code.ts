/** 组织机构代码 (GB 11714-1997): 8 body chars + check char; embedded as chars 9–17 of a credit code. */

const CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The GB 11714 check character of an 8-char body (0-9A-Z), or undefined when the body is malformed. */
export function computeOrgCodeCheckChar(first8: string): string | undefined {
  if (!/^[0-9A-Z]{8}$/.test(first8)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += CHARSET.indexOf(first8[i]!) * WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** True when a 9-char 组织机构代码 (without hyphen) passes GB 11714. */
export function isValidOrgCode(code: string): boolean {
  return code.length === 9 && computeOrgCodeCheckChar(code.slice(0, 8)) === code[8];
}
