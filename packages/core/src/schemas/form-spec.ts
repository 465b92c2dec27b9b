import * as z from 'zod/mini';
import { MaterialNecessitySchema } from './material-enums.js';
import { ELicenseSchema } from './material.js';
import { whenValid } from './refine.js';
import { IdSchema, MatterCodeSchema, textSchema } from './primitives.js';

// A framework-agnostic smart-form description (JSON-Forms-like but flatter): the server publishes it, the
// <zwfw-form> element renders it, and the server validates submitted values against it.

/** Field kinds a form can hold. */
export const FORM_FIELD_KINDS = [
  'text', 'textarea', 'number', 'money', 'date', 'select', 'multiselect', 'radio', 'checkbox', 'idCard',
  'creditCode', 'mobile', 'regionCode', 'companyName', 'email', 'address', 'file', 'repeat',
] as const;
/** Form field kind schema. */
export const FormFieldKindSchema = z.enum(FORM_FIELD_KINDS);
/** Form field kind. */
export type FormFieldKind = z.infer<typeof FormFieldKindSchema>;

/** Kinds that need `options`. */
export const OPTION_FIELD_KINDS: readonly FormFieldKind[] = ['select', 'multiselect', 'radio'];

/** Dotted path of a value inside `values`, e.g. `applicant.idNumber` -> values.applicant.idNumber. */
export const FieldPathSchema = z
  .string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/, 'Expected a dotted field path such as applicant.idNumber'), z.maxLength(200));

/** A scalar a rule can compare with. */
export const RuleScalarSchema = z.union([z.string().check(z.maxLength(500)), z.number(), z.boolean()]);

/** Rule condition: exactly one of equals / in / notEmpty. */
export const RuleConditionSchema = z.union([
  z.strictObject({ field: FieldPathSchema, equals: RuleScalarSchema }),
  z.strictObject({ field: FieldPathSchema, in: z.array(RuleScalarSchema).check(z.minLength(1), z.maxLength(200)) }),
  z.strictObject({ field: FieldPathSchema, notEmpty: z.literal(true) }),
]);
/** Rule condition. */
export type RuleCondition = z.infer<typeof RuleConditionSchema>;

/** Facts a mainland ID number (GB 11643) carries. */
export const ID_CARD_FACTS = ['birthDate', 'sex', 'age'] as const;

/** `repeatId[].itemId`: one item field across every item of a repeat. */
export const ItemPathSchema = z
  .string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*\[\]\.[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/, 'Expected repeatId[].itemId'), z.maxLength(400));

/**
 * How a read-only field is computed from others (the server recomputes it; a client's value is never trusted):
 * a fact of the ID number at `from` (sex as `male` / `female`, age in whole years), or the sum of a repeat's
 * numeric item values.
 */
export const FieldDeriveSchema = z.union([
  z.strictObject({ from: FieldPathSchema, fact: z.enum(ID_CARD_FACTS) }),
  z.strictObject({ sumOf: ItemPathSchema }),
]);
/** How a read-only field is computed. */
export type FieldDerive = z.infer<typeof FieldDeriveSchema>;

/** A conditional effect on the field that carries it. */
export const FormRuleSchema = z.object({
  effect: z.enum(['show', 'hide', 'require', 'enable', 'disable']),
  when: RuleConditionSchema,
});
/** A conditional effect on the field that carries it. */
export type FormRule = z.infer<typeof FormRuleSchema>;

/** One choice of a select / multiselect / radio field. */
export const FormOptionSchema = z.object({
  value: z.union([z.string().check(z.maxLength(200)), z.number()]),
  label: textSchema(500),
});
/** One choice of a select / multiselect / radio field. */
export type FormOption = z.infer<typeof FormOptionSchema>;

const fieldShape = {
  /** Dotted path of the value; inside a repeat, relative to one item. */
  id: FieldPathSchema,
  label: textSchema(200),
  required: z.optional(z.boolean()),
  options: z.optional(z.array(FormOptionSchema).check(z.maxLength(1000))),
  /** number / money / date: bounds (dates as YYYY-MM-DD strings). */
  min: z.optional(z.union([z.number(), z.string().check(z.maxLength(20))])),
  max: z.optional(z.union([z.number(), z.string().check(z.maxLength(20))])),
  minLength: z.optional(z.number().check(z.int(), z.nonnegative())),
  maxLength: z.optional(z.number().check(z.int(), z.positive(), z.lte(100000))),
  /** ECMAScript regular expression source the whole value must match. */
  pattern: z.optional(z.string().check(z.maxLength(500))),
  placeholder: z.optional(textSchema(200)),
  help: z.optional(textSchema(2000)),
  /** Where a prefill comes from, e.g. `user.idNumber`, `user.name`, `eLicense.businessLicense.creditCode`. */
  prefillFrom: z.optional(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$/))),
  /** The value is locked once prefilled from an authoritative source (never retype what the government has). */
  readOnlyWhenPrefilled: z.optional(z.boolean()),
  rules: z.optional(z.array(FormRuleSchema).check(z.maxLength(20))),
  /** file: accepted MIME types / extensions and size bound; materialId links the upload to a material. */
  accept: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20))),
  maxSizeMb: z.optional(z.number().check(z.positive(), z.lte(1024))),
  materialId: z.optional(IdSchema),
  /**
   * The kind's advisory rules bind too: a 企业名称 being proposed (名称自主申报) must follow the naming rules,
   * while an existing enterprise's registered name is taken as it is.
   */
  strict: z.optional(z.boolean()),
  /** money: currency unit shown; amounts travel as numbers in that unit. */
  unit: z.optional(textSchema(20)),
  /** Bundles: the matters that need this field (a merged form keeps provenance). */
  sourceMatters: z.optional(z.array(MatterCodeSchema).check(z.maxLength(50))),
  /** Computed, read-only: never `required` nor prefilled (the applicant cannot type it). */
  derive: z.optional(FieldDeriveSchema),
  /** Cross-field check: when both are filled, this value must equal that field's (code `not_equal`). */
  equalsField: z.optional(FieldPathSchema),
};

/** A field that is not a repeat (the item fields of a repeat; repeats do not nest). */
export const ScalarFormFieldSchema = z.object({
  ...fieldShape,
  kind: z.enum(FORM_FIELD_KINDS.filter((k): k is Exclude<FormFieldKind, 'repeat'> => k !== 'repeat')),
});
/** A field that is not a repeat. */
export type ScalarFormField = z.infer<typeof ScalarFormFieldSchema>;

/** One form field; `repeat` fields hold a list of items described by `itemFields`. */
export const FormFieldSchema = z.object({
  ...fieldShape,
  kind: FormFieldKindSchema,
  itemFields: z.optional(z.array(ScalarFormFieldSchema).check(z.minLength(1), z.maxLength(100))),
  minItems: z.optional(z.number().check(z.int(), z.nonnegative())),
  maxItems: z.optional(z.number().check(z.int(), z.positive(), z.lte(1000))),
});
/** One form field. */
export type FormField = z.infer<typeof FormFieldSchema>;

/** A titled group of fields. */
export const FormSectionSchema = z.object({
  id: IdSchema,
  title: textSchema(200),
  description: z.optional(textSchema(2000)),
  fields: z.array(FormFieldSchema).check(z.minLength(1), z.maxLength(300)),
});
/** A titled group of fields. */
export type FormSection = z.infer<typeof FormSectionSchema>;

/** A material the form collects (mirrors the matter's list; toleranceAllowed = 容缺后补 offered here). */
export const FormMaterialSchema = z.object({
  materialId: IdSchema,
  /** The material's name, so a checklist can be shown from the form alone. */
  name: z.optional(textSchema(500)),
  /** 电子证照: with `exempt`, the document is taken from the e-licence library (免提交) and nothing is uploaded. */
  eLicense: z.optional(ELicenseSchema),
  necessity: MaterialNecessitySchema,
  toleranceAllowed: z.boolean(),
  /** Bundles: the matter the material belongs to (when only one of the bundle's matters needs it). */
  matterCode: z.optional(MatterCodeSchema),
  /**
   * Bundles (一张表单): the matters that need this document, each with its own id for it. A document several
   * matters need (营业执照, 法定代表人身份证 …) is listed, and submitted, once under a canonical `materialId`.
   */
  usedBy: z.optional(z.array(z.object({ matterCode: MatterCodeSchema, materialId: IdSchema })).check(z.minLength(1), z.maxLength(50))),
  /** Accepted file types (MIME types and/or `.ext`), checked on the file's bytes at upload. */
  accept: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20))),
  /** Largest accepted file, MB. */
  maxSizeMb: z.optional(z.number().check(z.positive(), z.lte(1024))),
});
/** A material the form collects. */
export type FormMaterial = z.infer<typeof FormMaterialSchema>;

/** 告知承诺 text the applicant signs when using 容缺 or 告知承诺制; versioned so signatures are traceable. */
export const CommitmentTextSchema = z.object({
  version: IdSchema,
  title: textSchema(200),
  text: textSchema(20000),
  /**
   * 补正期限 the text promises: owed (容缺) materials are due this many working days after 受理 (domain.md §2:
   * never beyond the promised time limit). Absent, the server's default applies.
   */
  supplyWithinWorkingDays: z.optional(z.number().check(z.int(), z.positive(), z.lte(365))),
});
/** 告知承诺 text. */
export type CommitmentText = z.infer<typeof CommitmentTextSchema>;

type Issue = { path: (string | number)[]; message: string; code: string };

function checkField(field: FormField | ScalarFormField, path: (string | number)[], issues: Issue[]): void {
  if (OPTION_FIELD_KINDS.includes(field.kind) && (field.options === undefined || field.options.length === 0)) {
    issues.push({ path: [...path, 'options'], message: `A ${field.kind} field needs options`, code: 'options_required' });
  }
  const isRepeat = field.kind === 'repeat';
  const hasItems = 'itemFields' in field && field.itemFields !== undefined;
  if (isRepeat !== hasItems) {
    issues.push({ path: [...path, 'itemFields'], message: 'itemFields is required for, and only for, repeat fields', code: 'item_fields_mismatch' });
  }
  if (field.derive !== undefined && (field.required === true || field.prefillFrom !== undefined)) {
    issues.push({ path: [...path, 'derive'], message: 'A derived field is computed: it cannot be required input or prefilled', code: 'derived_input' });
  }
  if (field.pattern !== undefined) {
    try {
      new RegExp(field.pattern, 'u');
    } catch {
      issues.push({ path: [...path, 'pattern'], message: 'pattern is not a valid regular expression', code: 'invalid_pattern' });
    }
  }
}

function checkReferences(
  field: FormField | ScalarFormField, path: (string | number)[], ids: ReadonlySet<string>, itemPaths: ReadonlySet<string>,
  unknown: (path: (string | number)[], name: string) => void,
): void {
  const derive = field.derive;
  if (derive !== undefined && 'from' in derive && !ids.has(derive.from)) unknown([...path, 'derive', 'from'], derive.from);
  if (derive !== undefined && 'sumOf' in derive && !itemPaths.has(derive.sumOf)) unknown([...path, 'derive', 'sumOf'], derive.sumOf);
  if (field.equalsField !== undefined && !ids.has(field.equalsField)) unknown([...path, 'equalsField'], field.equalsField);
}

/** A smart form for a matter or a bundle (一张表单). */
export const FormSpecSchema = z.object({
  id: IdSchema,
  version: IdSchema,
  title: textSchema(200),
  description: z.optional(textSchema(4000)),
  /** Exactly one of matterCode / bundleId says what the form applies for. */
  matterCode: z.optional(MatterCodeSchema),
  bundleId: z.optional(IdSchema),
  /** Bundles: the matters merged into this form. */
  sourceMatters: z.optional(z.array(MatterCodeSchema).check(z.maxLength(50))),
  sections: z.array(FormSectionSchema).check(z.minLength(1), z.maxLength(50)),
  materials: z.array(FormMaterialSchema).check(z.maxLength(300)),
  commitmentText: z.optional(CommitmentTextSchema),
}).check(z.superRefine((spec, ctx) => {
  // Structural integrity the renderer and the server both rely on; each problem reports its own path.
  const issues: Issue[] = [];
  if ((spec.matterCode === undefined) === (spec.bundleId === undefined)) {
    issues.push({ path: ['matterCode'], message: 'Exactly one of matterCode and bundleId is required', code: 'target_required' });
  }
  const ids = new Set<string>();
  spec.sections.forEach((section, s) => {
    section.fields.forEach((field, f) => {
      const path = ['sections', s, 'fields', f];
      if (ids.has(field.id)) issues.push({ path: [...path, 'id'], message: `Duplicate field id "${field.id}"`, code: 'duplicate_id' });
      ids.add(field.id);
      checkField(field, path, issues);
      field.itemFields?.forEach((item, i) => checkField(item, [...path, 'itemFields', i], issues));
    });
  });
  const itemPaths = new Set(spec.sections.flatMap((section) => section.fields.flatMap((field) => (field.itemFields ?? []).map((item) => `${field.id}[].${item.id}`))));
  const unknown = (path: (string | number)[], name: string): void => {
    issues.push({ path, message: `Refers to unknown field "${name}"`, code: 'unknown_field' });
  };
  spec.sections.forEach((section, s) => {
    section.fields.forEach((field, f) => {
      const path = ['sections', s, 'fields', f];
      field.rules?.forEach((rule, r) => {
        if (!ids.has(rule.when.field)) {
          issues.push({ path: [...path, 'rules', r, 'when', 'field'], message: `Rule refers to unknown field "${rule.when.field}"`, code: 'unknown_field' });
        }
      });
      checkReferences(field, path, ids, itemPaths, unknown);
      // Inside a repeat, `from` and `equalsField` name sibling item fields (as item rules do).
      const siblings = new Set((field.itemFields ?? []).map((item) => item.id));
      field.itemFields?.forEach((item, i) => checkReferences(item, [...path, 'itemFields', i], siblings, itemPaths, unknown));
    });
  });
  const tolerance = spec.materials.some((m) => m.toleranceAllowed);
  if (tolerance && spec.commitmentText === undefined) {
    issues.push({ path: ['commitmentText'], message: 'A form that allows 容缺 needs a commitment text', code: 'commitment_text_required' });
  }
  spec.materials.forEach((m, i) => {
    if (m.toleranceAllowed && m.necessity !== 'tolerance') {
      issues.push({ path: ['materials', i, 'toleranceAllowed'], message: 'Only 容缺后补 materials can be deferred', code: 'tolerance_not_allowed' });
    }
  });
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { code: issue.code } });
}, whenValid('matterCode', 'bundleId', 'sections', 'materials', 'commitmentText')));
/** A smart form for a matter or a bundle. */
export type FormSpec = z.infer<typeof FormSpecSchema>;

/** Every field of a form in document order, with item fields of repeats flattened as `repeatId[].itemId`. */
export function listFormFields(spec: FormSpec): { path: string; field: FormField | ScalarFormField }[] {
  const out: { path: string; field: FormField | ScalarFormField }[] = [];
  for (const section of spec.sections) {
    for (const field of section.fields) {
      out.push({ path: field.id, field });
      for (const item of field.itemFields ?? []) out.push({ path: `${field.id}[].${item.id}`, field: item });
    }
  }
  return out;
}
