import type { Audience, Bundle, FormSpec, Matter, TimeLimit } from '@zwfw/core';
import { FORM_VERSION, buildMatterForm, commitmentText } from './build-form.js';
import { materialKey } from './material-keys.js';
import { mergeForms } from './merge.js';

// The 一件事 bundles of the district. Steps name matters by their code in the district's matter list
// (data/matter-list.ts), so the bundles follow the shared list; steps with the same order run in parallel.

interface StepDef {
  readonly listCode: string;
  readonly order: number;
  readonly optional?: boolean;
  readonly name?: string;
}

interface BundleDef {
  readonly id: string;
  /** List code of the 一件事 entry in the national matter list (0004…) that this bundle delivers. */
  readonly listCode: string;
  readonly name: string;
  readonly description: string;
  readonly audience: readonly Audience[];
  readonly steps: readonly StepDef[];
  readonly promisedDays: number;
  /** A promise in hours instead (企业开办: domain.md §6.1 "3 小时内 / 1 个工作日"); promisedDays still sizes 容缺. */
  readonly promisedTimeLimit?: TimeLimit;
  readonly onSiteVisits: number;
  readonly keywords: readonly string[];
  readonly omitFields?: readonly string[];
}

export const BUNDLE_DEFS: readonly BundleDef[] = [
  {
    id: 'enterprise-establishment',
    listCode: '000400001000',
    name: '企业开办一件事',
    description: '一次填报、一网通办：企业名称自主申报、设立登记、公章刻制、发票申领、社保登记、住房公积金缴存登记和银行开户预约并联办理，最快1个工作日内办结，全程免费。',
    audience: ['enterprise', 'unincorporated_enterprise'],
    steps: [
      { listCode: '000117001000', order: 1, name: '名称自主申报' },
      { listCode: '00011700200001', order: 2, name: '设立登记' },
      { listCode: '00010401700001', order: 3, name: '公章刻制' },
      { listCode: '000160009000', order: 3, name: '发票申领' },
      { listCode: '00011001300001', order: 3, name: '社保登记' },
      { listCode: '00013100100001', order: 3, name: '住房公积金缴存登记' },
      { listCode: '000400012000', order: 3, optional: true, name: '银行开户预约' },
    ],
    promisedDays: 1,
    promisedTimeLimit: { value: 4, unit: 'hour', note: '各事项并联办理，自受理之日起4个工作小时内办结' },
    onSiteVisits: 0,
    keywords: ['开公司', '注册公司', '营业执照', '刻章', '发票'],
    omitFields: ['company.creditCode'],
  },
  {
    id: 'restaurant-opening',
    listCode: '000400005000',
    name: '开办餐饮店一件事',
    description: '开一家餐饮店，一次申请即可办理个体工商户设立登记、食品经营许可、户外招牌设置备案，以及需要时的排水许可和消防安全检查。',
    audience: ['unincorporated_enterprise', 'enterprise', 'natural_person'],
    steps: [
      { listCode: '00011700400001', order: 1, name: '个体工商户设立登记' },
      { listCode: '00011701600001', order: 2, name: '食品经营许可' },
      { listCode: '000210003000', order: 2, optional: true, name: '户外招牌设置备案' },
      { listCode: '000200004000', order: 2, optional: true, name: '城镇污水排入排水管网许可' },
      { listCode: '000240001000', order: 2, optional: true, name: '公众聚集场所消防安全检查' },
    ],
    promisedDays: 5,
    onSiteVisits: 0,
    keywords: ['开饭店', '开餐馆', '开小吃店', '餐饮许可'],
    omitFields: ['company.creditCode'],
  },
  {
    id: 'newborn',
    listCode: '000400002000',
    name: '新生儿出生一件事',
    description: '宝宝出生后一次申请，出生医学证明、预防接种证、户口登记、医保参保和社会保障卡申领一并办理，证件邮寄到家。',
    audience: ['natural_person'],
    steps: [
      { listCode: '00012001300001', order: 1, name: '出生医学证明' },
      { listCode: '00012002000001', order: 2, name: '预防接种证' },
      { listCode: '00010400300001', order: 2, name: '出生登记（落户）' },
      { listCode: '00012500100003', order: 3, name: '新生儿医保参保' },
      { listCode: '00011002300001', order: 3, name: '社会保障卡申领' },
    ],
    promisedDays: 5,
    onSiteVisits: 0,
    keywords: ['生孩子', '宝宝上户口', '新生儿落户', '出生证'],
  },
  {
    id: 'retirement',
    listCode: '000400003000',
    name: '退休一件事',
    description: '职工退休一次申请：基本养老金申领、医保退休人员信息变更、住房公积金退休提取，以及老年人优待证、老年人公交卡办理。',
    audience: ['natural_person'],
    steps: [
      { listCode: '00011001500001', order: 1, name: '养老金申领' },
      { listCode: '00012500100004', order: 2, name: '医保退休人员信息变更' },
      { listCode: '00013100600004', order: 2, name: '住房公积金退休提取' },
      { listCode: '00012002500001', order: 3, optional: true, name: '老年人优待证' },
      { listCode: '000150016000', order: 3, optional: true, name: '老年人公交乘车卡' },
    ],
    promisedDays: 10,
    onSiteVisits: 0,
    keywords: ['办退休', '领养老金', '退休手续'],
  },
];

/** Builds the bundles and their merged forms from the generated matters. */
export function buildBundles(
  matterByListCode: ReadonlyMap<string, Matter>,
  formTemplateOf: (m: Matter) => string,
): { bundles: Bundle[]; forms: FormSpec[] } {
  const bundles: Bundle[] = [];
  const forms: FormSpec[] = [];
  for (const def of BUNDLE_DEFS) {
    const steps = def.steps.map((s) => {
      const matter = matterByListCode.get(s.listCode);
      if (matter === undefined) throw new Error(`Bundle ${def.id}: no matter with list code ${s.listCode}`);
      return { def: s, matter };
    });
    const formId = `bundle-${def.id}`;
    const parts = steps.map(({ matter }) => ({ matterCode: matter.code, form: buildMatterForm(matter, formTemplateOf(matter)), materials: matter.materials }));
    // What a step produces (its result, e.g. 营业执照) is handed on to the later steps, not asked of the applicant.
    const producedBefore = (code: string): ReadonlySet<string> => {
      const order = steps.find((s) => s.matter.code === code)?.def.order ?? 0;
      const names = steps.filter((s) => s.def.order < order).map((s) => s.matter.result.name);
      return new Set(names.map((n) => (n === undefined ? undefined : materialKey(n))).filter((k): k is string => k !== undefined));
    };
    const merged = mergeForms(parts, { ...(def.omitFields === undefined ? {} : { omit: def.omitFields }), producedBefore });
    const form: FormSpec = {
      id: formId,
      version: FORM_VERSION,
      title: `${def.name}申请表`,
      description: `${def.description} 各事项共用的信息只填一次。`,
      bundleId: def.id,
      sourceMatters: steps.map(({ matter }) => matter.code),
      sections: merged.sections,
      materials: merged.materials,
    };
    if (merged.materials.some((m) => m.toleranceAllowed)) form.commitmentText = commitmentText(Math.min(5, def.promisedDays));
    forms.push(form);
    const entry = matterByListCode.get(def.listCode);
    bundles.push({
      id: def.id,
      ...(entry ? { matterCode: entry.code } : {}),
      name: def.name,
      description: def.description,
      audience: [...def.audience],
      steps: steps.map(({ def: s, matter }) => ({
        matterCode: matter.code,
        order: s.order,
        ...(steps.filter((o) => o.def.order === s.order).length > 1 ? { parallelGroup: `${def.id}-${s.order}` } : {}),
        ...(s.optional === true ? { optional: true } : {}),
        ...(s.name === undefined ? {} : { name: s.name }),
      })),
      formId,
      promisedTimeLimit: def.promisedTimeLimit ?? { value: def.promisedDays, unit: 'working_day', note: '各事项并联办理，自受理之日起计算' },
      onSiteVisits: def.onSiteVisits,
      keywords: [...def.keywords],
    });
  }
  return { bundles, forms };
}
