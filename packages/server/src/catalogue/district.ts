import { DISTRICT_DATA as districtJson } from './data/district.js';
import { DEPARTMENT_DATA as departmentsJson } from './data/departments.js';
import type { AgencyNature, UseLevel } from '@zwfw/core';

// Typed views of the district's data files (illustrative district 云溪市明湖区, see data/district.ts).

export interface Hall {
  readonly name: string;
  readonly address: string;
  readonly hours: string;
  readonly phone: string;
  readonly transit?: string;
}

export interface DepartmentProfile {
  /** Key in the matter list (e.g. 区市场监督管理局). */
  readonly key: string;
  readonly name: string;
  readonly authority: string;
  readonly category: string;
  readonly orgSeq: number;
  readonly nature: AgencyNature;
  readonly level: UseLevel;
  readonly hall: string;
  readonly window: string;
  readonly laws: readonly string[];
}

export const DISTRICT = districtJson;

export const HALLS: Readonly<Record<string, Hall>> = districtJson.halls;

const raw = departmentsJson as unknown as Record<string, Omit<DepartmentProfile, 'key'> | string>;

/** Department profiles keyed by their matter-list name. */
export const DEPARTMENTS: ReadonlyMap<string, DepartmentProfile> = new Map(
  Object.entries(raw)
    .filter((e): e is [string, Omit<DepartmentProfile, 'key'>] => typeof e[1] === 'object')
    .map(([key, p]) => [key, { key, ...p }]),
);

/** The profile of a department; throws so a new department in the list is noticed, not silently invented. */
export function department(key: string): DepartmentProfile {
  const p = DEPARTMENTS.get(key);
  if (p === undefined) throw new Error(`data/departments.ts has no profile for "${key}"`);
  return p;
}

/** A department's phone: invented, begins with 0 after the area code so it can never be dialled. */
export function departmentPhone(p: DepartmentProfile): string {
  const hall = HALLS[p.hall];
  if (p.hall !== 'center' && hall !== undefined) return hall.phone;
  return `${DISTRICT.city.areaCode}-0886${String(1000 + p.orgSeq * 17).padStart(4, '0')}`;
}
