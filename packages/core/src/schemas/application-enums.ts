import * as z from 'zod/mini';
import { enumFromLabels, label } from './labels.js';
import { IdSchema, textSchema } from './primitives.js';

// The applicant's enums and the agent: what a case (and a receipt) shows of its application. Apart from
// application.ts, whose input schemas carry the ID and credit-code validators, so a client reading a receipt
// does not load them.

/** 证件类型 labels. */
export const ID_TYPE_LABELS = {
  id_card: label('居民身份证', '居民身分證', 'Resident identity card'),
  credit_code: label('统一社会信用代码', '統一社會信用代碼', 'Unified social credit code'),
  passport: label('护照', '護照', 'Passport'),
  hk_macao_permit: label('港澳居民来往内地通行证', '港澳居民來往內地通行證', 'Mainland travel permit for HK and Macao residents'),
  taiwan_permit: label('台湾居民来往大陆通行证', '台灣居民來往大陸通行證', 'Mainland travel permit for Taiwan residents'),
  foreign_permanent_resident: label('外国人永久居留身份证', '外國人永久居留身分證', 'Foreign permanent resident ID card'),
  other: label('其他证件', '其他證件', 'Other document'),
} as const;
/** 证件类型 schema. */
export const IdTypeSchema = enumFromLabels(ID_TYPE_LABELS);
/** 证件类型. */
export type IdType = z.infer<typeof IdTypeSchema>;

/** 申请人类型 labels: a natural person or a legal entity (法人及其他组织). */
export const APPLICANT_TYPE_LABELS = {
  person: label('自然人', '自然人', 'Person'),
  legal: label('法人或其他组织', '法人或其他組織', 'Legal entity'),
} as const;
/** 申请人类型 schema. */
export const ApplicantTypeSchema = enumFromLabels(APPLICANT_TYPE_LABELS);
/** 申请人类型. */
export type ApplicantType = z.infer<typeof ApplicantTypeSchema>;

/** 申请渠道 labels (where the application was made). */
export const APPLICATION_CHANNEL_LABELS = {
  web: label('网上办事大厅', '網上辦事大廳', 'Web'),
  app: label('政务服务APP', '政務服務APP', 'Mobile app'),
  mini_program: label('小程序', '小程式', 'Mini program'),
  window: label('窗口', '窗口', 'Service window'),
  terminal: label('自助终端', '自助終端', 'Self-service terminal'),
  partner_counter: label('合作网点（帮办代办）', '合作網點（幫辦代辦）', 'Partner counter (assisted)'),
} as const;
/** 申请渠道 schema. */
export const ApplicationChannelSchema = enumFromLabels(APPLICATION_CHANNEL_LABELS);
/** 申请渠道. */
export type ApplicationChannel = z.infer<typeof ApplicationChannelSchema>;

/**
 * The application channels a caller may claim (the rating channels follow the same rule: evaluationChannelsFor).
 * A website is used by the citizen alone; a counter's staff also work at a window or terminal, and a partner's
 * counter (帮办代办) submits on partner_counter.
 */
export function applicationChannelsFor(kind: 'website' | 'counter', belongsToPartner: boolean): readonly ApplicationChannel[] {
  const online: ApplicationChannel[] = ['web', 'app', 'mini_program'];
  if (kind !== 'counter') return online;
  return [...online, 'window', 'terminal', ...(belongsToPartner ? (['partner_counter'] as const) : [])];
}

/**
 * 帮办代办 agent: partner staff acting on the applicant's behalf with their consent. Accepted only on the
 * `partner_counter` channel from a counter key of that partner: `partner` must be the key's partner, never a
 * name any caller may claim.
 */
export const AgentSchema = z.strictObject({
  /** 工号 of the assisting staff member. */
  staffId: textSchema(50),
  staffName: z.optional(textSchema(100)),
  /** The branch (its id or name in the partner's branch list) where the applicant was helped. */
  branch: textSchema(200),
  /** The partner id the key belongs to. */
  partner: IdSchema,
  /** Reference to the applicant's signed consent / e-signature record: nobody acts for an applicant without it. */
  consentRef: textSchema(200),
});
/** 帮办代办 agent. */
export type Agent = z.infer<typeof AgentSchema>;
