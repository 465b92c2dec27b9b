import type { FormField, FormMaterial, FormSection, FormSpec } from '@zwfw/core';

// Merging the forms of a bundle's matters into one form (一张表单): a fact is asked once. Two fields are the
// same fact when they have the same id (company.name, employees…) or are prefilled from the same
// authoritative source (user.idNumber: the applicant's ID, whatever the matter calls it). The kept field
// records every matter that needs it in sourceMatters; it is required if any matter requires it.

export interface MergeOptions {
  /** Field ids the bundle cannot ask yet (e.g. company.creditCode before the company exists). */
  readonly omit?: readonly string[];
}

export function mergeForms(parts: readonly { matterCode: string; form: FormSpec }[], options: MergeOptions = {}): { sections: FormSection[]; materials: FormMaterial[] } {
  const omit = new Set(options.omit ?? []);
  const sections = new Map<string, FormSection & { fields: FormField[] }>();
  const byId = new Map<string, FormField>();
  const byPrefill = new Map<string, FormField>();
  const materials: FormMaterial[] = [];

  const note = (f: FormField, code: string, required: boolean | undefined): void => {
    const src = f.sourceMatters ?? [];
    if (!src.includes(code)) f.sourceMatters = [...src, code];
    if (required === true) f.required = true;
  };

  for (const { matterCode, form } of parts) {
    for (const s of form.sections) {
      for (const original of s.fields) {
        if (omit.has(original.id)) continue;
        const same = byId.get(original.id) ?? (original.prefillFrom !== undefined && original.prefillFrom.startsWith('user.') ? byPrefill.get(original.prefillFrom) : undefined);
        if (same !== undefined) {
          note(same, matterCode, original.required);
          continue;
        }
        const f: FormField = structuredClone(original);
        f.sourceMatters = [matterCode];
        byId.set(f.id, f);
        if (f.prefillFrom !== undefined) byPrefill.set(f.prefillFrom, f);
        let target = sections.get(s.id);
        if (target === undefined) {
          target = { ...structuredClone({ ...s, fields: [] as FormField[] }) };
          sections.set(s.id, target);
        }
        target.fields.push(f);
      }
    }
    for (const m of form.materials) materials.push({ ...m, matterCode });
  }
  // Rules may only point at fields that survived the merge; a rule on an omitted field is dropped.
  const ids = new Set(byId.keys());
  for (const f of byId.values()) {
    if (f.rules !== undefined) {
      const kept = f.rules.filter((r) => ids.has(r.when.field));
      if (kept.length > 0) f.rules = kept;
      else delete f.rules;
    }
  }
  // Sections are ordered as first seen, agent and delivery last (they apply to the whole bundle).
  const tail = ['agent', 'delivery'];
  const ordered = [...sections.values()].filter((s) => s.fields.length > 0);
  return {
    sections: [...ordered.filter((s) => !tail.includes(s.id)), ...tail.map((t) => sections.get(t)).filter((s): s is FormSection & { fields: FormField[] } => s !== undefined)],
    materials,
  };
}
