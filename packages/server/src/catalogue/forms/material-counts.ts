import type { Bundle, FormSpec, Matter } from '@zwfw/core';

/** Material counts of one bundle before and after merging its matters' forms. */
export interface BundleMaterialCount {
  bundleId: string;
  matters: number;
  /** Materials the bundle's matters list, together (what the applicant met before merging). */
  before: number;
  /** Materials the merged form lists. */
  after: number;
  /** Merged-form materials several matters share (each asked once). */
  shared: number;
  /** Materials not asked because an earlier step produces them (营业执照 from 设立登记). */
  handedOn: number;
}

/** Before/after material counts of every bundle of a catalogue (reported in the docs and checked by tests). */
export function bundleMaterialCounts(catalogue: { bundles: readonly Bundle[]; forms: readonly FormSpec[]; matters: readonly Matter[] }): BundleMaterialCount[] {
  return catalogue.bundles.flatMap((bundle) => {
    const form = catalogue.forms.find((f) => f.id === bundle.formId);
    if (form === undefined) return [];
    const before = bundle.steps.reduce((n, s) => n + (catalogue.matters.find((m) => m.code === s.matterCode)?.materials.length ?? 0), 0);
    const kept = form.materials.reduce((n, m) => n + (m.usedBy?.length ?? 1), 0);
    return [{
      bundleId: bundle.id,
      matters: bundle.steps.length,
      before,
      after: form.materials.length,
      shared: form.materials.filter((m) => (m.usedBy?.length ?? 1) > 1).length,
      handedOn: before - kept,
    }];
  });
}
