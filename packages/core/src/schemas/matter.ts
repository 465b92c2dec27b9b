import * as z from 'zod/mini';
import {
  AgencyNatureSchema, AudienceSchema, CaseTypeSchema, ChannelSchema, ContactWaySchema, HandleAreaSchema,
  MatterStateSchema, MatterTypeSchema, OnlineDepthSchema, PowerSourceSchema, ProcessStepKindSchema,
  ResultTypeSchema, TimeUnitSchema, UseLevelSchema, isExOfficio,
} from './matter-enums.js';
import { MaterialSchema } from './material.js';
import { repeatedIds, whenValid } from './refine.js';
import { SituationQuestionSchema, situationIssues } from './situation.js';
import {
  CatalogCodeSchema, CreditCodeFormatSchema, DateSchema, IdSchema, MatterCodeSchema, RegionCodeSchema,
  TaskCodeSchema,
  TimeLimitSchema, TimestampSchema, textSchema,
} from './primitives.js';
import { LinkSchema, UNSAFE_LINK_ISSUE, UrlSchema, isSafeLink } from './safe-text.js';

// Response-side schemas use plain z.object: unknown keys are stripped, not rejected, so an older SDK keeps
// working when a newer server adds fields (forward compatibility). Inputs use .strict() instead.

/** One 设定依据 entry (Guangxi AUDIT_ITEM_BYLAW: law_name, law_number, clause_number, clause_content). */
export const LegalBasisSchema = z.object({
  lawName: textSchema(500),
  documentNumber: z.optional(textSchema(200)),
  article: z.optional(textSchema(200)),
  text: z.optional(textSchema(20000)),
});
/** One 设定依据 entry. */
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** 实施主体. */
export const AgencySchema = z.object({
  name: textSchema(200),
  code: CreditCodeFormatSchema,
  nature: AgencyNatureSchema,
});
/** 实施主体. */
export type Agency = z.infer<typeof AgencySchema>;

/** 特别程序 (听证、检验、专家评审…); time not counted in the legal limit unless `countsTowardLimit`. */
export const SpecialProcedureSchema = z.object({
  name: textSchema(200),
  duration: z.number().check(z.nonnegative(), z.lte(100000)),
  unit: TimeUnitSchema,
  basis: z.optional(textSchema(2000)),
  countsTowardLimit: z.boolean(),
  /** 是否收费: a 检测 or 鉴定 may be charged even when the matter is not. */
  isCharged: z.optional(z.boolean()),
  feeBasis: z.optional(textSchema(2000)),
});
/** 特别程序. */
export type SpecialProcedure = z.infer<typeof SpecialProcedureSchema>;

/** 收费项目. */
export const FeeSchema = z.object({
  name: textSchema(200),
  standard: textSchema(2000),
  basis: z.optional(textSchema(2000)),
  reducible: z.boolean(),
  reductionBasis: z.optional(textSchema(2000)),
  /** 备注. */
  note: z.optional(textSchema(2000)),
});
/** 收费项目. */
export type Fee = z.infer<typeof FeeSchema>;

/** One 办理流程 step. */
export const ProcessStepSchema = z.object({
  order: z.number().check(z.int(), z.nonnegative()),
  kind: ProcessStepKindSchema,
  name: textSchema(200),
  description: z.optional(textSchema(4000)),
  timeLimit: z.optional(TimeLimitSchema),
});
/** One 办理流程 step. */
export type ProcessStep = z.infer<typeof ProcessStepSchema>;

/** 办理地点 / 窗口. */
export const ServiceWindowSchema = z.object({
  name: textSchema(200),
  address: textSchema(500),
  hours: textSchema(500),
  phone: z.optional(textSchema(100)),
  transit: z.optional(textSchema(1000)),
  mapUrl: z.optional(UrlSchema),
});
/** 办理地点 / 窗口. */
export type ServiceWindow = z.infer<typeof ServiceWindowSchema>;

/** One 咨询 or 监督投诉 contact. */
export const ContactSchema = z.object({
  way: ContactWaySchema,
  value: textSchema(500),
  note: z.optional(textSchema(500)),
}).check(z.refine((c) => c.way !== 'online' || isSafeLink(c.value), {
  path: ['value'],
  // The guide links an online contact: the link rule applies (a `javascript:` address was kept before).
  ...UNSAFE_LINK_ISSUE,
}));
/** One 咨询 or 监督投诉 contact. */
export type Contact = z.infer<typeof ContactSchema>;

/** 网上办理 facts (extension table). */
export const OnlineServiceSchema = z.object({
  isOnline: z.boolean(),
  depth: z.optional(OnlineDepthSchema),
  url: z.optional(UrlSchema),
  mobileUrl: z.optional(UrlSchema),
  payOnline: z.boolean(),
  appointment: z.boolean(),
  express: z.boolean(),
  selfServiceTerminal: z.boolean(),
  inServiceCenter: z.optional(z.boolean()),
  /** 是否对接单点登录 on the PC (is_single_login) and mobile (app_is_single_login) online addresses. */
  singleSignOn: z.optional(z.object({ web: z.boolean(), app: z.boolean() })),
});
/** 网上办理 facts. */
export type OnlineService = z.infer<typeof OnlineServiceSchema>;

/** 审批结果. */
export const MatterResultSchema = z.object({
  type: ResultTypeSchema,
  name: z.optional(textSchema(200)),
  sampleUrl: z.optional(LinkSchema),
});
/** 审批结果. */
export type MatterResult = z.infer<typeof MatterResultSchema>;

/** 主题分类 codes (面向自然人 / 面向法人). */
export const MatterThemesSchema = z.object({
  person: z.array(textSchema(50)).check(z.maxLength(50)),
  enterprise: z.array(textSchema(50)).check(z.maxLength(50)),
});
/** 主题分类 codes. */
export type MatterThemes = z.infer<typeof MatterThemesSchema>;

/** 常见问题. */
export const FaqSchema = z.object({ question: textSchema(1000), answer: textSchema(10000) });
/** 常见问题. */
export type Faq = z.infer<typeof FaqSchema>;

/** A 政务服务事项 as published in the 实施清单 / 办事指南 (domain.md §1.3 A + B + C + D + E). */
export const MatterSchema = z.object({
  /** The identifier used in URLs: 业务办理项编码 when the row is one, else 实施编码. */
  code: MatterCodeSchema,
  catalogCode: CatalogCodeSchema,
  taskCode: TaskCodeSchema,
  handleItemCode: z.optional(z.string().check(z.regex(/^[0-9A-Z]{1,50}$/))),
  localCatalogCode: z.optional(textSchema(50)),
  localTaskCode: z.optional(textSchema(50)),
  /** Code of the 主项 when this row is a 子项 / 业务办理项. */
  parentCode: z.optional(MatterCodeSchema),
  name: textSchema(1000),
  shortName: z.optional(textSchema(200)),
  type: MatterTypeSchema,
  state: MatterStateSchema,
  version: z.number().check(z.int(), z.positive()),
  legalBasis: z.array(LegalBasisSchema).check(z.minLength(1), z.maxLength(100)),
  level: z.array(UseLevelSchema).check(z.minLength(1), z.maxLength(6)),
  agency: AgencySchema,
  /** 实施主体所在行政区划. */
  regionCode: z.optional(RegionCodeSchema),
  powerSource: PowerSourceSchema,
  entrustedBy: z.optional(textSchema(200)),
  audience: z.array(AudienceSchema).check(z.minLength(1), z.maxLength(7)),
  acceptConditions: textSchema(10000),
  caseType: CaseTypeSchema,
  legalTimeLimit: TimeLimitSchema,
  promisedTimeLimit: TimeLimitSchema,
  channels: z.array(ChannelSchema).check(z.minLength(1), z.maxLength(3)),
  onSiteVisits: z.number().check(z.int(), z.nonnegative(), z.lte(10)),
  onSiteVisitsReason: z.optional(textSchema(2000)),
  specialProcedures: z.array(SpecialProcedureSchema).check(z.maxLength(50)),
  isCharged: z.boolean(),
  /** 收费依据 of the matter as a whole; each fee may name its own. */
  feeBasis: z.optional(textSchema(2000)),
  fees: z.array(FeeSchema).check(z.maxLength(50)),
  process: z.array(ProcessStepSchema).check(z.maxLength(50)),
  processChartUrl: z.optional(LinkSchema),
  windows: z.array(ServiceWindowSchema).check(z.maxLength(200)),
  consultation: z.array(ContactSchema).check(z.maxLength(20)),
  complaint: z.array(ContactSchema).check(z.maxLength(20)),
  online: OnlineServiceSchema,
  handleArea: z.optional(HandleAreaSchema),
  quantityLimit: z.optional(textSchema(2000)),
  /** 联办机构: agencies that handle the matter jointly with the 实施主体. */
  jointAgencies: z.optional(z.array(textSchema(200)).check(z.maxLength(50))),
  /** 中介服务 the applicant needs before applying (surveys, appraisals …). */
  intermediaryServices: z.optional(z.array(textSchema(500)).check(z.maxLength(50))),
  result: MatterResultSchema,
  themes: MatterThemesSchema,
  materials: z.array(MaterialSchema).check(z.maxLength(200)),
  /** 情景导办 questions; materials name them in their `condition`. */
  situations: z.optional(z.array(SituationQuestionSchema).check(z.maxLength(20))),
  faq: z.array(FaqSchema).check(z.maxLength(200)),
  /** Id of the smart form (GET /v1/matters/{code}/form) when the matter can be applied for here. */
  formId: z.optional(IdSchema),
  effectiveFrom: z.optional(DateSchema),
  effectiveTo: z.optional(DateSchema),
  keywords: z.array(textSchema(50)).check(z.maxLength(100)),
  /** 俗称: what people call the matter or its result (房产证 for 不动产权证书); search finds the matter by them. */
  aliases: z.optional(z.array(textSchema(50)).check(z.maxLength(20))),
  updatedAt: z.optional(TimestampSchema),
}).check(z.superRefine((m, ctx) => {
  // Catalog integrity: forms and applications refer to materials by id, so ids must be unique.
  for (const { index, id } of repeatedIds(m.materials, (mat) => mat.id)) {
    ctx.addIssue({ code: 'custom', path: ['materials', index, 'id'], message: `Duplicate material id "${id}"`, params: { code: 'duplicate_id' } });
  }
  if (!m.isCharged && m.fees.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['fees'], message: 'A matter that is not charged lists no fees', params: { code: 'fees_without_charge' } });
  }
}, whenValid('materials', 'isCharged', 'fees')), z.superRefine((m, ctx) => {
  // A condition naming a question or option that does not exist would silently hide or keep a material.
  for (const issue of situationIssues(m.situations ?? [], m.materials)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { code: issue.code } });
  }
}, whenValid('situations', 'materials')));
/** A 政务服务事项 (实施清单 row / 办事指南). */
export type Matter = z.infer<typeof MatterSchema>;

/** What a list or search row needs of a matter (no materials, windows or legal text). */
export const MatterSummarySchema = z.object({
  code: MatterCodeSchema,
  name: textSchema(1000),
  type: MatterTypeSchema,
  state: MatterStateSchema,
  department: textSchema(200),
  agencyCode: CreditCodeFormatSchema,
  level: z.array(UseLevelSchema).check(z.minLength(1), z.maxLength(6)),
  audience: z.array(AudienceSchema).check(z.minLength(1), z.maxLength(7)),
  themes: MatterThemesSchema,
  caseType: CaseTypeSchema,
  promisedTimeLimit: TimeLimitSchema,
  onSiteVisits: z.number().check(z.int(), z.nonnegative(), z.lte(10)),
  isOnline: z.boolean(),
  onlineDepth: z.optional(OnlineDepthSchema),
  handleArea: z.optional(HandleAreaSchema),
  isCharged: z.boolean(),
  hasForm: z.boolean(),
  /** Present (true) on 依职权 matters (处罚, 检查, 强制, 征收), which nobody applies for (see isExOfficio). */
  exOfficio: z.optional(z.literal(true)),
  parentCode: z.optional(MatterCodeSchema),
  updatedAt: z.optional(TimestampSchema),
});
/** What a list or search row needs of a matter. */
export type MatterSummary = z.infer<typeof MatterSummarySchema>;

/** The summary of a full matter (what the server lists and the search index builder consumes). */
export function toMatterSummary(matter: Matter): MatterSummary {
  const summary: MatterSummary = {
    code: matter.code,
    name: matter.name,
    type: matter.type,
    state: matter.state,
    department: matter.agency.name,
    agencyCode: matter.agency.code,
    level: matter.level,
    audience: matter.audience,
    themes: matter.themes,
    caseType: matter.caseType,
    promisedTimeLimit: matter.promisedTimeLimit,
    onSiteVisits: matter.onSiteVisits,
    isOnline: matter.online.isOnline,
    isCharged: matter.isCharged,
    hasForm: matter.formId !== undefined,
  };
  if (isExOfficio(matter.type)) summary.exOfficio = true;
  if (matter.online.depth !== undefined) summary.onlineDepth = matter.online.depth;
  if (matter.handleArea !== undefined) summary.handleArea = matter.handleArea;
  if (matter.parentCode !== undefined) summary.parentCode = matter.parentCode;
  if (matter.updatedAt !== undefined) summary.updatedAt = matter.updatedAt;
  return summary;
}
