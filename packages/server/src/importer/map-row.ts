import {
  AGENCY_NATURE_CODES, AUDIENCE_CODES, CASE_TYPE_CODES, CHANNEL_CODES, HANDLE_AREA_CODES, MATERIAL_FORM_CODES,
  MATERIAL_NECESSITY_CODES, MATERIAL_SOURCE_CODES, MATERIAL_TYPE_CODES, MATTER_STATE_CODES, MATTER_TYPE_CODES,
  ONLINE_DEPTH_CODES, POWER_SOURCE_CODES, RESULT_TYPE_CODES, TIME_UNIT_CODES, USE_LEVEL_CODES,
  fromProvinceCode, fromProvinceCodes, validateCreditCode,
  type CodeList, type CodeListVariant, type Faq, type Fee, type Material, type Matter, type OnlineDepth, type TimeUnit,
} from '@zwfw/core';
import type { SourceRow } from './tables.js';
import { parseContacts, parseLegalBasis, parseProcess, parseSpecialProcedures, parseWindows } from './text-fields.js';

// Mapping one exchange record (basic + extend + child rows) to a core Matter. Codes go through core's
// per-province code tables; anything that cannot be mapped raises a RowError naming the field and value,
// which the importer reports against the row without stopping.

/** A reason to reject one row. */
export class RowError extends Error {}

type Values = Readonly<Record<string, string>>;

export function need(v: Values, key: string): string {
  const x = v[key];
  if (x === undefined || x === '') throw new RowError(`missing required field ${key}`);
  return x;
}

function opt(v: Values, key: string): string | undefined {
  const x = v[key];
  return x === undefined || x === '' ? undefined : x;
}

export function code<V extends string>(list: CodeList<V>, raw: string, variant: CodeListVariant, field: string): V {
  const r = fromProvinceCode(list, raw, variant);
  if (!r.ok) throw new RowError(`unknown ${list.id} code "${raw}" in ${field} (${variant} code list)`);
  return r.value;
}

function codes<V extends string>(list: CodeList<V>, raw: string, variant: CodeListVariant, field: string): V[] {
  const r = fromProvinceCodes(list, raw, variant);
  if (r.errors.length > 0) throw new RowError(`unknown ${list.id} code "${r.errors[0]?.code ?? ''}" in ${field} (${variant} code list)`);
  if (r.values.length === 0) throw new RowError(`missing required field ${field}`);
  return r.values;
}

function bool(raw: string | undefined): boolean {
  return raw !== undefined && /^(1|y|yes|true|是)$/i.test(raw);
}

function int(v: Values, key: string, required: boolean): number | undefined {
  const raw = required ? need(v, key) : opt(v, key);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new RowError(`${key} "${raw}" is not a non-negative number`);
  return n;
}

/** 时限单位: the national code (1 = 工作日) or the unit written out (工作日 / 自然日), as Guangdong shows it. */
function timeUnit(raw: string, variant: CodeListVariant, field: string): TimeUnit {
  if (raw.includes('工作日')) return 'working_day';
  if (raw.includes('自然日') || raw === '日' || raw === '天') return 'calendar_day';
  return code(TIME_UNIT_CODES, raw, variant, field);
}

/** 网上办理深度: Guangxi sends a list such as "1,2,3"; the deepest level is the depth. */
function depth(raw: string, variant: CodeListVariant): OnlineDepth {
  const order: OnlineDepth[] = ['I', 'II', 'III', 'IV'];
  const values = codes(ONLINE_DEPTH_CODES, raw, variant, 'online_handle_depth');
  return values.reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a));
}

/** The 31-character 实施编码 must be the agency's USCC + a 行使层级 digit + the 12-character 基本编码. */
export function checkTaskCode(taskCode: string, deptCode: string, catalogCode: string, levelCodes: readonly string[]): void {
  if (taskCode.length !== 31) throw new RowError(`task_code "${taskCode}" has ${taskCode.length} characters, expected 31 (18 USCC + 1 level + 12 catalog code)`);
  if (!/^\d{12}$|^[0-9A-Z]{12}$/.test(catalogCode)) throw new RowError(`catalog_code "${catalogCode}" is not 12 characters`);
  const uscc = validateCreditCode(deptCode);
  if (!uscc.ok) throw new RowError(`dept_code "${deptCode}" is not a valid unified social credit code (${uscc.message.en})`);
  if (!taskCode.startsWith(uscc.value)) throw new RowError(`task_code "${taskCode}" does not start with dept_code ${uscc.value}`);
  if (taskCode.slice(19) !== catalogCode) throw new RowError(`task_code "${taskCode}" does not end with catalog_code ${catalogCode}`);
  if (!levelCodes.includes(taskCode.charAt(18))) throw new RowError(`task_code level digit "${taskCode.charAt(18)}" is not in use_level ${levelCodes.join(',')}`);
}

export function mapMaterial(r: SourceRow, matterCode: string, variant: CodeListVariant, index: number): Material {
  const v = r.values;
  const name = need(v, 'material_name');
  const order = int(v, 'order_num', true) ?? index + 1;
  const m: Material = {
    id: (opt(v, 'row_guid') ?? `${matterCode}${String(order).padStart(3, '0')}`).replace(/[^A-Za-z0-9_.:-]/g, '').slice(0, 64) || `${matterCode}${String(order).padStart(3, '0')}`,
    name: name.slice(0, 500),
    order,
    necessity: code(MATERIAL_NECESSITY_CODES, need(v, 'is_need'), variant, 'is_need'),
    form: opt(v, 'material_format') === undefined ? 'both' : code(MATERIAL_FORM_CODES, need(v, 'material_format'), variant, 'material_format'),
    source: opt(v, 'source_type') === undefined ? 'applicant' : code(MATERIAL_SOURCE_CODES, need(v, 'source_type'), variant, 'source_type'),
    originalCopies: int(v, 'page_num', false) ?? int(v, 'original_amount', false) ?? 1,
    photocopies: int(v, 'page_copynum', false) ?? int(v, 'copy_amount', false) ?? 0,
  };
  const type = opt(v, 'material_type'); if (type !== undefined) m.type = code(MATERIAL_TYPE_CODES, type, variant, 'material_type');
  const set = (key: string, apply: (s: string) => void): void => { const x = opt(v, key); if (x !== undefined) apply(x); };
  set('source_explain', (s) => { m.sourceNote = s.slice(0, 1000); });
  set('page_format', (s) => { m.pageSpec = s.slice(0, 200); });
  set('sign_ask', (s) => { m.signRequirement = s.slice(0, 500); });
  set('fill_explain', (s) => { m.fillNote = s.slice(0, 2000); });
  set('accept_stand', (s) => { m.acceptStandard = s.slice(0, 2000); });
  set('by_law', (s) => { m.basis = s.slice(0, 2000); });
  set('form_guid', (s) => { if (/^https?:\/\/|^\//.test(s)) m.blankFormUrl = s; });
  set('example_guid', (s) => { if (/^https?:\/\/|^\//.test(s)) m.sampleUrl = s; });
  // 免提交 (Guangxi is_jzbm / jzbm_way): the government fetches the e-licence itself.
  if (bool(opt(v, 'is_jzbm'))) m.eLicense = { exempt: true, ...(opt(v, 'jzbm_way') === undefined ? {} : { licenseType: need(v, 'jzbm_way').slice(0, 200) }) };
  return m;
}

export function mapFee(r: SourceRow): Fee {
  const v = r.values;
  const fee: Fee = { name: need(v, 'fee_name').slice(0, 200), standard: need(v, 'fee_stand').slice(0, 2000), reducible: bool(opt(v, 'is_desc')) };
  const basis = opt(v, 'by_law'); if (basis !== undefined) fee.basis = basis.slice(0, 2000);
  const red = opt(v, 'desc_explain'); if (red !== undefined) fee.reductionBasis = red.slice(0, 2000);
  const note = opt(v, 'remark'); if (note !== undefined) fee.note = note.slice(0, 2000);
  return fee;
}

export function mapQuestion(r: SourceRow): Faq {
  return { question: need(r.values, 'question').slice(0, 1000), answer: need(r.values, 'answer').slice(0, 10000) };
}

/** A cell holding several names (联办机构, 中介服务), split on the usual list separators. */
function listCell(s: string, max: number): string[] {
  return s.split(/[,，;；、|]+/).map((x) => x.trim().slice(0, max)).filter((x) => x.length > 0).slice(0, 50);
}

/** Maps basic + extend to a Matter without children (materials, fees, FAQ are attached by the importer). */
export function mapBasic(basic: SourceRow, extend: SourceRow | undefined, variant: CodeListVariant): Matter {
  const v = basic.values;
  const name = need(v, 'task_name');
  const catalogCode = need(v, 'catalog_code');
  const taskCode = need(v, 'task_code');
  const deptCode = need(v, 'dept_code');
  const levelRaw = need(v, 'use_level');
  checkTaskCode(taskCode, deptCode, catalogCode, levelRaw.split(/[,，;|\s]+/));
  const handle = opt(v, 'task_handle_item');
  if (handle !== undefined && !(handle.length === 33 && handle.startsWith(taskCode))) {
    throw new RowError(`task_handle_item "${handle}" is not task_code + 2 digits (33 characters)`);
  }
  const type = code(MATTER_TYPE_CODES, need(v, 'task_type'), variant, 'task_type');
  if (extend === undefined) throw new RowError(`no up_task_general_extend row for task_code ${taskCode}`);
  const e = extend.values;
  const legalBasis = parseLegalBasis(need(v, 'by_law'));
  if (legalBasis.length === 0) throw new RowError('by_law has no law in it');
  const isOnline = bool(need(e, 'is_online'));
  const onlineUrl = opt(e, 'online_handle_url') ?? opt(v, 'link_addr');
  const mobileUrl = opt(v, 'mobile_terminal_url');
  const channelsRaw = opt(v, 'handle_type');
  const resultType = opt(e, 'result_type');
  const matter: Matter = {
    code: handle ?? taskCode,
    catalogCode,
    taskCode,
    name: name.slice(0, 1000),
    type,
    state: code(MATTER_STATE_CODES, need(v, 'task_state'), variant, 'task_state'),
    version: Math.max(1, Math.trunc(int(v, 'task_version', true) ?? 1)),
    legalBasis: legalBasis.slice(0, 100),
    level: codes(USE_LEVEL_CODES, levelRaw, variant, 'use_level'),
    agency: { name: need(v, 'dept_name').slice(0, 200), code: deptCode, nature: code(AGENCY_NATURE_CODES, need(v, 'dept_type'), variant, 'dept_type') },
    powerSource: code(POWER_SOURCE_CODES, need(v, 'power_source'), variant, 'power_source'),
    audience: codes(AUDIENCE_CODES, need(v, 'server_type'), variant, 'server_type'),
    acceptConditions: need(v, 'accept_condition').slice(0, 10000),
    caseType: code(CASE_TYPE_CODES, need(v, 'project_type'), variant, 'project_type'),
    legalTimeLimit: { value: int(v, 'anticipate_day', true) ?? 0, unit: timeUnit(need(v, 'anticipate_type'), variant, 'anticipate_type'), ...(opt(v, 'anticipate_explain') === undefined ? {} : { note: need(v, 'anticipate_explain').slice(0, 2000) }) },
    promisedTimeLimit: { value: int(v, 'promise_day', true) ?? 0, unit: timeUnit(need(v, 'promise_type'), variant, 'promise_type'), ...(opt(v, 'promise_explain') === undefined ? {} : { note: need(v, 'promise_explain').slice(0, 2000) }) },
    channels: channelsRaw === undefined ? (isOnline ? ['window', 'online'] : ['window']) : codes(CHANNEL_CODES, channelsRaw, variant, 'handle_type'),
    onSiteVisits: Math.min(10, int(v, 'limit_scene_num', true) ?? 0),
    specialProcedures: parseSpecialProcedures(opt(v, 'special_procedure') ?? ''),
    isCharged: bool(need(v, 'is_fee')),
    fees: [],
    process: parseProcess(need(v, 'handle_flow')),
    windows: parseWindows(need(v, 'transact_addr'), need(v, 'transact_time'), need(v, 'dept_name')),
    consultation: parseContacts(need(v, 'link_way')),
    complaint: parseContacts(need(v, 'supervise_way')),
    online: {
      isOnline,
      payOnline: bool(need(e, 'is_pay_online')),
      appointment: bool(opt(e, 'is_schedule')),
      express: bool(need(e, 'is_express')),
      selfServiceTerminal: bool(opt(e, 'is_service_terminals')),
      inServiceCenter: bool(need(e, 'is_entry_center')),
      ...(opt(e, 'online_handle_depth') === undefined ? {} : { depth: depth(need(e, 'online_handle_depth'), variant) }),
      ...(onlineUrl !== undefined && /^https?:\/\//.test(onlineUrl) ? { url: onlineUrl } : {}),
      ...(mobileUrl !== undefined && /^https?:\/\//.test(mobileUrl) ? { mobileUrl } : {}),
    },
    result: { type: resultType === undefined ? 'none' : code(RESULT_TYPE_CODES, resultType, variant, 'result_type'), ...(opt(e, 'result_name') === undefined ? {} : { name: need(e, 'result_name').slice(0, 200) }) },
    themes: {
      person: (opt(e, 'user_topic_type') ?? '').split(/[,，]/).map((s) => s.trim()).filter((s) => s.length > 0).slice(0, 50),
      enterprise: (opt(e, 'corp_topic_type') ?? '').split(/[,，]/).map((s) => s.trim()).filter((s) => s.length > 0).slice(0, 50),
    },
    materials: [],
    faq: [],
    keywords: [],
  };
  if (handle !== undefined) matter.handleItemCode = handle;
  const setOpt = (key: string, apply: (s: string) => void, src: Values = v): void => { const x = opt(src, key); if (x !== undefined) apply(x); };
  setOpt('local_catalog_code', (s) => { matter.localCatalogCode = s.slice(0, 50); });
  setOpt('local_task_code', (s) => { matter.localTaskCode = s.slice(0, 50); });
  setOpt('entrust_name', (s) => { matter.entrustedBy = s.slice(0, 200); });
  setOpt('limit_scene_explain', (s) => { matter.onSiteVisitsReason = s.slice(0, 2000); }, e);
  setOpt('limit_explain', (s) => { matter.quantityLimit = s.slice(0, 2000); }, e);
  setOpt('handle_area', (s) => { matter.handleArea = code(HANDLE_AREA_CODES, s, variant, 'handle_area'); }, e);
  setOpt('fee_basis', (s) => { matter.feeBasis = s.slice(0, 2000); });
  setOpt('other_dept', (s) => { matter.jointAgencies = listCell(s, 200); }, e);
  setOpt('service_type', (s) => { matter.intermediaryServices = listCell(s, 500); }, e);
  const sso = opt(v, 'is_single_login'); const appSso = opt(v, 'app_is_single_login');
  if (sso !== undefined || appSso !== undefined) matter.online.singleSignOn = { web: bool(sso), app: bool(appSso) };
  setOpt('plan_effective_date', (s) => { matter.effectiveFrom = s.slice(0, 10); });
  setOpt('plan_cancel_date', (s) => { matter.effectiveTo = s.slice(0, 10); });
  setOpt('cd_time', (s) => { const d = new Date(s.replace(' ', 'T') + (/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? '' : '+08:00')); if (!Number.isNaN(d.getTime())) matter.updatedAt = d.toISOString(); });
  return matter;
}
