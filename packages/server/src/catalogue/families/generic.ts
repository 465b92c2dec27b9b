import type { Faq, LegalBasis, MatterResult, SpecialProcedure } from '@zwfw/core';
import { chance, pick } from '../hash.js';
import { L } from './laws.js';
import { FAQ_AGENT, FAQ_OBJECTION, FAQ_ONLINE, FAQ_PROGRESS } from './faq.js';
import { agentMaterials, applicationForm, businessLicense, idCard, own } from './materials.js';
import { nameHas, personOnly, type Family, type GuideTemplate, type MatterContext } from './types.js';

// The long tail: a template per 事项类型, with the department's own laws as 设定依据 and special procedures
// inferred from the matter name (环评 → 专家评审 + 公示, 规划 → 批前公示, 验收 → 现场评定…).

function resultFor(ctx: MatterContext): MatterResult {
  const n = ctx.name.replace(/（[^）]*）$/, '');
  const cert = /(.+?(?:证|证书|许可证|执照|卡))(?:核发|办理|申领|签发|补领|换领|补发|换发)?$/.exec(n);
  if (cert?.[1] !== undefined && ctx.type !== 'public_service') return { type: 'certificate', name: cert[1] };
  if (ctx.type === 'license') {
    return n.endsWith('许可') ? { type: 'certificate', name: `${n}证` } : { type: 'approval_document', name: '准予行政许可决定书' };
  }
  if (ctx.type === 'confirmation') return { type: 'approval_document', name: `${n}结果通知书` };
  if (ctx.type === 'benefit' || ctx.type === 'reward') return { type: 'approval_document', name: '审核结果通知书（待遇核定）' };
  if (ctx.type === 'adjudication') return { type: 'approval_document', name: '裁决书' };
  if (nameHas(ctx, '备案')) return { type: 'other', name: '备案回执' };
  if (nameHas(ctx, '证明', '查询', '打印')) return { type: 'other', name: '证明或查询结果' };
  if (ctx.type === 'levy') return { type: 'other', name: '税收完税证明（电子）' };
  if (ctx.type === 'penalty') return { type: 'other', name: '行政处罚决定书' };
  if (ctx.type === 'enforcement') return { type: 'other', name: '行政强制措施决定书' };
  if (ctx.type === 'inspection') return { type: 'other', name: '检查结果（现场检查笔录）' };
  return { type: 'none' };
}

function specialProceduresFor(ctx: MatterContext): SpecialProcedure[] {
  const out: SpecialProcedure[] = [];
  if (nameHas(ctx, '环境影响', '水土保持', '洪水影响', '节能审查', '河道管理', '防空地下室')) {
    out.push({ name: '专家评审（技术评估）', duration: 15, unit: 'working_day', basis: '《中华人民共和国行政许可法》第四十五条', countsTowardLimit: false });
  }
  if (nameHas(ctx, '规划许可', '选址', '环境影响评价审批', '宗教活动场所', '地名')) {
    out.push({ name: '公示', duration: 7, unit: 'calendar_day', basis: '批前公示制度', countsTowardLimit: false });
  }
  if (nameHas(ctx, '验收', '检验', '检疫', '检定', '鉴定')) {
    out.push({ name: '检验检测（现场评定）', duration: 10, unit: 'working_day', basis: '《中华人民共和国行政许可法》第四十五条', countsTowardLimit: false });
  }
  if (nameHas(ctx, '价格认定', '采购供应商投诉', '专利侵权')) {
    out.push({ name: '听证', duration: 20, unit: 'working_day', basis: '《中华人民共和国行政许可法》第四十七条（依申请听证）', countsTowardLimit: false });
  }
  if (ctx.type === 'license' && out.length === 0 && chance(`${ctx.key}#site`, 45)) {
    out.push({ name: '现场核查', duration: 5, unit: 'working_day', basis: '《中华人民共和国行政许可法》第三十四条', countsTowardLimit: true });
  }
  return out;
}

function acceptConditionsFor(ctx: MatterContext): string {
  switch (ctx.type) {
    case 'license':
      return `申请人依法具备${ctx.name.replace(/（[^）]*）$/, '')}的法定条件；申请事项属于本机关职权范围；申请材料齐全、符合法定形式，或者申请人按照要求提交全部补正申请材料。`;
    case 'confirmation':
      return '申请人为与确认事项有直接利害关系的公民、法人或者其他组织；申请事项符合法律法规和政策规定的确认条件；申请材料真实、齐全。';
    case 'benefit':
    case 'reward':
      return '申请人符合国家、省、市规定的给付（奖励）对象范围和条件，在规定期限内提出申请，且未重复享受同类待遇。';
    case 'adjudication':
      return '申请人与争议事项有直接利害关系，有明确的被申请人、具体的请求和事实理由，属于本机关裁决范围，且在法定期限内提出。';
    case 'penalty':
    case 'inspection':
    case 'enforcement':
      return '本事项为依职权实施事项，不接受依申请办理；当事人对实施过程中的告知、陈述申辩、听证等权利可向实施机关提出。';
    case 'levy':
      return '纳税人、缴费人依法在规定期限内办理申报缴纳。';
    case 'other_power':
      return nameHas(ctx, '备案') ? '备案人在规定期限内如实提交备案材料，材料齐全的当场予以备案。' : '申请人符合法律法规规定的条件，申请材料齐全、符合法定形式。';
    case 'public_service':
      return '有办理需求的公民、法人或者其他组织均可申请，提供有效身份证明及相关材料。';
  }
}

function faqFor(ctx: MatterContext, g: { legalDays: number; promisedDays: number; online: boolean }): Faq[] {
  const out: Faq[] = [];
  if (g.promisedDays > 0) {
    out.push({ question: '办理需要多长时间？', answer: `法定办结时限为${g.legalDays}个工作日，本区承诺${g.promisedDays}个工作日内办结（不含补正材料、特别程序时间）。` });
  } else {
    out.push({ question: '办理需要多长时间？', answer: '材料齐全、符合法定形式的即来即办，当场办结。' });
  }
  out.push(g.online ? FAQ_ONLINE : FAQ_AGENT);
  out.push(FAQ_PROGRESS);
  if (ctx.type === 'license' || ctx.type === 'confirmation' || ctx.type === 'adjudication') out.push(FAQ_OBJECTION);
  return out;
}

/** Builds a generic guide; `laws` are the department's default laws (data/departments.json). */
export function genericGuide(ctx: MatterContext, laws: readonly LegalBasis[]): GuideTemplate {
  const exOfficio = ctx.type === 'penalty' || ctx.type === 'inspection' || ctx.type === 'enforcement';
  const instant = !exOfficio && (ctx.type === 'public_service' || ctx.type === 'levy' || (ctx.type === 'other_power' && nameHas(ctx, '备案', '报告', '申报'))) && !nameHas(ctx, '审批', '鉴定', '认定', '许可');
  const legalDays = instant ? 0 : ctx.type === 'license' ? 20 : ctx.type === 'adjudication' ? 60 : ctx.type === 'benefit' || ctx.type === 'reward' ? 30 : exOfficio ? 90 : 20;
  const share = pick(`${ctx.key}#promise`, [0.25, 0.3, 0.5] as const);
  const promisedDays = instant ? 0 : exOfficio ? legalDays : Math.max(1, Math.round(legalDays * share));
  const person = personOnly(ctx);
  const online = !exOfficio && !nameHas(ctx, '验收', '鉴定') && chance(`${ctx.key}#online`, instant ? 85 : 70);
  const depth = !online ? 'II' : instant ? 'IV' : pick(`${ctx.key}#depth`, ['III', 'IV', 'IV'] as const);
  const lawList: LegalBasis[] = ctx.type === 'license' ? [...laws, L.licensing42] : [...laws];
  const materials = exOfficio ? [] : [
    applicationForm(`${ctx.name.replace(/（[^）]*）$/, '')}申请表`, person ? '申请人签字' : '申请单位盖章'),
    ...(person ? [idCard()] : [businessLicense(), idCard('法定代表人（负责人）')]),
    ...(instant ? [] : [own('与申请事项相关的证明材料', { fillNote: '按申请情形提交，具体以窗口一次性告知为准' })]),
    ...(ctx.type === 'benefit' ? [own('本人社会保障卡或银行账户信息', { type: 'certificate', source: 'other', original: 1 })] : []),
    ...agentMaterials(),
  ];
  const visits = exOfficio ? 0 : online && depth === 'IV' ? 0 : 1;
  return {
    legalBasis: lawList.length > 0 ? lawList : [L.licensing],
    acceptConditions: acceptConditionsFor(ctx),
    caseType: instant ? 'instant' : 'promised',
    legalDays,
    ...(exOfficio ? { legalNote: '依职权事项，按相关法律法规规定的程序和期限办理' } : {}),
    promisedDays,
    specialProcedures: exOfficio ? [] : specialProceduresFor(ctx),
    materials,
    faq: faqFor(ctx, { legalDays, promisedDays, online }),
    result: resultFor(ctx),
    channels: exOfficio ? ['window'] : online ? ['online', 'window'] : ['window'],
    onSiteVisits: visits,
    ...(visits > 0 ? { onSiteVisitsReason: nameHas(ctx, '验收', '鉴定', '检') ? '需现场查验或检测' : '需核验原件并签署申请材料' } : {}),
    onlineDepth: depth,
    handleArea: 'county',
  };
}

/** The generic family matches everything; it goes last. Department laws are resolved by the builder. */
export const genericFamily: Family = {
  id: 'generic',
  label: '通用',
  matches: () => true,
  guide: (ctx) => genericGuide(ctx, []),
};
