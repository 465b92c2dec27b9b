import {
  cleanAndDerive, getValueAt, isPlainObject, materialSources, toJsonPointer, validateFormValues, validateMaterials, type ApplicationInput, type FormIssue,
  type FormSpec, type Locale, type Material, type ProblemFieldError,
} from '@zwfw/core';

// Submissions are checked with core's form engine, the same code <zwfw-form> runs in the browser, so the
// server never disagrees with the form. The server adds one policy of its own: values the form does not
// define are rejected, because a misspelt path silently dropped is data lost.

/**
 * The values a case stores: only those of fields the form defines and its rules show (validation skips hidden
 * fields, so their values would otherwise be stored unchecked), with derived fields recomputed (a client's
 * derived value is never trusted).
 */
export function storedValues(spec: FormSpec, values: Record<string, unknown>): Record<string, unknown> {
  return cleanAndDerive(spec, values);
}

/**
 * Problem field errors of an application's values and materials against its form. `input.values` are the
 * values to store (storedValues); `sent` are the values as received, checked for keys the form does not define.
 */
export function validateSubmission(
  input: ApplicationInput,
  spec: FormSpec,
  materialsOf: (matterCode: string | undefined) => readonly Material[],
  locale: Locale,
  sent: Record<string, unknown> = input.values,
): ProblemFieldError[] {
  const issues: FormIssue[] = [
    ...validateFormValues(spec, input.values),
    ...unknownValues(spec, sent),
    ...validateMaterials(spec, input.materials, {
      commitment: input.commitment,
      // A bundle's shared document may be fetched from the e-licence library when any matter using it allows it.
      eLicenseAllowed: (materialId, matterCode) => {
        const material = spec.materials.find((m) => m.materialId === materialId && m.matterCode === matterCode);
        return material !== undefined && materialSources(material, spec.matterCode)
          .some((src) => materialsOf(src.matterCode).some((m) => m.id === src.materialId && m.eLicense?.exempt === true));
      },
    }),
  ];
  return issues.map((i) => ({ path: i.path, code: i.code, message: i.message[locale] }));
}

const UNKNOWN = { 'zh-CN': '表单中没有该字段', 'zh-TW': '表單中沒有該欄位', en: 'The form has no such field' } as const;

function unknownValues(spec: FormSpec, values: Record<string, unknown>): FormIssue[] {
  const fields = spec.sections.flatMap((s) => s.fields);
  const ids = fields.map((f) => f.id);
  const issues: FormIssue[] = [];
  for (const path of leafPaths(values)) {
    if (!ids.some((id) => path === id || path.startsWith(`${id}.`))) {
      issues.push({ path: toJsonPointer(['values', ...path.split('.')]), code: 'unrecognized_key', message: UNKNOWN });
    }
  }
  // Inside repeats, item keys must be item fields.
  for (const field of fields) {
    if (field.kind !== 'repeat') continue;
    const items = getValueAt(values, field.id);
    if (!Array.isArray(items)) continue;
    const itemIds = (field.itemFields ?? []).map((f) => f.id);
    items.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
      for (const path of leafPaths(item as Record<string, unknown>)) {
        if (!itemIds.some((id) => path === id || path.startsWith(`${id}.`))) {
          issues.push({ path: toJsonPointer(['values', ...field.id.split('.'), i, ...path.split('.')]), code: 'unrecognized_key', message: UNKNOWN });
        }
      }
    });
  }
  return issues;
}

// Recursive: safe because request bodies are at most MAX_BODY_DEPTH (32) deep (checked in parseBody).
function leafPaths(values: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v)) {
      const inner = leafPaths(v as Record<string, unknown>, path);
      out.push(...(inner.length ? inner : [path]));
    } else out.push(path);
  }
  return out;
}
