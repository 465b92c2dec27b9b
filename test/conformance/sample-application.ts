// Builds a plausible application for any matter with a form spec, so the suite can exercise submissions on a
// backend whose catalogue it does not know. Values are synthetic but pass the core validators.
import type { ApplicationInput, FormField, FormSpec, Matter, ScalarFormField } from '@zwfw/core';

const SAMPLE = {
  idCard: '110101199003071233',
  creditCode: '91440106MA9XYW1234',
  mobile: '13800138000',
  regionCode: '440106',
  companyName: '示例市示例区一致性测试有限公司',
  email: 'conformance@example.com',
  address: '示例市示例区示例路 1 号',
} as const;

function sampleValue(field: FormField | ScalarFormField): unknown {
  // A derived field is computed by the server from the others; sending it would be ignored.
  if (field.derive !== undefined) return undefined;
  // A synthetic value cannot be made to match an arbitrary pattern (不动产单元号); an optional field may stay empty.
  if ('pattern' in field && field.pattern !== undefined && field.required !== true) return undefined;
  switch (field.kind) {
    case 'idCard':
    case 'creditCode':
    case 'mobile':
    case 'regionCode':
    case 'companyName':
    case 'email':
    case 'address':
      return SAMPLE[field.kind];
    case 'number':
    case 'money':
      return typeof field.min === 'number' ? Math.max(field.min, 1) : 1;
    case 'date':
      return typeof field.min === 'string' ? field.min : typeof field.max === 'string' ? field.max : '2025-01-02';
    case 'select':
    case 'radio':
      return field.options?.[0]?.value;
    case 'multiselect':
      return field.options?.[0] ? [field.options[0].value] : [];
    case 'checkbox':
      return field.required === true;
    case 'file':
      return field.materialId === undefined ? ['upl_conformance'] : undefined;
    case 'repeat':
      return Array.from({ length: Math.max(1, field.minItems ?? 1) }, () => {
        const item: Record<string, unknown> = {};
        for (const f of (field as FormField).itemFields ?? []) setPath(item, f.id, sampleValue(f));
        return item;
      });
    default: {
      const min = field.minLength ?? 1;
      const max = field.maxLength ?? 50;
      return '测试'.padEnd(Math.min(Math.max(min, 2), max), '试');
    }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  const keys = path.split('.');
  let cur = target;
  keys.slice(0, -1).forEach((k) => {
    cur[k] ??= {};
    cur = cur[k] as Record<string, unknown>;
  });
  cur[keys[keys.length - 1]!] = value;
}

/** An application for `matter` through `form`: every field filled, every needed material provided. */
export function sampleApplication(matter: Matter, form: FormSpec): ApplicationInput {
  const values: Record<string, unknown> = {};
  for (const section of form.sections) for (const field of section.fields) setPath(values, field.id, sampleValue(field));
  const person = matter.audience.includes('natural_person');
  return {
    matterCode: matter.code,
    formId: form.id,
    formVersion: form.version,
    values,
    materials: form.materials
      .filter((m) => m.necessity !== 'optional')
      .map((m) => ({ materialId: m.materialId, status: 'provided' as const, ...(m.matterCode ? { matterCode: m.matterCode } : {}) })),
    applicant: person
      ? { type: 'person', name: '一致性测试', idType: 'id_card', idNumber: SAMPLE.idCard, mobile: SAMPLE.mobile }
      : { type: 'legal', name: SAMPLE.companyName, idType: 'credit_code', idNumber: SAMPLE.creditCode, mobile: SAMPLE.mobile, legalRepresentative: '一致性测试' },
    channel: 'web',
  };
}
