import type { FormField, FormSpec } from '../schemas/form-spec.js';
import { applyDerived, type DeriveOptions } from './derive.js';
import { fieldState } from './rules.js';
import { getValueAt, isPlainObject, setValueAt } from './values.js';

// Only what the form asks is kept: values of unknown fields and of fields the rules hide are dropped, so
// nothing unvalidated is ever stored (validation skips hidden fields, which is right for the citizen and wrong
// for storage).

/** What {@link cleanFormValues} kept and the dotted paths it dropped. */
export interface CleanedValues {
  readonly values: Record<string, unknown>;
  readonly dropped: string[];
}

/**
 * Keeps the values of the fields the spec defines and its rules make visible (for repeats: the listed item
 * fields visible for each item, by the item's own values). Pure; any input shape yields a result.
 */
export function cleanFormValues(spec: FormSpec, values: unknown): CleanedValues {
  const input = isPlainObject(values) ? values : {};
  // Visibility is judged on the kept values, repeatedly: a field shown by a value that was itself dropped
  // (its own field hidden) is dropped too. Each round only drops, so it ends within one round per field.
  let kept = keepVisible(spec, input, input);
  for (let round = 0; round < 100; round++) {
    const next = keepVisible(spec, input, kept);
    // Stryker disable next-line ConditionalExpression: a settled round stays settled (each round is the same function of the last), so the break only saves rounds
    if (JSON.stringify(next) === JSON.stringify(kept)) break;
    kept = next;
  }
  const dropped: string[] = [];
  diff(input, kept, '', dropped);
  return { values: kept, dropped };
}

function keepVisible(spec: FormSpec, input: Record<string, unknown>, judge: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> = {};
  for (const section of spec.sections) {
    for (const field of section.fields) {
      const value = ownValueAt(input, field.id);
      if (value === undefined || !fieldState(field, judge).visible) continue;
      out = setValueAt(out, field.id, field.kind === 'repeat' ? cleanItems(field, value) : value);
    }
  }
  return out;
}

// A repeat that is not a list is kept as it is: validation reports its type and refuses the submission.
function cleanItems(field: FormField, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => {
    // Stryker disable next-line ConditionalExpression: a non-object item holds no own item value either (ownValueAt), so the loop below also yields {}
    if (!isPlainObject(item)) return {};
    let out: Record<string, unknown> = {};
    for (const itemField of field.itemFields ?? []) {
      const v = ownValueAt(item, itemField.id);
      if (v !== undefined && fieldState(itemField, item).visible) out = setValueAt(out, itemField.id, v);
    }
    return out;
  });
}

/** Like getValueAt, but only own properties (`constructor` is not a value someone sent). */
function ownValueAt(values: Record<string, unknown>, path: string): unknown {
  const keys = path.split('.');
  const parent = keys.length === 1 ? values : getValueAt(values, keys.slice(0, -1).join('.'));
  // Stryker disable next-line StringLiteral: split yields at least one key, so the fallback is never read
  const last = keys[keys.length - 1] ?? '';
  return isPlainObject(parent) && Object.hasOwn(parent, last) ? parent[last] : undefined;
}

function diff(before: unknown, after: unknown, path: string, dropped: string[]): void {
  const join = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (isPlainObject(before)) {
    // kept holds only the input's own values and objects made for items, so cleanFormValues never keeps an object
    // as a non-object: this guard of the helper is never reached.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: unreachable (see above)
    if (!isPlainObject(after)) return void (path === '' ? undefined : dropped.push(path));
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) dropped.push(join(key));
      else diff(before[key], after[key], join(key), dropped);
    }
  } else if (
    // Stryker disable next-line LogicalOperator: a list is kept as a list or not at all (dropped above), and a non-list is never kept as a list
    Array.isArray(before) && Array.isArray(after)
  ) {
    before.forEach((item, i) => {
      if (isPlainObject(item) || !isPlainObject(after[i])) diff(item, after[i], join(i), dropped);
      else dropped.push(join(i));
    });
  }
}

/**
 * The values to store or send: cleaned (cleanFormValues) and derived (applyDerived) until neither changes
 * anything, so a field shown by a derived value is judged on the recomputed value, not the client's.
 */
export function cleanAndDerive(spec: FormSpec, values: unknown, options: DeriveOptions = {}): Record<string, unknown> {
  // Derived first, so rules are judged on recomputed values; then each round settles one more link of a
  // value → rule → derived value chain (real forms need one or two).
  let current = applyDerived(spec, isPlainObject(values) ? values : {}, options);
  for (let round = 0; round < 10; round++) {
    const next = applyDerived(spec, cleanFormValues(spec, current).values, options);
    // Stryker disable next-line ConditionalExpression: a settled round stays settled (each round is the same function of the last), so the break only saves rounds
    if (JSON.stringify(next) === JSON.stringify(current)) break;
    current = next;
  }
  return current;
}
