import type { FormField, RuleCondition, ScalarFormField } from '../schemas/form-spec.js';
import { getValueAt, isEmptyValue } from './values.js';

/** What a field's rules make of it for the current values. */
export interface FieldState {
  readonly visible: boolean;
  readonly required: boolean;
  readonly enabled: boolean;
}

/** Whether a rule condition holds for the given values. */
export function conditionHolds(condition: RuleCondition, values: unknown): boolean {
  const value = getValueAt(values, condition.field);
  if ('equals' in condition) return sameScalar(value, condition.equals);
  if ('in' in condition) return condition.in.some((candidate) => sameScalar(value, candidate));
  return !isEmptyValue(value);
}

// A checkbox holds booleans and a select may hold numbers while the spec says "1": compare loosely on
// scalars only, so a rule written either way works.
function sameScalar(value: unknown, expected: string | number | boolean): boolean {
  if (Array.isArray(value)) return value.some((v) => sameScalar(v, expected));
  // Stryker disable next-line ConditionalExpression: equal scalars also have equal texts on the next line; a shortcut
  if (value === expected) return true;
  return (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') && String(value) === String(expected);
}

/**
 * Applies a field's rules. `show` rules make a field visible only while one of them holds; `hide` hides it
 * while one holds; `require` makes it required while one holds; `disable`/`enable` likewise for editing.
 */
export function fieldState(field: FormField | ScalarFormField, values: unknown): FieldState {
  // Stryker disable next-line ArrayDeclaration: a list without rules and a list of non-rules both match no effect
  const rules = field.rules ?? [];
  const holds = (effect: string) => rules.filter((r) => r.effect === effect).map((r) => conditionHolds(r.when, values));
  const show = holds('show');
  const hide = holds('hide');
  const require = holds('require');
  const enable = holds('enable');
  const disable = holds('disable');
  const visible = (show.length === 0 || show.includes(true)) && !hide.includes(true);
  const enabled = (enable.length === 0 || enable.includes(true)) && !disable.includes(true);
  const required = visible && (field.required === true || require.includes(true));
  return { visible, required, enabled };
}
