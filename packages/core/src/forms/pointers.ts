import type { FormSpec } from '../schemas/form-spec.js';
import { applicantFieldOf } from './applicant.js';
import { getValueAt, isEmptyValue } from './values.js';

/** The field a JSON pointer of a validation error designates. */
export interface PointedField {
  /** The field's id (for a repeat: the repeat's). */
  readonly path: string;
  readonly sectionId: string;
  /** Repeats: the item's index. */
  readonly index?: number;
  /** Repeats: the item field's id. */
  readonly itemId?: string;
}

const unescape = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The inverse of valuePointer: `/values/shareholders/0/idNumber` → shareholders, index 0, item idNumber;
 * `/values/applicant/idNumber` → applicant.idNumber. A submission's `/applicant/*` pointer maps to the value
 * field it was built from (see applicantFromValues; pass the values to decide as it did, else the spec's fields
 * decide). Undefined when the pointer designates no field.
 */
export function fieldOfPointer(spec: FormSpec, pointer: string, prefix = '/values', values?: unknown): PointedField | undefined {
  if (typeof pointer !== 'string') return undefined;
  if (pointer === '/applicant' || pointer.startsWith('/applicant/')) {
    const has = values === undefined
      ? (path: string) => spec.sections.some((s) => s.fields.some((f) => f.id === path))
      : (path: string) => !isEmptyValue(getValueAt(values, path));
    const field = applicantFieldOf(pointer, has);
    return field === undefined ? undefined : fieldOfPointer(spec, `${prefix}/${field.split('.').join('/')}`, prefix);
  }
  if (!pointer.startsWith(`${prefix}/`)) return undefined;
  const tokens = pointer.slice(prefix.length + 1).split('/').map(unescape);
  for (const section of spec.sections) {
    for (const field of section.fields) {
      const keys = field.id.split('.');
      // A key past the last token meets undefined, so a field longer than the pointer is skipped too.
      if (keys.some((k, i) => k !== tokens[i])) continue;
      const rest = tokens.slice(keys.length);
      if (rest.length === 0) return { path: field.id, sectionId: section.id };
      // Stryker disable next-line StringLiteral: rest is not empty here (the line above returned), so the fallback is never read
      if (field.kind !== 'repeat' || !/^(?:0|[1-9]\d*)$/.test(rest[0] ?? '')) continue;
      const index = Number(rest[0]);
      if (rest.length === 1) return { path: field.id, sectionId: section.id, index };
      const itemId = rest.slice(1).join('.');
      if (field.itemFields?.some((f) => f.id === itemId)) return { path: field.id, sectionId: section.id, index, itemId };
    }
  }
  return undefined;
}
