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
  return setValueIn(values, path.split('.'), value);
}

/**
 * {@link setValueAt} by path segments, where a number indexes a list (`['shareholders', 0, 'name']`): how a form
 * element writes one item field of a repeat. Removing the last value of a group removes the group, so no empty
 * shell is stored.
 */
export function setValueIn(values: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const write = (node: unknown, i: number): unknown => {
    if (i === path.length) return value;
    const key = path[i]!;
    if (typeof key === 'number') {
      const list: unknown[] = Array.isArray(node) ? [...node] : [];
      list[key] = write(list[key], i + 1);
      return list;
    }
    const out: Record<string, unknown> = isPlainObject(node) ? { ...node } : {};
    const inner = isPlainObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    if (value === undefined && i < path.length - 1 && !isPlainObject(inner) && !Array.isArray(inner)) return out;
    const next = write(inner, i + 1);
    if (next === undefined || (value === undefined && isPlainObject(next) && Object.keys(next).length === 0)) delete out[key];
    else out[key] = next;
    return out;
  };
  return write(values, 0) as Record<string, unknown>;
}

/** The value at path segments (object keys and list indexes), or undefined when a step is missing. */
export function getValueIn(values: unknown, path: readonly (string | number)[]): unknown {
  let node = values;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
