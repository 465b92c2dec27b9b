import type { Commitment, MaterialSubmission } from '../schemas/application.js';
import type { FormField, FormSpec, ScalarFormField } from '../schemas/form-spec.js';
import { validateByKind, isValidatorKind, type ValidateOptions } from '../validators/dispatch.js';
import type { ValidationMessage } from '../validators/result.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { formMessages as m } from './messages.js';
import { fieldState } from './rules.js';
import { getValueAt, isEmptyValue, valuePointer } from './values.js';

/** One problem with a submitted value or material, keyed by a JSON pointer into the submission body. */
export interface FormIssue {
  /** JSON pointer, e.g. `/values/applicant/idNumber` or `/materials/2`. */
  readonly path: string;
  /** Stable machine code: `required`, `type`, `option`, `min`, `idCard_checksum`, `material_missing` … */
  readonly code: string;
  readonly message: ValidationMessage;
}

/** Options of {@link validateFormValues}. */
export interface FormValidationOptions extends ValidateOptions {
  /** Pointer prefix of the values object in the body; `/values` by default. */
  readonly prefix?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates form values against a FormSpec: rules (show/hide/require), required fields, kinds (ID card,
 * credit code, mobile … through the same validators the browser uses), options, bounds, patterns and repeats.
 * Hidden fields are not validated, so a value left behind by a since-hidden branch never blocks a citizen.
 * Returns every issue at once, in field order; an empty list means the values are acceptable.
 */
export function validateFormValues(spec: FormSpec, values: unknown, options: FormValidationOptions = {}): FormIssue[] {
  const prefix = options.prefix ?? '/values';
  const issues: FormIssue[] = [];
  for (const section of spec.sections) {
    for (const field of section.fields) {
      const state = fieldState(field, values);
      if (!state.visible) continue;
      // An upload tied to a material is checked with the materials (it may be deferred or an e-licence).
      if (field.kind === 'file' && field.materialId !== undefined && isEmptyValue(getValueAt(values, field.id))) continue;
      const value = getValueAt(values, field.id);
      const pointer = valuePointer(field.id, prefix);
      if (field.kind === 'repeat') {
        checkRepeat(field, value, state.required, pointer, options, issues);
      } else {
        checkScalar(field, value, state.required, pointer, options, issues);
        checkEquals((id) => labelOf(spec, id), field, value, values, pointer, issues);
      }
    }
  }
  return issues;
}

// Labels of the fields equalsField may name, per spec (specs are immutable once published).
const labelsBySpec = new WeakMap<FormSpec, ReadonlyMap<string, string>>();

function labelOf(spec: FormSpec, id: string): string {
  let labels = labelsBySpec.get(spec);
  // Stryker disable next-line ConditionalExpression: the cache only saves work; rebuilding gives the same labels
  if (labels === undefined) {
    labels = new Map(spec.sections.flatMap((s) => s.fields.map((f) => [f.id, f.label] as const)));
    labelsBySpec.set(spec, labels);
  }
  return labels.get(id) ?? id;
}

/** equalsField: when both values are present they must agree (numbers within rounding, text as trimmed). */
function checkEquals(labelOfOther: (id: string) => string, field: FormField | ScalarFormField, value: unknown, scope: unknown, pointer: string, issues: FormIssue[]): void {
  if (field.equalsField === undefined || isEmptyValue(value)) return;
  const other = getValueAt(scope, field.equalsField);
  if (isEmptyValue(other) || sameValue(value, other)) return;
  issues.push({ path: pointer, code: 'not_equal', message: m.notEqual(field.label, labelOfOther(field.equalsField)) });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return JSON.stringify(a) === JSON.stringify(b);
}

function checkRepeat(field: FormField, value: unknown, required: boolean, pointer: string, options: ValidateOptions, issues: FormIssue[]): void {
  if (isEmptyValue(value)) {
    if (required || (field.minItems ?? 0) > 0) issues.push({ path: pointer, code: 'required', message: m.required(field.label) });
    return;
  }
  if (!Array.isArray(value)) {
    issues.push({ path: pointer, code: 'type', message: m.type(field.label, 'a list') });
    return;
  }
  // Stryker disable next-line ConditionalExpression: a length is never below undefined; the check narrows the type
  if (field.minItems !== undefined && value.length < field.minItems) issues.push({ path: pointer, code: 'min_items', message: m.minItems(field.label, field.minItems) });
  // Stryker disable next-line ConditionalExpression: a length is never above undefined; the check narrows the type
  if (field.maxItems !== undefined && value.length > field.maxItems) issues.push({ path: pointer, code: 'max_items', message: m.maxItems(field.label, field.maxItems) });
  value.forEach((item, i) => {
    for (const itemField of field.itemFields ?? []) {
      // Item rules refer to sibling fields inside the same item.
      const state = fieldState(itemField, item);
      if (!state.visible) continue;
      const itemPointer = `${pointer}/${i}${valuePointer(itemField.id, '')}`;
      const itemValue = getValueAt(item, itemField.id);
      checkScalar(itemField, itemValue, state.required, itemPointer, options, issues);
      checkEquals((id) => field.itemFields?.find((f) => f.id === id)?.label ?? id, itemField, itemValue, item, itemPointer, issues);
    }
  });
}

function checkScalar(field: FormField | ScalarFormField, value: unknown, required: boolean, path: string, options: ValidateOptions, issues: FormIssue[]): void {
  if (isEmptyValue(value) || (field.kind === 'checkbox' && value === false && required)) {
    if (required) issues.push({ path, code: 'required', message: m.required(field.label) });
    return;
  }
  const add = (code: string, message: ValidationMessage): void => {
    issues.push({ path, code, message });
  };
  const kind = field.kind;
  if (isValidatorKind(kind)) {
    if (typeof value !== 'string') return add('type', m.type(field.label, 'text'));
    const result = validateByKind(kind, value, options);
    if (!result.ok) return add(`${kind}_${result.reason}`, result.message);
    // A strict field holds a value being proposed (a new 企业名称), so the validator's advisory rules bind.
    if (field.strict === true) for (const w of result.warnings) add(`${kind}_${w.code}`, w.message);
    return;
  }
  switch (kind) {
    case 'number':
    case 'money': {
      // Stryker disable next-line ConditionalExpression: Number.isFinite refuses what is not a number too; typeof narrows the type
      if (typeof value !== 'number' || !Number.isFinite(value)) return add('type', m.type(field.label, 'a number'));
      if (typeof field.min === 'number' && value < field.min) add('min', m.min(field.label, field.min));
      if (typeof field.max === 'number' && value > field.max) add('max', m.max(field.label, field.max));
      return;
    }
    case 'date': {
      if (!isIsoDate(value)) return add('type', m.type(field.label, 'a date (YYYY-MM-DD)'));
      if (typeof field.min === 'string' && value < field.min) add('min', m.min(field.label, field.min));
      if (typeof field.max === 'string' && value > field.max) add('max', m.max(field.label, field.max));
      return;
    }
    case 'select':
    case 'radio': {
      if (!isOption(field, value)) add('option', m.option(field.label));
      return;
    }
    case 'multiselect': {
      if (!Array.isArray(value) || !value.every((v) => isOption(field, v))) add('option', m.option(field.label));
      return;
    }
    case 'checkbox': {
      if (typeof value !== 'boolean') add('type', m.type(field.label, 'true or false'));
      return;
    }
    case 'file': {
      // Files travel as upload references (strings) or lists of them; the material check owns the rest.
      const refs = Array.isArray(value) ? value : [value];
      if (!refs.every((r) => typeof r === 'string' && r.length > 0)) add('type', m.type(field.label, 'an uploaded file'));
      return;
    }
    case 'email':
      if (typeof value !== 'string' || !EMAIL.test(value)) return add('type', m.type(field.label, 'an email address'));
      return checkText(field, value, add);
    default:
      // text, textarea, address
      if (typeof value !== 'string') return add('type', m.type(field.label, 'text'));
      return checkText(field, value, add);
  }
}

function checkText(field: FormField | ScalarFormField, value: string, add: (code: string, message: ValidationMessage) => void): void {
  const length = [...value].length;
  // Stryker disable next-line ConditionalExpression: a length is never below undefined; the check narrows the type
  if (field.minLength !== undefined && length < field.minLength) add('min_length', m.minLength(field.label, field.minLength));
  // Stryker disable next-line ConditionalExpression: a length is never above undefined; the check narrows the type
  if (field.maxLength !== undefined && length > field.maxLength) add('max_length', m.maxLength(field.label, field.maxLength));
  if (field.pattern !== undefined && !anchored(field.pattern).test(value)) add('pattern', m.pattern(field.label));
}

// The element revalidates on every keystroke: compile each pattern once. Bounded, as patterns come from specs.
const patterns = new Map<string, RegExp>();

function anchored(pattern: string): RegExp {
  let re = patterns.get(pattern);
  // Stryker disable next-line ConditionalExpression: the cache only saves work; compiling again gives the same pattern
  if (re === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: clearing the cache sooner, later or never changes no answer
    if (patterns.size >= 1000) patterns.clear();
    re = new RegExp(`^(?:${pattern})$`, 'u');
    patterns.set(pattern, re);
  }
  return re;
}

function isOption(field: FormField | ScalarFormField, value: unknown): boolean {
  return (field.options ?? []).some((o) => o.value === value || String(o.value) === String(value));
}

/** Options of {@link validateMaterials}. */
export interface MaterialValidationOptions {
  /** The signed commitment, if any. */
  readonly commitment?: Commitment | undefined;
  /** Whether a material may be taken from an e-licence (免提交); by default none may. */
  readonly eLicenseAllowed?: (materialId: string, matterCode: string | undefined) => boolean;
}

/**
 * Checks submitted materials against the form: every required material is provided or taken from an
 * e-licence; 容缺 (tolerance) only where the form allows it and only with a commitment signed on the current
 * text version; no material the form does not list.
 */
export function validateMaterials(spec: FormSpec, submissions: readonly MaterialSubmission[], options: MaterialValidationOptions = {}): FormIssue[] {
  const issues: FormIssue[] = [];
  const key = (id: string, matter: string | undefined) => `${matter ?? ''}/${id}`;
  const byKey = new Map(spec.materials.map((mat) => [key(mat.materialId, mat.matterCode), mat]));
  const submitted = new Set<string>();
  submissions.forEach((s, i) => {
    const k = key(s.materialId, s.matterCode);
    submitted.add(k);
    const material = byKey.get(k);
    const path = `/materials/${i}`;
    if (material === undefined) return void issues.push({ path: `${path}/materialId`, code: 'material_unknown', message: m.materialUnknown(s.materialId) });
    if (s.status === 'tolerance' && !material.toleranceAllowed) {
      issues.push({ path: `${path}/status`, code: 'tolerance_not_allowed', message: m.toleranceNotAllowed(s.materialId) });
    }
    if (s.status === 'eLicense' && !(options.eLicenseAllowed?.(s.materialId, s.matterCode) ?? false)) {
      issues.push({ path: `${path}/status`, code: 'e_license_not_allowed', message: m.eLicenseNotAllowed(s.materialId) });
    }
  });
  spec.materials.forEach((mat) => {
    if (mat.necessity === 'optional') return;
    if (!submitted.has(key(mat.materialId, mat.matterCode))) {
      issues.push({ path: '/materials', code: 'material_missing', message: m.materialMissing(mat.materialId) });
    }
  });
  if (submissions.some((s) => s.status === 'tolerance')) {
    if (options.commitment === undefined) {
      issues.push({ path: '/commitment', code: 'commitment_required', message: m.commitmentRequired() });
    } else if (spec.commitmentText !== undefined && options.commitment.textVersion !== spec.commitmentText.version) {
      issues.push({ path: '/commitment/textVersion', code: 'commitment_version', message: m.commitmentVersion() });
    }
  }
  return issues;
}
