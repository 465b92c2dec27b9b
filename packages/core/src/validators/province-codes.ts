/** GB/T 2260 province-level prefixes (first two digits), per domain.md §5.1. Names are not needed here. */

/** Mainland provinces, autonomous regions and municipalities. */
export const MAINLAND_PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
];

/** Taiwan (71), Hong Kong (81), Macao (82); 83 is used by residence permits for Taiwan residents. */
export const NON_MAINLAND_PROVINCE_CODES: readonly string[] = ['71', '81', '82', '83'];

const ALL = new Set([...MAINLAND_PROVINCE_CODES, ...NON_MAINLAND_PROVINCE_CODES]);
const MAINLAND = new Set(MAINLAND_PROVINCE_CODES);

/** True for a known province-level prefix (mainland, 71, 81, 82, 83). */
export function isProvinceCode(code: string): boolean {
  return ALL.has(code);
}

/** True for a mainland province-level prefix (11–65). */
export function isMainlandProvinceCode(code: string): boolean {
  return MAINLAND.has(code);
}
