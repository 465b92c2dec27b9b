import { materialSources, type ApplicationInput, type FormSpec, type Matter } from '@zwfw/core';

// The 容缺 materials of a submission, by the matter that owes them (core's materialSources and specForSteps say
// which matters need a material and what a skipped step no longer needs).

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
