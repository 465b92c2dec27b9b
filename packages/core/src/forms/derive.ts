import type { FieldDerive, FormSpec, ScalarFormField } from '../schemas/form-spec.js';
import { chinaToday } from '../calendar/china-date.js';
import { parseIsoDateParts } from '../calendar/iso-date.js';
import { validateIdCard } from '../validators/id-card.js';
import { fieldState } from './rules.js';
import { getValueAt, isPlainObject, setValueAt } from './values.js';

// Derived fields are computed, never typed: the element shows them read-only and the server recomputes them
// from the values it received, so a client's derived value is never trusted.

/** What a valid ID number says about its holder. */
export interface IdCardFacts {
  /** 'YYYY-MM-DD'. */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  /** Whole years on `today`. */
  readonly age: number;
}

/** Birth date, sex and age from a valid 18-character ID number (through the GB 11643 validator); else undefined. */
export function idCardFacts(idNumber: string, today?: string): IdCardFacts | undefined {
  if (typeof idNumber !== 'string') return undefined;
  const on = today ?? chinaToday();
  const result = validateIdCard(idNumber, { today: on });
  if (!result.ok) return undefined;
  return { birthDate: result.info.birthDate, sex: result.info.sex, age: wholeYears(result.info.birthDate, on) };
}

function wholeYears(from: string, to: string): number {
  const a = parseIsoDateParts(from);
  const b = parseIsoDateParts(to);
  // Stryker disable next-line ConditionalExpression: `from` is a birth date the ID validator accepted as a real calendar date, so it always parses
  if (a === undefined) return 0;
  if (b === undefined) return 0;
  const birthdayPassed = b.month > a.month || (b.month === a.month && b.day >= a.day);
  return Math.max(0, b.year - a.year - (birthdayPassed ? 0 : 1));
}

/** Options of {@link applyDerived}. */
export interface DeriveOptions {
  /** China-local 'YYYY-MM-DD' the age is computed on; today by default. */
  readonly today?: string;
}

/**
 * New values with every derived field set from the others, or removed where it cannot be derived (no valid ID
 * number, no numeric item) or where its rules hide it. The given values are never mutated.
 */
export function applyDerived(spec: FormSpec, values: Record<string, unknown>, options: DeriveOptions = {}): Record<string, unknown> {
  let out: Record<string, unknown> = isPlainObject(values) ? values : {};
  const today = options.today ?? chinaToday();
  for (const section of spec.sections) {
    for (const field of section.fields) {
      if (field.derive !== undefined) {
        const value = fieldState(field, out).visible ? derivedValue(field.derive, out, out, today) : undefined;
        out = setValueAt(out, field.id, value);
      }
      // Stryker disable next-line ConditionalExpression: a parsed FormSpec gives itemFields to repeats only (item_fields_mismatch), so the next test decides alone
      if (field.kind !== 'repeat') continue;
      // Stryker disable next-line OptionalChaining: a parsed FormSpec always gives a repeat its itemFields
      if (field.itemFields?.some((f) => f.derive !== undefined)) out = deriveItems(field.id, field.itemFields, out, today);
    }
  }
  return out;
}

function deriveItems(repeatId: string, itemFields: readonly ScalarFormField[], values: Record<string, unknown>, today: string): Record<string, unknown> {
  const items = getValueAt(values, repeatId);
  if (!Array.isArray(items)) return values;
  const derived = items.map((item: unknown) => {
    if (!isPlainObject(item)) return item;
    let next = item;
    for (const itemField of itemFields) {
      if (itemField.derive === undefined) continue;
      // Inside an item, `from` names a sibling (as item rules do); a sum still reads the whole form.
      next = setValueAt(next, itemField.id, fieldState(itemField, next).visible ? derivedValue(itemField.derive, next, values, today) : undefined);
    }
    return next;
  });
  return setValueAt(values, repeatId, derived);
}

function derivedValue(derive: FieldDerive, scope: unknown, values: unknown, today: string): unknown {
  if ('sumOf' in derive) return sumItemValues(values, derive.sumOf);
  const id = getValueAt(scope, derive.from);
  // Stryker disable next-line ConditionalExpression: idCardFacts itself answers undefined for anything but a string
  const facts = typeof id === 'string' ? idCardFacts(id, today) : undefined;
  return facts?.[derive.fact];
}

/** Sum of the numeric values of `repeatId[].itemId`; undefined when no item holds a number. */
export function sumItemValues(values: unknown, itemPath: string): number | undefined {
  // Stryker disable next-line StringLiteral: split always yields a first part, and ItemPathSchema requires `[].`, so the defaults only satisfy the type
  const [repeatId = '', itemId = ''] = itemPath.split('[].');
  const items = getValueAt(values, repeatId);
  if (!Array.isArray(items)) return undefined;
  let sum = 0;
  let any = false;
  for (const item of items) {
    const v = getValueAt(item, itemId);
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isFinite(n)) continue;
    sum += n;
    any = true;
  }
  // Binary fractions: 0.1 + 0.2 is shown and compared as 0.3.
  return any ? Number.parseFloat(sum.toPrecision(15)) : undefined;
}
