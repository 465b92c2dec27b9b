import type { MaterialForm, MaterialNecessity, MaterialSource, MaterialType } from './material-enums.js';
import type {
  AgencyNature, Audience, CaseType, Channel, ContactWay, HandleArea, MatterState, MatterType, OnlineDepth,
  PowerSource, ResultType, TimeUnit, UseLevel,
} from './matter-enums.js';
import type { EvaluationStage } from './evaluation-enums.js';

// Provincial code tables as data. Provinces disagree on code values (domain.md §1.3/§1.4), so the SDK keys
// everything on canonical identifiers and maps at the edge (importers, province adapters).

/** Code-list variants shipped: the national exchange dictionary and Guangdong's. */
export const CODE_LIST_VARIANTS = ['national', 'guangdong'] as const;
/** A code-list variant (a province, or the national dictionary). */
export type CodeListVariant = (typeof CODE_LIST_VARIANTS)[number];

/** One code table: canonical value -> provincial code, per variant. A variant may leave values unmapped. */
export interface CodeList<V extends string> {
  /** Stable id of the table, e.g. `matterType`. */
  readonly id: string;
  /** 中文 name of the element the table codes. */
  readonly name: string;
  readonly variants: Readonly<Record<CodeListVariant, Readonly<Partial<Record<V, string>>>>>;
}

function list<V extends string>(
  id: string,
  name: string,
  national: Readonly<Partial<Record<V, string>>>,
  guangdong: Readonly<Partial<Record<V, string>>> = national,
): CodeList<V> {
  return { id, name, variants: { national, guangdong } };
}

/** 事项类型: national 01–10, 20; Guangdong uses 20 其他行政权力 / 21 公共服务. */
export const MATTER_TYPE_CODES = list<MatterType>('matterType', '事项类型', {
  license: '01', penalty: '02', enforcement: '03', levy: '04', benefit: '05', inspection: '06',
  confirmation: '07', reward: '08', adjudication: '09', other_power: '10', public_service: '20',
}, {
  license: '01', penalty: '02', enforcement: '03', levy: '04', benefit: '05', inspection: '06',
  confirmation: '07', reward: '08', adjudication: '09', other_power: '20', public_service: '21',
});

/** 事项状态 1 在用 / 2 暂停 / 3 取消. */
export const MATTER_STATE_CODES = list<MatterState>('matterState', '事项状态', {
  in_use: '1', suspended: '2', cancelled: '3',
});

/** 行使层级 1–6 (6 村(社区)级 is the expected meaning, domain.md marks it unverified). */
export const USE_LEVEL_CODES = list<UseLevel>('useLevel', '行使层级', {
  national: '1', provincial: '2', municipal: '3', county: '4', township: '5', village: '6',
});

/** 实施主体性质 1–3. */
export const AGENCY_NATURE_CODES = list<AgencyNature>('agencyNature', '实施主体性质', {
  statutory: '1', authorized: '2', entrusted: '3',
});

/** 权力来源 1–6. */
export const POWER_SOURCE_CODES = list<PowerSource>('powerSource', '权力来源', {
  statutory_own_level: '1', delegated_from_higher: '2', authorized_by_higher: '3',
  authorized_by_same_level: '4', entrusted_by_higher: '5', entrusted_by_same_level: '6',
});

/** 服务对象 1–7. */
export const AUDIENCE_CODES = list<Audience>('audience', '服务对象', {
  natural_person: '1', enterprise: '2', public_institution: '3', social_organization: '4',
  unincorporated_enterprise: '5', government_agency: '6', other_organization: '7',
});

/** 办件类型 1 即办件 / 2 承诺件. */
export const CASE_TYPE_CODES = list<CaseType>('caseType', '办件类型', { instant: '1', promised: '2' });

/** 时限单位: only `1` = 工作日 is attested; other units stay unmapped until confirmed (domain.md §1.3). */
export const TIME_UNIT_CODES = list<TimeUnit>('timeUnit', '时限单位', { working_day: '1' });

/** 办理形式 1 窗口 / 2 网上 / 3 快递. */
export const CHANNEL_CODES = list<Channel>('channel', '办理形式', { window: '1', online: '2', express: '3' });

/** 材料必要性 1 必要 / 2 非必要 / 3 容缺后补. */
export const MATERIAL_NECESSITY_CODES = list<MaterialNecessity>('materialNecessity', '材料必要性', {
  required: '1', optional: '2', tolerance: '3',
});

/** 材料类型 1 证件证书证明 / 2 申请表格文书 / 3 其他 (Guangdong values; used for national too). */
export const MATERIAL_TYPE_CODES = list<MaterialType>('materialType', '材料类型', {
  certificate: '1', application_form: '2', other: '3',
});

/** 材料形式 1 纸质 / 2 电子化 / 3 纸质+电子. */
export const MATERIAL_FORM_CODES = list<MaterialForm>('materialForm', '材料形式', {
  paper: '1', electronic: '2', both: '3',
});

/** 来源渠道 10 申请人自备 / 20 政府部门核发 / 99 其他. */
export const MATERIAL_SOURCE_CODES = list<MaterialSource>('materialSource', '来源渠道', {
  applicant: '10', government_issued: '20', other: '99',
});

/** 网上办理深度 1–4 (national, Guangxi style) vs I–IV (Guangdong WBSD_LEVEL). */
export const ONLINE_DEPTH_CODES = list<OnlineDepth>('onlineDepth', '网上办理深度', {
  I: '1', II: '2', III: '3', IV: '4',
}, { I: 'I', II: 'II', III: 'III', IV: 'IV' });

/** 通办范围 1–6. */
export const HANDLE_AREA_CODES = list<HandleArea>('handleArea', '通办范围', {
  national: '1', provincial: '2', municipal: '3', county: '4', township: '5', cross_village: '6',
});

/** 审批结果类型: dictionary 1 证照 / 2 批文 / 3 其他 / 4 无; Guangdong 10 / 20 / 30 (no 无). */
export const RESULT_TYPE_CODES = list<ResultType>('resultType', '审批结果类型', {
  certificate: '1', approval_document: '2', other: '3', none: '4',
}, { certificate: '10', approval_document: '20', other: '30' });

/** 咨询 / 监督投诉方式 1 窗口 / 2 网络 / 3 电话 / 4 信件 / 5 邮件. */
export const CONTACT_WAY_CODES = list<ContactWay>('contactWay', '咨询/投诉方式', {
  window: '1', online: '2', phone: '3', letter: '4', email: '5',
});

/** 评价阶段 1 受理 / 2 办结 (Guangdong evalProcess). */
export const EVALUATION_STAGE_CODES = list<EvaluationStage>('evaluationStage', '评价阶段', {
  acceptance: '1', conclusion: '2',
});

/** Every shipped code table, keyed by id (for importers and docs that iterate). */
export const CODE_LISTS = {
  matterType: MATTER_TYPE_CODES,
  matterState: MATTER_STATE_CODES,
  useLevel: USE_LEVEL_CODES,
  agencyNature: AGENCY_NATURE_CODES,
  powerSource: POWER_SOURCE_CODES,
  audience: AUDIENCE_CODES,
  caseType: CASE_TYPE_CODES,
  timeUnit: TIME_UNIT_CODES,
  channel: CHANNEL_CODES,
  materialNecessity: MATERIAL_NECESSITY_CODES,
  materialType: MATERIAL_TYPE_CODES,
  materialForm: MATERIAL_FORM_CODES,
  materialSource: MATERIAL_SOURCE_CODES,
  onlineDepth: ONLINE_DEPTH_CODES,
  handleArea: HANDLE_AREA_CODES,
  resultType: RESULT_TYPE_CODES,
  contactWay: CONTACT_WAY_CODES,
  evaluationStage: EVALUATION_STAGE_CODES,
} as const;

/** Result of mapping a provincial code to a canonical value; never thrown, so importers can report. */
export type FromCodeResult<V extends string> =
  | { readonly ok: true; readonly value: V }
  | { readonly ok: false; readonly reason: 'unknown_code' | 'unknown_variant'; readonly list: string; readonly code: string; readonly variant: string };

/** Result of mapping a canonical value to a provincial code. */
export type ToCodeResult =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly reason: 'unmapped_value' | 'unknown_variant'; readonly list: string; readonly value: string; readonly variant: string };

function variantTable<V extends string>(
  codeList: CodeList<V>,
  variant: string,
): Readonly<Partial<Record<V, string>>> | undefined {
  return Object.hasOwn(codeList.variants, variant)
    ? codeList.variants[variant as CodeListVariant]
    : undefined;
}

/** Canonical value of a provincial code (surrounding whitespace ignored; leading zeros are significant). */
export function fromProvinceCode<V extends string>(
  codeList: CodeList<V>,
  code: string,
  variant: CodeListVariant | (string & {}) = 'national',
): FromCodeResult<V> {
  // Importers hand over whatever a CSV cell held (numbers, null): read it as text rather than throw.
  const text = typeof code === 'string' ? code : code == null ? '' : String(code);
  const table = variantTable(codeList, variant);
  if (!table) return { ok: false, reason: 'unknown_variant', list: codeList.id, code: text, variant };
  const wanted = text.trim();
  for (const [value, c] of Object.entries(table) as [V, string | undefined][]) {
    if (c === wanted) return { ok: true, value };
  }
  return { ok: false, reason: 'unknown_code', list: codeList.id, code: text, variant };
}

/** Provincial code of a canonical value. */
export function toProvinceCode<V extends string>(
  codeList: CodeList<V>,
  value: V,
  variant: CodeListVariant | (string & {}) = 'national',
): ToCodeResult {
  const table = variantTable(codeList, variant);
  if (!table) return { ok: false, reason: 'unknown_variant', list: codeList.id, value, variant };
  const code = Object.hasOwn(table, value) ? table[value] : undefined;
  if (code === undefined) return { ok: false, reason: 'unmapped_value', list: codeList.id, value, variant };
  return { ok: true, code };
}

/** Maps a multi-valued field such as 服务对象 "1,2,5" (separators `,` `，` `;` `|` or spaces); keeps failures apart. */
export function fromProvinceCodes<V extends string>(
  codeList: CodeList<V>,
  codes: string,
  variant: CodeListVariant | (string & {}) = 'national',
): { readonly values: V[]; readonly errors: Extract<FromCodeResult<V>, { ok: false }>[] } {
  const values: V[] = [];
  const errors: Extract<FromCodeResult<V>, { ok: false }>[] = [];
  const text = typeof codes === 'string' ? codes : codes == null ? '' : String(codes);
  for (const part of text.split(/[,，;；|\s]+/).filter((p) => p.length > 0)) {
    const r = fromProvinceCode(codeList, part, variant);
    if (r.ok) {
      if (!values.includes(r.value)) values.push(r.value);
    } else {
      errors.push(r);
    }
  }
  return { values, errors };
}
