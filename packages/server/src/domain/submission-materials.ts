import type { ApplicationInput, FormMaterial, FormSpec, Matter } from '@zwfw/core';

// How a submission's materials map onto the matters of its target: a bundle's shared document is submitted
// once but needed by several steps, and a step the applicant skips needs nothing.

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

/**
 * The 容缺 materials a submission defers, by the matter that needs them ('' for a single-matter case), named
 * as the matter's guide names them.
 */
export function owedByMatter(
  target: { form: FormSpec; matter: Matter | undefined; matters: ReadonlyMap<string, Matter> },
  body: Pick<ApplicationInput, 'materials'>,
): Map<string, { materialId: string; name: string }[]> {
  const owed = new Map<string, { materialId: string; name: string }[]>();
  for (const submitted of body.materials) {
    if (submitted.status !== 'tolerance') continue;
    const material = target.form.materials.find((m) => m.materialId === submitted.materialId && m.matterCode === submitted.matterCode);
    if (material === undefined) continue;
    for (const source of materialSources(material, target.matter?.code)) {
      const name = target.matters.get(source.matterCode)?.materials.find((m) => m.id === source.materialId)?.name ?? submitted.materialId;
      const key = target.matter !== undefined ? '' : source.matterCode;
      owed.set(key, [...(owed.get(key) ?? []), { materialId: submitted.materialId, name }]);
    }
  }
  return owed;
}
