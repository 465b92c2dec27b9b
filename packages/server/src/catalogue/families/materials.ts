import { AGENT, when } from './situations.js';
import type { MaterialTemplate } from './types.js';

// Materials that recur across families. Identity documents and licences the government itself issued
// are marked as e-licences (免提交): the platform fetches them from the 电子证照库 instead of asking again.

/** 居民身份证 of the applicant (免提交 via the e-licence library). */
export function idCard(who = '申请人'): MaterialTemplate {
  return {
    name: `${who}居民身份证`,
    necessity: 'required',
    type: 'certificate',
    form: 'both',
    source: 'government_issued',
    sourceNote: '公安机关核发',
    original: 1,
    copies: 1,
    acceptStandard: '证件在有效期内，信息清晰完整',
    eLicense: '居民身份证',
  };
}

/** 营业执照 of the applicant (免提交). */
export function businessLicense(): MaterialTemplate {
  return {
    name: '营业执照',
    necessity: 'required',
    type: 'certificate',
    form: 'electronic',
    source: 'government_issued',
    sourceNote: '市场监督管理部门核发',
    original: 0,
    copies: 0,
    acceptStandard: '营业执照在有效期内，经营范围与申请事项相符',
    eLicense: '营业执照',
  };
}

/** 不动产权证书 (免提交). */
export function propertyCertificate(necessity: MaterialTemplate['necessity'] = 'required', situation?: string): MaterialTemplate {
  return {
    name: '不动产权证书（或房屋所有权证、国有土地使用证）',
    necessity,
    type: 'certificate',
    form: 'both',
    source: 'government_issued',
    sourceNote: '不动产登记机构核发',
    original: 1,
    copies: 0,
    ...(situation === undefined ? {} : { situation }),
    eLicense: '不动产权证书',
  };
}

/** 户口簿 (免提交). */
export function householdRegister(who = '申请人'): MaterialTemplate {
  return {
    name: `${who}居民户口簿`,
    necessity: 'required',
    type: 'certificate',
    form: 'both',
    source: 'government_issued',
    sourceNote: '公安机关核发',
    original: 1,
    copies: 1,
    eLicense: '居民户口簿',
  };
}

/** The matter's own application form (with blank form and sample). */
export function applicationForm(name: string, sign = '申请人签字（单位盖章）'): MaterialTemplate {
  return {
    name,
    necessity: 'required',
    type: 'application_form',
    form: 'both',
    source: 'applicant',
    original: 1,
    copies: 0,
    pageSpec: 'A4纸',
    signRequirement: sign,
    fillNote: '可在线填写后打印签字，或通过网上办理直接在线填报并电子签名',
    withForms: true,
  };
}

/** 授权委托书 and the agent's ID card, listed only when the 情景导办 answer says an agent applies. */
export function agentMaterials(): MaterialTemplate[] {
  const situation = '委托他人代为办理的';
  return [
    when({
      name: '授权委托书',
      necessity: 'required',
      type: 'application_form',
      form: 'paper',
      source: 'applicant',
      situation,
      original: 1,
      copies: 0,
      signRequirement: '委托人签字（单位盖章）',
      fillNote: '写明委托事项、权限和期限',
      withForms: true,
    }, AGENT, 'agent'),
    when({ ...idCard('受托人（代理人）'), situation }, AGENT, 'agent'),
  ];
}

/** A document the applicant prepares. */
export function own(name: string, extra: Partial<MaterialTemplate> = {}): MaterialTemplate {
  return { name, necessity: 'required', type: 'other', form: 'both', source: 'applicant', original: 1, copies: 0, ...extra };
}

/** A certificate issued by another authority. */
export function issued(name: string, sourceNote: string, extra: Partial<MaterialTemplate> = {}): MaterialTemplate {
  return { name, necessity: 'required', type: 'certificate', form: 'both', source: 'government_issued', sourceNote, original: 1, copies: 1, ...extra };
}

/** A material that may be supplied after acceptance under a signed commitment (容缺后补, domain.md §2). */
export function tolerance(material: MaterialTemplate, note = '申请人签署告知承诺书后可容缺受理，须在承诺期限内补齐'): MaterialTemplate {
  return { ...material, necessity: 'tolerance', fillNote: note };
}
