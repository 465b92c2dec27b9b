// Reading values by the dotted paths form fields use. Values arrive as nested JSON (applicant.idNumber ->
// {applicant: {idNumber}}), so lookups walk objects and never throw on odd shapes.

/** The value at a dotted path, or undefined when any step is missing or not an object. */
export function getValueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** Empty as a form understands it: nothing, blank text, an empty list, or an unchecked box. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** JSON pointer of a field inside the submission body, e.g. `applicant.idNumber` -> `/values/applicant/idNumber`. */
export function valuePointer(path: string, prefix = '/values'): string {
  return `${prefix}/${path.split('.').map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** A plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A copy of `values` with `value` at the dotted path (undefined removes it), copying only the objects on the
 * path: the caller's values are never mutated. A step that is not an object is replaced by one.
 */
export function setValueAt(values: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [key = '', ...rest] = path.split('.');
  const out: Record<string, unknown> = { ...values };
  if (rest.length === 0) {
    if (value === undefined) delete out[key];
    else out[key] = value;
    return out;
  }
  const inner = Object.hasOwn(values, key) ? values[key] : undefined;
  if (value === undefined && !isPlainObject(inner)) return out;
  const next = setValueAt(isPlainObject(inner) ? inner : {}, rest.join('.'), value);
  // Removing the last value of a group removes the group, so no empty shell is stored.
  if (Object.keys(next).length === 0 && value === undefined) delete out[key];
  else out[key] = next;
  return out;
}
