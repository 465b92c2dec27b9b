import type { FormField, FormMaterial, FormSection, FormSpec, Material, MaterialNecessity } from '@zwfw/core';
import { materialKey } from './material-keys.js';

// Merging the forms of a bundle's matters into one form (一张表单): a fact is asked once. Two fields are the
// same fact when they have the same id (company.name, employees…) or are prefilled from the same
// authoritative source (user.idNumber: the applicant's ID, whatever the matter calls it). The kept field
// records every matter that needs it in sourceMatters; it is required if any matter requires it.

export interface MergeOptions {
  /** Field ids the bundle cannot ask yet (e.g. company.creditCode before the company exists). */
  readonly omit?: readonly string[];
  /**
   * Canonical keys of the documents the earlier steps of a matter's step produce (营业执照 from 设立登记): the
   * bundle hands them on itself, so the applicant is not asked for them.
   */
  readonly producedBefore?: (matterCode: string) => ReadonlySet<string>;
}

/** One matter's part of a bundle: its form, and its guide's materials (their names identify shared documents). */
export interface MergePart {
  readonly matterCode: string;
  readonly form: FormSpec;
  readonly materials?: readonly Material[];
}

// Of the necessities of one document in several matters, the strictest: what one matter needs on the spot
// cannot be deferred because another would accept it later.
const STRICTNESS: readonly MaterialNecessity[] = ['optional', 'tolerance', 'required'];

/**
 * The materials of a bundle's merged form: a document several matters need (same canonical key) listed once
 * with every matter that uses it, and a document an earlier step produces not asked at all.
 */
export function mergeMaterials(parts: readonly MergePart[], options: MergeOptions = {}): FormMaterial[] {
  const byKey = new Map<string, FormMaterial>();
  const out: FormMaterial[] = [];
  for (const { matterCode, form, materials = [] } of parts) {
    const produced = options.producedBefore?.(matterCode) ?? new Set<string>();
    for (const m of form.materials) {
      const name = materials.find((x) => x.id === m.materialId)?.name;
      const key = name === undefined ? undefined : materialKey(name);
      if (key !== undefined && produced.has(key)) continue;
      const source = { matterCode, materialId: m.materialId };
      const same = key === undefined ? undefined : byKey.get(key);
      if (same === undefined) {
        const { matterCode: _drop, ...rest } = m;
        const merged: FormMaterial = { ...rest, materialId: key ?? m.materialId, usedBy: [source] };
        if (key !== undefined) byKey.set(key, merged);
        out.push(merged);
        continue;
      }
      same.usedBy = [...(same.usedBy ?? []), source];
      // One matter that takes the document from the e-licence library is enough (the server checks the same).
      if (m.eLicense?.exempt === true) same.eLicense = m.eLicense;
      if (STRICTNESS.indexOf(m.necessity) > STRICTNESS.indexOf(same.necessity)) same.necessity = m.necessity;
      same.toleranceAllowed = same.necessity === 'tolerance';
    }
  }
  return out;
}

export function mergeForms(parts: readonly MergePart[], options: MergeOptions = {}): { sections: FormSection[]; materials: FormMaterial[] } {
  const omit = new Set(options.omit ?? []);
  const sections = new Map<string, FormSection & { fields: FormField[] }>();
  const byId = new Map<string, FormField>();
  const byPrefill = new Map<string, FormField>();

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
          // The same question offers what any matter offers (a licence pick-up only some matters have).
          if (same.options !== undefined && original.options !== undefined) {
            const known = new Set(same.options.map((o) => o.value));
            same.options = [...same.options, ...original.options.filter((o) => !known.has(o.value))];
          }
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
  // Likewise a cross-field check on an omitted field is dropped, and a field derived from one is dropped whole.
  const derivable = (f: FormField): boolean => f.derive === undefined
    || ids.has('from' in f.derive ? f.derive.from : f.derive.sumOf.split('[].')[0] ?? '');
  for (const f of byId.values()) if (f.equalsField !== undefined && !ids.has(f.equalsField)) delete f.equalsField;
  for (const target of sections.values()) target.fields = target.fields.filter(derivable);
  // Sections are ordered as first seen, agent and delivery last (they apply to the whole bundle).
  const tail = ['agent', 'delivery'];
  const ordered = [...sections.values()].filter((s) => s.fields.length > 0);
  return {
    sections: [...ordered.filter((s) => !tail.includes(s.id)), ...tail.map((t) => sections.get(t)).filter((s): s is FormSection & { fields: FormField[] } => s !== undefined)],
    materials: mergeMaterials(parts, options),
  };
}
