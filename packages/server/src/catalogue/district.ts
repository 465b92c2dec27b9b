import type * as z from 'zod';
import { DepartmentsSchema, DistrictSchema, loadDataFile } from './data-files.js';

// The district's data files (illustrative district 云溪市明湖区, see data/README.md), checked on load.

/** The illustrative district (data/district.json). */
export const DISTRICT = loadDataFile('district.json', DistrictSchema);

/** A service hall of the district. */
export type Hall = z.output<typeof DistrictSchema>['halls'][string];

export const HALLS: Readonly<Record<string, Hall>> = DISTRICT.halls;

/** An agency profile, with its key in the matter list (e.g. 区市场监督管理局). */
export type DepartmentProfile = z.output<typeof DepartmentsSchema>[string] & { readonly key: string };

/** Department profiles keyed by their matter-list name. */
export const DEPARTMENTS: ReadonlyMap<string, DepartmentProfile> = new Map(
  Object.entries(loadDataFile('departments.json', DepartmentsSchema)).map(([key, p]) => [key, { key, ...p }]),
);

/** The profile of a department; throws so a new department in the list is noticed, not silently invented. */
export function department(key: string): DepartmentProfile {
  const p = DEPARTMENTS.get(key);
  if (p === undefined) throw new Error(`data/departments.json has no profile for "${key}"`);
  return p;
}

/** A department's phone: invented, begins with 0 after the area code so it can never be dialled. */
export function departmentPhone(p: DepartmentProfile): string {
  const hall = HALLS[p.hall];
  if (p.hall !== 'center' && hall !== undefined) return hall.phone;
  return `${DISTRICT.city.areaCode}-0886${String(1000 + p.orgSeq * 17).padStart(4, '0')}`;
}
