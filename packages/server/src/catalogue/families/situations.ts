import type { MaterialCondition, SituationQuestion } from '@zwfw/core';
import type { MaterialTemplate } from './types.js';

// 情景导办 questions that recur across families. A material template names the question object itself (not
// just its id), so a guide asks exactly the questions its materials depend on and no family lists them twice.

/** 委托代理: 授权委托书 and the agent's ID apply only when someone applies on the applicant's behalf. */
export const AGENT: SituationQuestion = {
  id: 'agent',
  text: '是否委托他人代为办理？',
  options: [{ id: 'self', label: '否，本人（本单位法定代表人）办理' }, { id: 'agent', label: '是，委托他人代为办理' }],
  help: '法律法规规定须本人到场的环节，仍须本人到场。',
};

/** 法定代表人（负责人）的身份: which identity document the agency checks. */
export const LEGAL_REP: SituationQuestion = {
  id: 'legal-rep',
  text: '法定代表人（负责人）的身份是？',
  options: [
    { id: 'mainland', label: '中国内地居民' },
    { id: 'hmt', label: '港澳台居民' },
    { id: 'foreign', label: '外籍人士' },
  ],
};

/** 外商投资: foreign investors prove who they are; restricted fields need an approval first. */
export const FOREIGN_INVESTED: SituationQuestion = {
  id: 'foreign-invested',
  text: '企业是否为外商投资企业（含港澳台投资）？',
  options: [{ id: 'no', label: '否，内资企业' }, { id: 'yes', label: '是，外商投资企业' }],
};

/** 外商投资准入负面清单: only the restricted fields need an approval before registration. */
export const NEGATIVE_LIST: SituationQuestion = {
  id: 'negative-list',
  text: '经营范围是否涉及外商投资准入负面清单中须经批准的领域？',
  options: [{ id: 'no', label: '否' }, { id: 'yes', label: '是' }],
  help: '仅外商投资企业需要回答；内资企业请选“否”。',
};

/** 食品经营许可: vending machines need their locations and risk controls on file. */
export const VENDING: SituationQuestion = {
  id: 'vending',
  text: '是否利用自动售货设备从事食品经营？',
  options: [{ id: 'no', label: '否' }, { id: 'yes', label: '是' }],
};

/** 居民身份证 first application: a minor comes with a guardian. */
export const MINOR: SituationQuestion = {
  id: 'minor',
  text: '申领人是否未满十六周岁？',
  options: [{ id: 'no', label: '否，已满十六周岁' }, { id: 'yes', label: '是，未满十六周岁（由监护人陪同）' }],
};

/** 出生登记: the parents' marriage certificate is asked only of married parents. */
export const PARENTS_MARRIED: SituationQuestion = {
  id: 'parents-married',
  text: '新生儿父母是否已办理结婚登记？',
  options: [{ id: 'yes', label: '是' }, { id: 'no', label: '否' }],
};

/** 机动车登记: a vehicle registered before brings its 机动车登记证书. */
export const VEHICLE_REGISTERED: SituationQuestion = {
  id: 'vehicle-registered',
  text: '机动车是否已注册登记？',
  options: [{ id: 'no', label: '否，新车首次登记' }, { id: 'yes', label: '是，已注册登记的机动车' }],
};

/** 养老待遇: the 退休审批表 comes from an employer, so only former enterprise employees have one. */
export const INSURED_KIND: SituationQuestion = {
  id: 'insured-kind',
  text: '退休前的参保身份是？',
  options: [{ id: 'employee', label: '企业职工' }, { id: 'flexible', label: '灵活就业人员（以个人身份参保）' }],
};

/** 不动产登记: family property questions concern natural persons only. */
export const APPLICANT_KIND: SituationQuestion = {
  id: 'applicant-kind',
  text: '申请人是自然人还是单位？',
  options: [{ id: 'person', label: '自然人' }, { id: 'organisation', label: '法人或者其他组织' }],
};

/** The material applies only when `question` is answered with one of `options` (several calls: all of them). */
export function when(material: MaterialTemplate, question: SituationQuestion, ...options: [string, ...string[]]): MaterialTemplate {
  const unknown = options.filter((id) => !question.options.some((o) => o.id === id));
  // A typo here would silently hide a material from every citizen; fail the build instead.
  if (unknown.length > 0) throw new Error(`Question "${question.id}" has no option ${unknown.join(', ')}`);
  return { ...material, when: [...(material.when ?? []), { question, options }] };
}

/** The questions a guide's materials depend on, in the order the materials first ask them. */
export function guideSituations(materials: readonly MaterialTemplate[]): SituationQuestion[] {
  const byId = new Map<string, SituationQuestion>();
  for (const m of materials) {
    for (const { question } of m.when ?? []) {
      const known = byId.get(question.id);
      if (known !== undefined && known !== question) throw new Error(`Two different questions use the id "${question.id}"`);
      byId.set(question.id, question);
    }
  }
  return [...byId.values()];
}

/** The condition of a material template, in the contract's form. */
export function materialCondition(material: MaterialTemplate): MaterialCondition | undefined {
  const clauses = (material.when ?? []).map(({ question, options }) => ({ questionId: question.id, optionIds: [...options] }));
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { all: clauses };
}
