// Reading values by the dotted paths form fields use. Values arrive as nested JSON (applicant.idNumber ->
// {applicant: {idNumber}}), so lookups walk objects and never throw on odd shapes.

/** The value at a dotted path, or undefined when any step is missing or not an object. */
export function getValueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
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
