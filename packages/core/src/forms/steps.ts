import type { FormMaterial, FormSpec } from '../schemas/form-spec.js';

// How a bundle's form applies when the applicant goes without some of its optional steps (银行开户预约 …):
// the form element and the server read the same function, so neither asks for what the other would not.

/** The matters (by code) that need a form material, with each matter's own id for it. */
export function materialSources(material: FormMaterial, singleMatter: string | undefined): { matterCode: string; materialId: string }[] {
  if (material.usedBy !== undefined) return material.usedBy;
  const matterCode = material.matterCode ?? singleMatter;
  return matterCode === undefined ? [] : [{ matterCode, materialId: material.materialId }];
}

/**
 * The form as it applies when the applicant skips optional bundle steps: what only skipped steps need is no
 * longer required (fields and materials stay, so a value already typed is not refused).
 */
export function specForSteps(spec: FormSpec, skipped: readonly string[]): FormSpec {
  if (skipped.length === 0) return spec;
  const skip = new Set(skipped);
  const onlySkipped = (codes: readonly string[] | undefined) => codes !== undefined && codes.length > 0 && codes.every((c) => skip.has(c));
  return {
    ...spec,
    sections: spec.sections.map((s) => ({
      ...s,
      fields: s.fields.map((f) => (f.required === true && onlySkipped(f.sourceMatters) ? { ...f, required: false } : f)),
    })),
    materials: spec.materials.map((m) =>
      m.necessity !== 'optional' && onlySkipped(materialSources(m, spec.matterCode).map((x) => x.matterCode))
        ? { ...m, necessity: 'optional', toleranceAllowed: false }
        : m),
  };
}
