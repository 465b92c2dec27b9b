import type { Bundle, EvaluationReasonList, FormSpec, Matter, Region } from '@zwfw/core';
import { buildMatter } from './build-matter.js';
import { department } from './district.js';
import { generateEvaluationReasons } from './evaluation-reasons.js';
import { buildBundles } from './forms/bundles.js';
import { buildMatterForm } from './forms/build-form.js';
import { MATTER_LIST, type ListEntry } from './matter-list.js';
import { generateRegions } from './regions.js';

/**
 * The sample catalogue of the ILLUSTRATIVE district 云溪市明湖区 (codes 445400/445402 are unallocated
 * GB/T 2260 codes; agencies, addresses and phone numbers are invented). Matter names and laws are real.
 */
export interface Catalogue {
  readonly matters: Matter[];
  readonly bundles: Bundle[];
  readonly forms: FormSpec[];
  readonly regions: Region[];
  readonly evaluationReasons: EvaluationReasonList;
}

export const CATALOGUE_NOTICE = '示例数据：云溪市明湖区为虚构的示例行政区，事项名称和法律依据采用国家真实名称，部门编码、地址、电话均为示例。';

/** Generates the whole catalogue. Deterministic: two calls return equal data. */
export function generateCatalogue(): Catalogue {
  const byListCode = new Map<string, ListEntry>(MATTER_LIST.map((e) => [e.code, e]));
  const matters: Matter[] = [];
  const forms: FormSpec[] = [];
  const matterByListCode = new Map<string, Matter>();
  const templateByCode = new Map<string, string>();

  for (const entry of MATTER_LIST) {
    const parent = entry.parentCode === undefined ? undefined : byListCode.get(entry.parentCode);
    const { matter, guide } = buildMatter(entry, parent, department(entry.department));
    // 主项 keep their form too: portals let citizens start from the 主项 and pick the 业务办理项 in the form.
    if (guide.form !== undefined) {
      const form = buildMatterForm(matter, guide.form);
      matter.formId = form.id;
      forms.push(form);
      templateByCode.set(matter.code, guide.form);
    }
    matters.push(matter);
    matterByListCode.set(entry.code, matter);
  }

  const generic = (m: Matter): string =>
    templateByCode.get(m.code) ?? (m.audience.includes('natural_person') ? 'generic-person' : 'generic-organisation');
  const { bundles, forms: bundleForms } = buildBundles(matterByListCode, generic);

  return { matters, bundles, forms: [...forms, ...bundleForms], regions: generateRegions(), evaluationReasons: generateEvaluationReasons() };
}
