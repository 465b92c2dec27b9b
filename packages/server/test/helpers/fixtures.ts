// Small catalogues built from core's examples: variants of the example matter so filters and pagination
// have something to chew on, without the full generated catalogue.
import {
  exampleApplicationInput, exampleBundle, exampleEvaluationReasonList, exampleFormSpec, exampleMatter, exampleRegions,
  type ApplicationInput, type Bundle, type FormSpec, type Matter,
} from '@zwfw/core';
import type { CatalogueData } from '../../src/index.js';

export const MATTER = exampleMatter;
export const FORM = exampleFormSpec;

/** A matter that can be applied for with a form without 容缺 or e-licences (a person's matter). */
export const PERSON_MATTER: Matter = {
  ...exampleMatter,
  code: `${exampleMatter.taskCode}02`,
  handleItemCode: `${exampleMatter.taskCode}02`,
  name: '居民身份证换领',
  audience: ['natural_person'],
  type: 'public_service',
  level: ['county'],
  online: { ...exampleMatter.online, isOnline: false },
  onSiteVisits: 1,
  handleArea: 'national',
  themes: { person: ['005'], enterprise: [] },
  keywords: ['换身份证', '身份证到期'],
  promisedTimeLimit: { value: 10, unit: 'working_day' },
  materials: [
    { id: 'photo', name: '数码相片回执', order: 1, necessity: 'required', form: 'electronic', source: 'applicant', originalCopies: 1, photocopies: 0 },
    { id: 'old-card', name: '原居民身份证', order: 2, necessity: 'required', form: 'paper', source: 'government_issued', originalCopies: 1, photocopies: 0, eLicense: { exempt: true, licenseType: '居民身份证' } },
  ],
  formId: 'id-card-renewal',
};

export const PERSON_FORM: FormSpec = {
  id: 'id-card-renewal',
  version: '1',
  title: '居民身份证换领申请',
  matterCode: PERSON_MATTER.code,
  sections: [{
    id: 'main',
    title: '申请人',
    fields: [
      { id: 'name', label: '姓名', kind: 'text', required: true, maxLength: 50 },
      { id: 'idNumber', label: '身份证号', kind: 'idCard', required: true },
      { id: 'mobile', label: '手机', kind: 'mobile', required: true },
      { id: 'reason', label: '换领原因', kind: 'select', required: true, options: [{ value: 'expired', label: '有效期满' }, { value: 'damaged', label: '损坏' }] },
    ],
  }],
  materials: [
    { materialId: 'photo', necessity: 'required', toleranceAllowed: false },
    { materialId: 'old-card', necessity: 'required', toleranceAllowed: false },
  ],
};

/** A valid application for PERSON_MATTER. */
export function personApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    matterCode: PERSON_MATTER.code,
    formId: PERSON_FORM.id,
    formVersion: PERSON_FORM.version,
    values: { name: '张三', idNumber: '110101199003071233', mobile: '13912345678', reason: 'expired' },
    materials: [
      { materialId: 'photo', status: 'provided' },
      { materialId: 'old-card', status: 'eLicense' },
    ],
    applicant: { type: 'person', name: '张三', idType: 'id_card', idNumber: '110101199003071233', mobile: '13912345678' },
    channel: 'web',
    ...overrides,
  };
}

/** The example (legal-person, 容缺) application. */
export function legalApplication(): ApplicationInput {
  const input = structuredClone(exampleApplicationInput);
  // The example cites an illustrative fileRef; a real one comes from POST /v1/uploads (see uploads.test.ts).
  for (const m of input.materials) delete m.fileRefs;
  return input;
}

/** `n` extra matters, varied on every list filter, with codes sorting after the examples. */
export function extraMatters(n: number): Matter[] {
  const types = ['license', 'public_service', 'confirmation', 'benefit'] as const;
  const audiences = [['natural_person'], ['enterprise'], ['natural_person', 'enterprise']] as const;
  return Array.from({ length: n }, (_, i) => ({
    ...exampleMatter,
    code: `ZZ${String(i).padStart(4, '0')}`,
    handleItemCode: undefined as never,
    name: `测试事项${i}（${types[i % 4]}）`,
    type: types[i % 4]!,
    audience: [...audiences[i % 3]!],
    level: i % 2 === 0 ? ['county'] : ['municipal'],
    online: { ...exampleMatter.online, isOnline: i % 2 === 0 },
    onSiteVisits: i % 3,
    handleArea: i % 5 === 0 ? 'national' : 'municipal',
    themes: { person: i % 2 === 0 ? ['005'] : [], enterprise: ['010'] },
    formId: undefined as never,
  })).map((m) => {
    const { handleItemCode: _h, formId: _f, ...rest } = m;
    return rest as Matter;
  });
}

/** A bundle with a merged form whose steps are real matters of the catalogue. */
export const BUNDLE: Bundle = {
  ...exampleBundle,
  id: 'food-shop',
  name: '开餐馆',
  steps: [
    { matterCode: PERSON_MATTER.code, order: 1, name: '证件' },
    { matterCode: exampleMatter.code, order: 2, name: '食品经营许可' },
  ],
  formId: 'food-shop',
};

export const BUNDLE_FORM: FormSpec = {
  ...PERSON_FORM,
  id: 'food-shop',
  title: '开餐馆一张表单',
  matterCode: undefined as never,
  bundleId: 'food-shop',
  sourceMatters: [PERSON_MATTER.code, exampleMatter.code],
  materials: [
    { materialId: 'photo', necessity: 'required', toleranceAllowed: false, matterCode: PERSON_MATTER.code },
    { materialId: 'business-license', necessity: 'required', toleranceAllowed: false, matterCode: exampleMatter.code },
  ],
};
delete (BUNDLE_FORM as Partial<FormSpec>).matterCode;

/** The test catalogue: the examples, a person matter with a form, a bundle with a merged form, `extra` matters. */
export function testCatalogue(extra = 0): CatalogueData {
  return {
    matters: [exampleMatter, PERSON_MATTER, ...extraMatters(extra)],
    bundles: [exampleBundle, BUNDLE],
    forms: [exampleFormSpec, PERSON_FORM, BUNDLE_FORM],
    regions: exampleRegions,
    evaluationReasons: exampleEvaluationReasonList,
  };
}
