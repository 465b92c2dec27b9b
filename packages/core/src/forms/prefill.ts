import type { FormSpec } from '../schemas/form-spec.js';
import { parseFieldInput } from './normalize.js';
import { getValueAt, isEmptyValue, isPlainObject, setValueAt } from './values.js';

/** How a prefilled field got its value. */
export interface PrefillInfo {
  /** The `prefillFrom` path, e.g. `user.idNumber`. */
  readonly source: string;
  /** readOnlyWhenPrefilled: the authoritative value is shown read-only. */
  readonly locked: boolean;
}

/**
 * Fills fields from authoritative sources (`{ user, eLicense, district, … }`) by their `prefillFrom` paths.
 * A locked prefill (readOnlyWhenPrefilled) always sets the value; an unlocked one only fills an empty value,
 * so what a draft typed wins. Strings go through parseFieldInput; missing sources are skipped.
 */
export function applyPrefill(
  spec: FormSpec,
  values: Record<string, unknown>,
  sources: Readonly<Record<string, unknown>>,
): { values: Record<string, unknown>; prefilled: ReadonlyMap<string, PrefillInfo> } {
  let out: Record<string, unknown> = isPlainObject(values) ? values : {};
  const prefilled = new Map<string, PrefillInfo>();
  for (const section of spec.sections) {
    for (const field of section.fields) {
      if (field.prefillFrom === undefined || field.kind === 'repeat') continue;
      const raw = isPlainObject(sources) ? getValueAt(sources, field.prefillFrom) : undefined;
      if (isEmptyValue(raw) || (typeof raw === 'object' && !Array.isArray(raw))) continue;
      const locked = field.readOnlyWhenPrefilled === true;
      if (!locked && !isEmptyValue(getValueAt(out, field.id))) continue;
      // Stryker disable next-line ConditionalExpression: parseFieldInput gives a value that is not text back unchanged
      out = setValueAt(out, field.id, typeof raw === 'string' ? parseFieldInput(field, raw) : raw);
      prefilled.set(field.id, { source: field.prefillFrom, locked });
    }
  }
  return { values: out, prefilled };
}
