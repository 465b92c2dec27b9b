import type {
  Contact, LegalBasis, Material, Matter, MatterThemes, ProcessStep, ServiceWindow, TimeLimit, UseLevel,
} from '@zwfw/core';
import { agencyCreditCode, taskCode } from './codes.js';
import { DISTRICT, HALLS, departmentPhone, type DepartmentProfile } from './district.js';
import { chance } from './hash.js';
import { L } from './families/laws.js';
import { FAQ_ONLINE, FAQ_ONLINE_PREVIEW } from './families/faq.js';
import { FAMILIES, genericGuide, type GuideTemplate, type MatterContext, type MaterialTemplate } from './families/index.js';
import { guideSituations, materialCondition } from './families/situations.js';
import type { ListEntry, MatterSpecific } from './matter-list.js';

// Turns one row of the district's matter list into a complete guide: codes from the agency profile,
// content from the first matching family template, the rest (windows, contacts, online facts, process)
// from the district's data. Everything is a function of the inputs, so two runs are equal.

const UPDATED_AT = '2025-01-06T09:00:00+08:00';
const PERSON_AUDIENCE = new Set(['natural_person']);

/** Codes of one generated matter. */
export interface MatterCodes {
  readonly code: string;
  readonly catalogCode: string;
  readonly taskCode: string;
  readonly handleItemCode?: string;
  readonly parentCode?: string;
}

/** Computes the codes of a row: main items get a 实施编码, sub-items a 业务办理项编码 under their parent's. */
export function codesFor(entry: ListEntry, dept: DepartmentProfile): MatterCodes {
  const agency = agencyCode(dept);
  if (entry.parentCode === undefined) {
    const t = taskCode(agency, dept.level, entry.code);
    return { code: t, catalogCode: entry.code, taskCode: t };
  }
  const parentTask = taskCode(agency, dept.level, entry.parentCode);
  const handle = parentTask + entry.code.slice(entry.parentCode.length).padStart(2, '0');
  return { code: handle, catalogCode: entry.parentCode, taskCode: parentTask, handleItemCode: handle, parentCode: parentTask };
}

/** The agency's illustrative USCC (municipal agencies are registered at the city). */
export function agencyCode(dept: DepartmentProfile): string {
  const region = dept.level === 'municipal' ? DISTRICT.city.code : DISTRICT.district.code;
  return agencyCreditCode(dept.authority, dept.category, region, dept.orgSeq);
}

/** The family guide for a row (generic template with the department's laws when no family matches). */
export function guideFor(ctx: MatterContext, dept: DepartmentProfile): { familyId: string; guide: GuideTemplate } {
  // 依职权 items (处罚/检查/强制) share names with licences (…未取得食品经营许可…) but not their guide.
  const exOfficio = ctx.type === 'penalty' || ctx.type === 'inspection' || ctx.type === 'enforcement';
  const family = exOfficio ? undefined : FAMILIES.find((f) => f.matches(ctx));
  if (family !== undefined) return { familyId: family.id, guide: family.guide(ctx) };
  const laws = dept.laws.map((k) => (L as Record<string, LegalBasis>)[k]).filter((l): l is LegalBasis => l !== undefined);
  return { familyId: 'generic', guide: genericGuide(ctx, laws) };
}

/**
 * 网办深度 Ⅳ (全程网办) means the whole application is made online, which takes a form to fill in: a guide
 * without one is 网上预审 (Ⅲ) at most, and then the applicant comes to the window once (no 零跑动 claim,
 * no "全程网上办理" answer).
 */
export function honestOnline(g: GuideTemplate, isOnline: boolean): Pick<GuideTemplate, 'onlineDepth' | 'onSiteVisits' | 'onSiteVisitsReason' | 'faq'> {
  const claimed = g.onlineDepth ?? (isOnline ? 'III' : 'II');
  const visits = g.onSiteVisits ?? (isOnline ? 0 : 1);
  const reason = g.onSiteVisitsReason === undefined ? {} : { onSiteVisitsReason: g.onSiteVisitsReason };
  if (claimed === 'IV' && g.form !== undefined) return { onlineDepth: claimed, onSiteVisits: visits, ...reason, faq: g.faq };
  // Only a 全程网办 matter may answer "可以全程网上办理吗？" with yes.
  const faq = isOnline ? g.faq.map((f) => (f === FAQ_ONLINE ? FAQ_ONLINE_PREVIEW : f)) : g.faq.filter((f) => f !== FAQ_ONLINE);
  if (claimed !== 'IV') return { onlineDepth: claimed, onSiteVisits: visits, ...reason, faq };
  return {
    onlineDepth: 'III',
    onSiteVisits: Math.max(1, visits),
    onSiteVisitsReason: g.onSiteVisitsReason ?? '网上预审通过后需到窗口核验原件、签署申请材料',
    faq,
  };
}

function timeLimit(value: number, unit: TimeLimit['unit'], note?: string): TimeLimit {
  return note === undefined ? { value, unit } : { value, unit, note };
}

function material(code: string, i: number, t: MaterialTemplate, portal: string): Material {
  const id = `${code}${String(i + 1).padStart(3, '0')}`;
  const m: Material = {
    id,
    name: t.name,
    order: i + 1,
    necessity: t.necessity,
    type: t.type,
    form: t.form ?? 'both',
    source: t.source,
    originalCopies: t.original ?? 1,
    photocopies: t.copies ?? 0,
  };
  if (t.sourceNote !== undefined) m.sourceNote = t.sourceNote;
  if (t.situation !== undefined) m.situation = t.situation;
  if (t.pageSpec !== undefined) m.pageSpec = t.pageSpec;
  if (t.signRequirement !== undefined) m.signRequirement = t.signRequirement;
  if (t.fillNote !== undefined) m.fillNote = t.fillNote;
  if (t.acceptStandard !== undefined) m.acceptStandard = t.acceptStandard;
  if (t.basis !== undefined) m.basis = t.basis;
  if (t.withForms === true) {
    m.blankFormUrl = `${portal}/files/blank/${id}.docx`;
    m.sampleUrl = `${portal}/files/sample/${id}.pdf`;
  }
  if (t.eLicense !== undefined) m.eLicense = { exempt: true, licenseType: t.eLicense };
  const condition = materialCondition(t);
  if (condition !== undefined) m.condition = condition;
  return m;
}

function processSteps(g: GuideTemplate, promised: number, hasCertificate: boolean): ProcessStep[] {
  const steps: ProcessStep[] = [];
  const add = (kind: ProcessStep['kind'], name: string, description: string, limit?: TimeLimit): void => {
    const step: ProcessStep = { order: steps.length + 1, kind, name, description };
    if (limit !== undefined) step.timeLimit = limit;
    steps.push(step);
  };
  const instant = promised === 0;
  const review = instant ? 0 : Math.max(0.5, Math.ceil(promised * 0.6 * 2) / 2);
  const decide = instant ? 0 : Math.max(0.5, promised - review);
  add('acceptance', '受理', g.steps?.acceptance ?? '窗口或网上收件，材料齐全、符合法定形式的当场受理并出具受理通知书；材料不全的一次性告知需补正的全部内容', timeLimit(0, 'working_day', '当场'));
  add('investigate', '审查', g.steps?.investigate ?? '对申请材料的真实性、合法性进行审查', timeLimit(review, 'working_day', instant ? '当场' : undefined));
  add('decide', '决定', g.steps?.decide ?? '作出准予或者不予办理的决定；不予办理的书面说明理由并告知申请人享有的救济权利', timeLimit(decide, 'working_day', instant ? '当场' : undefined));
  if (hasCertificate) add('accreditation', '制证', g.steps?.accreditation ?? '制作并签发证照，同步生成电子证照');
  add('delivery', '送达', g.steps?.delivery ?? '窗口领取、邮寄送达或电子送达，由申请人选择');
  return steps;
}

function windows(dept: DepartmentProfile, personFacing: boolean): ServiceWindow[] {
  const hall = HALLS[dept.hall] ?? HALLS['center'];
  if (hall === undefined) throw new Error('data/district.json has no center hall');
  const main: ServiceWindow = {
    name: dept.hall === 'center' ? `${hall.name}${dept.window}` : `${hall.name}（${dept.window}）`,
    address: hall.address,
    hours: hall.hours,
    phone: departmentPhone(dept),
  };
  if (hall.transit !== undefined) main.transit = hall.transit;
  if (!personFacing) return [main];
  return [main, {
    name: `各街道（镇）便民服务中心${DISTRICT.township.window}`,
    address: `${DISTRICT.district.fullName}${DISTRICT.townships.map((t) => t.name).join('、')}便民服务中心（地址详见区政务服务网“办事大厅”栏目）`,
    hours: DISTRICT.township.hours,
    phone: '12345',
  }];
}

function contacts(dept: DepartmentProfile, windowName: string): { consultation: Contact[]; complaint: Contact[] } {
  const portal = DISTRICT.web.portal;
  return {
    consultation: [
      { way: 'window', value: windowName },
      { way: 'phone', value: departmentPhone(dept), note: '工作日办公时间' },
      { way: 'phone', value: '12345', note: '政务服务便民热线（7×24小时）' },
      { way: 'online', value: `${portal}/consult`, note: '区政务服务网“我要咨询”' },
    ],
    complaint: [
      { way: 'phone', value: '12345', note: '政务服务便民热线' },
      { way: 'online', value: `${portal}/complaint`, note: '区政务服务网“好差评”与“我要投诉”' },
      { way: 'letter', value: `${DISTRICT.complaint.address} ${DISTRICT.complaint.office}` },
      { way: 'email', value: DISTRICT.complaint.email },
    ],
  };
}

function themesFor(entry: ListEntry): MatterThemes {
  const person = entry.audience.some((a) => PERSON_AUDIENCE.has(a));
  const org = entry.audience.some((a) => !PERSON_AUDIENCE.has(a));
  return { person: person ? [...entry.themes] : [], enterprise: org ? [...entry.themes] : [] };
}

/** A family guide with a matter's own 受理条件 and questions (its own first; a family question it repeats is dropped). */
export function withSpecifics(g: GuideTemplate, specific: MatterSpecific | undefined): GuideTemplate {
  if (specific === undefined) return g;
  const own = new Set(specific.faq.map((f) => f.question));
  return { ...g, acceptConditions: specific.acceptConditions, faq: [...specific.faq, ...g.faq.filter((f) => !own.has(f.question))] };
}

/** Builds the full Matter of one list row. */
export function buildMatter(entry: ListEntry, parent: ListEntry | undefined, dept: DepartmentProfile, specific?: MatterSpecific): { matter: Matter; familyId: string; guide: GuideTemplate } {
  const codes = codesFor(entry, dept);
  const ctx: MatterContext = {
    name: entry.name,
    department: entry.department,
    type: entry.type,
    audience: entry.audience,
    key: `${entry.department}/${entry.name}`,
    ...(parent === undefined ? {} : { parentName: parent.name }),
  };
  const { familyId, guide: template } = guideFor(ctx, dept);
  const claimed = withSpecifics(template, specific);
  const channels = claimed.channels ?? ['window', 'online'];
  const isOnline = channels.includes('online');
  const g: GuideTemplate = { ...claimed, ...honestOnline(claimed, isOnline) };
  const portal = DISTRICT.web.portal;
  const legalUnit = g.legalUnit ?? 'working_day';
  const promised = g.promisedDays ?? (g.legalDays === 0 ? 0 : Math.max(1, Math.round(g.legalDays * 0.3)));
  const fees = g.fees ?? [];
  const personFacing = entry.audience.includes('natural_person') && ['benefit', 'public_service', 'confirmation'].includes(entry.type) && dept.hall === 'center';
  const win = windows(dept, personFacing);
  const { consultation, complaint } = contacts(dept, win[0]?.name ?? dept.window);
  const level: UseLevel = dept.level;
  const hasCertificate = g.result.type === 'certificate';
  const matter: Matter = {
    code: codes.code,
    catalogCode: codes.catalogCode,
    taskCode: codes.taskCode,
    localCatalogCode: entry.code,
    name: entry.name,
    type: entry.type,
    state: 'in_use',
    version: 1,
    legalBasis: [...g.legalBasis],
    level: [level],
    agency: { name: dept.name, code: agencyCode(dept), nature: dept.nature },
    regionCode: level === 'municipal' ? DISTRICT.city.code : DISTRICT.district.code,
    powerSource: /第三类医疗器械|劳动能力鉴定|外国人/.test(entry.name) ? 'delegated_from_higher' : 'statutory_own_level',
    audience: [...entry.audience],
    acceptConditions: g.acceptConditions,
    caseType: g.caseType,
    legalTimeLimit: timeLimit(g.legalDays, legalUnit, g.legalNote ?? (g.legalDays === 0 ? '即办件，当场办结' : '自受理之日起计算，不含补正材料及特别程序时间')),
    promisedTimeLimit: timeLimit(promised, 'working_day', promised === 0 ? '当场办结' : '自受理之日起计算'),
    channels: [...channels],
    onSiteVisits: g.onSiteVisits ?? (isOnline ? 0 : 1),
    specialProcedures: [...(g.specialProcedures ?? [])],
    isCharged: fees.length > 0,
    fees: [...fees],
    process: processSteps(g, promised, hasCertificate),
    processChartUrl: `${portal}/files/flow/${codes.code}.png`,
    windows: win,
    consultation,
    complaint,
    online: {
      isOnline,
      depth: g.onlineDepth ?? (isOnline ? 'III' : 'II'),
      ...(isOnline ? { url: `${portal}/guide/${codes.code}`, mobileUrl: `${DISTRICT.web.mobile}/guide/${codes.code}` } : {}),
      payOnline: isOnline && fees.length > 0,
      appointment: channels.includes('window'),
      express: channels.includes('express') || (isOnline && hasCertificate),
      selfServiceTerminal: entry.audience.includes('natural_person') && chance(`${ctx.key}#terminal`, 35),
      inServiceCenter: dept.hall === 'center',
    },
    handleArea: g.handleArea ?? 'county',
    result: g.result,
    themes: themesFor(entry),
    materials: g.materials.map((t, i) => material(codes.code, i, t, portal)),
    faq: [...g.faq],
    effectiveFrom: '2024-01-01',
    keywords: [...new Set([...(entry.keywords ?? []), ...(g.keywords ?? [])])],
    updatedAt: UPDATED_AT,
  };
  if (codes.handleItemCode !== undefined) matter.handleItemCode = codes.handleItemCode;
  if (codes.parentCode !== undefined) matter.parentCode = codes.parentCode;
  if (entry.aliases !== undefined) matter.aliases = [...entry.aliases];
  const visits = matter.onSiteVisits;
  if (visits > 0) matter.onSiteVisitsReason = g.onSiteVisitsReason ?? '需到窗口核验原件';
  if (g.quantityLimit !== undefined) matter.quantityLimit = g.quantityLimit;
  const situations = guideSituations(g.materials);
  if (situations.length > 0) matter.situations = situations;
  return { matter, familyId, guide: g };
}
