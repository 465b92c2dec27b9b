import { label, type Bundle, type EvaluationReasonList, type FormSpec, type LocalizedLabel, type Matter, type Region } from '@zwfw/core';
import { buildMatter } from './build-matter.js';
import { DISTRICT, department } from './district.js';
import { generateEvaluationReasons } from './evaluation-reasons.js';
import { buildBundles } from './forms/bundles.js';
import { buildMatterForm } from './forms/build-form.js';
import { MATTER_LIST, MATTER_SPECIFICS, type ListEntry } from './matter-list.js';
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

/**
 * The notice in every locale (data/district.json). Seeding stores it with the catalogue and the API shows it
 * (the /health body, a Zwfw-Catalogue-Notice header on catalogue reads), so nobody mistakes the sample for
 * official data. The English text is plain ASCII: it travels in an HTTP header.
 */
export const CATALOGUE_NOTICE_LABEL: LocalizedLabel = label(DISTRICT.notice['zh-CN'], DISTRICT.notice['zh-TW'], DISTRICT.notice.en);

export const CATALOGUE_NOTICE = CATALOGUE_NOTICE_LABEL['zh-CN'];

/** Generates the whole catalogue. Deterministic: two calls return equal data. */
export function generateCatalogue(): Catalogue {
  const byListCode = new Map<string, ListEntry>(MATTER_LIST.map((e) => [e.code, e]));
  const matters: Matter[] = [];
  const forms: FormSpec[] = [];
  const matterByListCode = new Map<string, Matter>();
  const templateByCode = new Map<string, string>();

  for (const entry of MATTER_LIST) {
    const parent = entry.parentCode === undefined ? undefined : byListCode.get(entry.parentCode);
    const { matter, guide } = buildMatter(entry, parent, department(entry.department), MATTER_SPECIFICS.get(entry.code));
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
