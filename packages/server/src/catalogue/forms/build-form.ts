import { materialFileRules, type CommitmentText, type FormMaterial, type FormSection, type FormSpec, type Matter } from '@zwfw/core';
import { agentSection, applicantSection, deliverySection, organisationSection } from './fields.js';
import { FORM_TEMPLATES } from './matter-forms.js';

// Builds the smart form of one matter: the family's specific sections between the applicant block and the
// agent/delivery blocks, and the matter's materials with 容缺 offered exactly where the guide says 容缺后补.

export const FORM_VERSION = '2026.1';

/** 告知承诺书 for 容缺受理 (domain.md §2): deadline, consequence, credit exclusion, opt-out. */
export function commitmentText(days: number, version = FORM_VERSION): CommitmentText {
  return {
    version: `rongque-${version}`,
    title: '容缺受理告知承诺书',
    text: [
      '本人（本单位）自愿申请容缺受理，并郑重承诺：',
      '一、所提交的申请材料真实、合法、有效，复印件与原件一致，所填信息准确无误；',
      `二、对标注为“容缺后补”的材料，将在受理之日起${days}个工作日内（且不超过承诺办结时限）补齐，补交的材料与承诺内容一致；`,
      '三、已知悉逾期未补齐或者补交材料不符合要求的，申请将被终止办理，据此作出的决定依法撤销，由本人（本单位）承担相应后果；',
      '四、已知悉存在严重失信记录的申请人不适用容缺受理，虚假承诺将记入信用记录并依法承担法律责任；',
      '五、已知悉可以不选择容缺受理，按一般程序办理。',
    ].join('\n'),
    // The same figure as data, so the server sets each owed material's due date from what was signed.
    supplyWithinWorkingDays: days,
  };
}

/** Materials of a matter as a form collects them. */
export function formMaterials(matter: Matter, withMatterCode = false): FormMaterial[] {
  return matter.materials.map((m) => ({
    materialId: m.id,
    name: m.name,
    // The form does not ask the 情景导办 questions, so it cannot tell whether a conditioned material applies to
    // this applicant: demanding it would block everyone outside its situation (a foreign legal representative
    // has no resident ID card). The guide still lists it as required within its situation.
    necessity: m.condition !== undefined && m.necessity === 'required' ? 'optional' : m.necessity,
    toleranceAllowed: m.necessity === 'tolerance',
    ...(m.eLicense === undefined ? {} : { eLicense: m.eLicense }),
    ...(withMatterCode ? { matterCode: matter.code } : {}),
  }));
}

/** Sections of a form template with the common blocks around them. */
export function formSections(templateId: string, withCertificate: boolean): FormSection[] {
  const template = FORM_TEMPLATES[templateId];
  if (template === undefined) throw new Error(`No form template "${templateId}"`);
  const head = template.applicant === 'person' ? [applicantSection(template.applicantFacts)] : template.applicant === 'organisation' ? [organisationSection()] : [];
  return [...head, ...template.sections(), agentSection(), deliverySection(withCertificate)];
}

/** The FormSpec of one matter. */
export function buildMatterForm(matter: Matter, templateId: string): FormSpec {
  const sections = formSections(templateId, matter.result.type === 'certificate');
  // Each material states the files it takes, so uploads are checked without reading the sections.
  const materials = formMaterials(matter).map((m) => {
    const { accept, maxSizeMb } = materialFileRules(m, { sections });
    return { ...m, accept: [...accept], maxSizeMb };
  });
  const spec: FormSpec = {
    id: `form-${matter.code}`,
    version: FORM_VERSION,
    title: `${matter.name}申请表`,
    description: `${matter.agency.name}受理。已实名认证及电子证照库已有的信息自动带出；标注“容缺后补”的材料可签署告知承诺书后补交。`,
    matterCode: matter.code,
    sections,
    materials,
  };
  if (materials.some((m) => m.toleranceAllowed)) {
    const promised = matter.promisedTimeLimit.value;
    spec.commitmentText = commitmentText(Math.max(1, Math.min(5, Math.floor(promised) || 5)));
  }
  return spec;
}
