import type * as z from 'zod/mini';
import { enumFromLabels, label } from './labels.js';

// Canonical matter (事项) enums. Identifiers are English and stable; provincial numeric codes live in
// code-lists.ts, because provinces disagree on them (domain.md §1.4 "Conflict").

/** 事项类型 labels (domain.md §1.4). */
export const MATTER_TYPE_LABELS = {
  license: label('行政许可', '行政許可', 'Administrative licensing'),
  penalty: label('行政处罚', '行政處罰', 'Administrative penalty'),
  enforcement: label('行政强制', '行政強制', 'Administrative enforcement'),
  levy: label('行政征收', '行政徵收', 'Administrative levy'),
  benefit: label('行政给付', '行政給付', 'Administrative benefit'),
  inspection: label('行政检查', '行政檢查', 'Administrative inspection'),
  confirmation: label('行政确认', '行政確認', 'Administrative confirmation'),
  reward: label('行政奖励', '行政獎勵', 'Administrative reward'),
  adjudication: label('行政裁决', '行政裁決', 'Administrative adjudication'),
  other_power: label('其他行政权力', '其他行政權力', 'Other administrative power'),
  public_service: label('公共服务', '公共服務', 'Public service'),
} as const;
/** 事项类型 schema. */
export const MatterTypeSchema = enumFromLabels(MATTER_TYPE_LABELS);
/** 事项类型. */
export type MatterType = z.infer<typeof MatterTypeSchema>;

/**
 * Types normally shown in a citizen-facing portal (依申请事项). Penalty, enforcement, levy and inspection are
 * 依职权 and usually hidden (domain.md §1.4).
 */
export const ON_APPLICATION_MATTER_TYPES: readonly MatterType[] = [
  'license', 'benefit', 'confirmation', 'reward', 'adjudication', 'other_power', 'public_service',
];

/**
 * True for 依职权 matter types (行政处罚, 行政检查, 行政强制, 行政征收): the administration acts on its own
 * initiative, so nobody applies for them. Catalogues publish them for transparency; lists and search leave
 * them out unless asked (`includeExOfficio`).
 */
export function isExOfficio(type: MatterType): boolean {
  return !ON_APPLICATION_MATTER_TYPES.includes(type);
}

/** 事项状态 labels. */
export const MATTER_STATE_LABELS = {
  in_use: label('在用', '在用', 'In use'),
  suspended: label('暂停', '暫停', 'Suspended'),
  cancelled: label('取消', '取消', 'Cancelled'),
} as const;
/** 事项状态 schema. */
export const MatterStateSchema = enumFromLabels(MATTER_STATE_LABELS);
/** 事项状态. */
export type MatterState = z.infer<typeof MatterStateSchema>;

/** 行使层级 labels. */
export const USE_LEVEL_LABELS = {
  national: label('国家级', '國家級', 'National'),
  provincial: label('省级', '省級', 'Provincial'),
  municipal: label('市级', '市級', 'Municipal'),
  county: label('县级', '縣級', 'County'),
  township: label('镇（乡、街道）级', '鎮（鄉、街道）級', 'Township / sub-district'),
  village: label('村（社区）级', '村（社區）級', 'Village / community'),
} as const;
/** 行使层级 schema. */
export const UseLevelSchema = enumFromLabels(USE_LEVEL_LABELS);
/** 行使层级. */
export type UseLevel = z.infer<typeof UseLevelSchema>;

/** 实施主体性质 labels. */
export const AGENCY_NATURE_LABELS = {
  statutory: label('法定机关', '法定機關', 'Statutory authority'),
  authorized: label('授权组织', '授權組織', 'Authorized organization'),
  entrusted: label('受委托组织', '受委託組織', 'Entrusted organization'),
} as const;
/** 实施主体性质 schema. */
export const AgencyNatureSchema = enumFromLabels(AGENCY_NATURE_LABELS);
/** 实施主体性质. */
export type AgencyNature = z.infer<typeof AgencyNatureSchema>;

/** 权力来源 labels (6 values). */
export const POWER_SOURCE_LABELS = {
  statutory_own_level: label('法定本级行使', '法定本級行使', 'Statutory, exercised at own level'),
  delegated_from_higher: label('上级下放', '上級下放', 'Delegated down from higher level'),
  authorized_by_higher: label('上级授权', '上級授權', 'Authorized by higher level'),
  authorized_by_same_level: label('同级授权', '同級授權', 'Authorized by same level'),
  entrusted_by_higher: label('上级委托', '上級委託', 'Entrusted by higher level'),
  entrusted_by_same_level: label('同级委托', '同級委託', 'Entrusted by same level'),
} as const;
/** 权力来源 schema. */
export const PowerSourceSchema = enumFromLabels(POWER_SOURCE_LABELS);
/** 权力来源. */
export type PowerSource = z.infer<typeof PowerSourceSchema>;

/** 服务对象 labels (7 values). */
export const AUDIENCE_LABELS = {
  natural_person: label('自然人', '自然人', 'Natural person'),
  enterprise: label('企业法人', '企業法人', 'Enterprise legal person'),
  public_institution: label('事业法人', '事業法人', 'Public institution'),
  social_organization: label('社会组织法人', '社會組織法人', 'Social organization'),
  unincorporated_enterprise: label('非法人企业', '非法人企業', 'Unincorporated enterprise'),
  government_agency: label('行政机关', '行政機關', 'Government agency'),
  other_organization: label('其他组织', '其他組織', 'Other organization'),
} as const;
/** 服务对象 schema. */
export const AudienceSchema = enumFromLabels(AUDIENCE_LABELS);
/** 服务对象. */
export type Audience = z.infer<typeof AudienceSchema>;

/** 办件类型 labels. */
export const CASE_TYPE_LABELS = {
  instant: label('即办件', '即辦件', 'Instant (decided on the spot)'),
  promised: label('承诺件', '承諾件', 'Promised (decided within a promised limit)'),
} as const;
/** 办件类型 schema. */
export const CaseTypeSchema = enumFromLabels(CASE_TYPE_LABELS);
/** 办件类型. */
export type CaseType = z.infer<typeof CaseTypeSchema>;

/** 时限单位 labels. */
export const TIME_UNIT_LABELS = {
  minute: label('分钟', '分鐘', 'minutes'),
  hour: label('小时', '小時', 'hours'),
  working_day: label('工作日', '工作日', 'working days'),
  calendar_day: label('自然日', '自然日', 'calendar days'),
  month: label('月', '月', 'months'),
  year: label('年', '年', 'years'),
} as const;
/** 时限单位 schema. */
export const TimeUnitSchema = enumFromLabels(TIME_UNIT_LABELS);
/** 时限单位. */
export type TimeUnit = z.infer<typeof TimeUnitSchema>;

/** 办理形式 labels. */
export const CHANNEL_LABELS = {
  window: label('窗口办理', '窗口辦理', 'At a service window'),
  online: label('网上办理', '網上辦理', 'Online'),
  express: label('快递申请', '快遞申請', 'By express mail'),
} as const;
/** 办理形式 schema. */
export const ChannelSchema = enumFromLabels(CHANNEL_LABELS);
/** 办理形式. */
export type Channel = z.infer<typeof ChannelSchema>;

/** 网上办理深度 labels (I–IV; the level meanings are the common reading, domain.md §1.3 B marks them unverified). */
export const ONLINE_DEPTH_LABELS = {
  I: label('Ⅰ级（信息公开与办事指南）', 'Ⅰ級（資訊公開與辦事指南）', 'Level I (information and guide)'),
  II: label('Ⅱ级（表格下载与预约）', 'Ⅱ級（表格下載與預約）', 'Level II (forms download, appointment)'),
  III: label('Ⅲ级（网上预审）', 'Ⅲ級（網上預審）', 'Level III (online pre-check)'),
  IV: label('Ⅳ级（全程网办）', 'Ⅳ級（全程網辦）', 'Level IV (fully online)'),
} as const;
/** 网上办理深度 schema. */
export const OnlineDepthSchema = enumFromLabels(ONLINE_DEPTH_LABELS);
/** 网上办理深度. */
export type OnlineDepth = z.infer<typeof OnlineDepthSchema>;

/** 通办范围 labels. */
export const HANDLE_AREA_LABELS = {
  national: label('全国通办', '全國通辦', 'Nationwide'),
  provincial: label('全省通办', '全省通辦', 'Province-wide'),
  municipal: label('全市通办', '全市通辦', 'City-wide'),
  county: label('全县通办', '全縣通辦', 'County-wide'),
  township: label('全镇（乡、街道）通办', '全鎮（鄉、街道）通辦', 'Township-wide'),
  cross_village: label('跨村（社区）通办', '跨村（社區）通辦', 'Across villages / communities'),
} as const;
/** 通办范围 schema. */
export const HandleAreaSchema = enumFromLabels(HANDLE_AREA_LABELS);
/** 通办范围. */
export type HandleArea = z.infer<typeof HandleAreaSchema>;

/** 审批结果类型 labels. */
export const RESULT_TYPE_LABELS = {
  certificate: label('证照', '證照', 'Licence / certificate'),
  approval_document: label('批文', '批文', 'Approval document'),
  other: label('其他', '其他', 'Other'),
  none: label('无', '無', 'None'),
} as const;
/** 审批结果类型 schema. */
export const ResultTypeSchema = enumFromLabels(RESULT_TYPE_LABELS);
/** 审批结果类型. */
export type ResultType = z.infer<typeof ResultTypeSchema>;

/** 咨询 / 监督投诉方式 labels. */
export const CONTACT_WAY_LABELS = {
  window: label('窗口', '窗口', 'At the window'),
  online: label('网络', '網路', 'Online'),
  phone: label('电话', '電話', 'Phone'),
  letter: label('信件', '信件', 'Letter'),
  email: label('电子邮件', '電子郵件', 'Email'),
} as const;
/** 咨询 / 监督投诉方式 schema. */
export const ContactWaySchema = enumFromLabels(CONTACT_WAY_LABELS);
/** 咨询 / 监督投诉方式. */
export type ContactWay = z.infer<typeof ContactWaySchema>;

/** 办理流程 step kinds seen in provincial data (domain.md §1.3 A 办理流程). */
export const PROCESS_STEP_KIND_LABELS = {
  addressee: label('收件', '收件', 'Receipt'),
  acceptance: label('受理', '受理', 'Acceptance'),
  investigate: label('审查', '審查', 'Review'),
  decide: label('决定', '決定', 'Decision'),
  accreditation: label('制证', '製證', 'Certificate issuance'),
  delivery: label('送达', '送達', 'Delivery'),
  other: label('其他', '其他', 'Other'),
} as const;
/** 办理流程 step kind schema. */
export const ProcessStepKindSchema = enumFromLabels(PROCESS_STEP_KIND_LABELS);
/** 办理流程 step kind. */
export type ProcessStepKind = z.infer<typeof ProcessStepKindSchema>;
