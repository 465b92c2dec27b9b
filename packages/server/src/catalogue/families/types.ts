import type {
  Audience, CaseType, Channel, Faq, Fee, HandleArea, LegalBasis, MaterialForm, MaterialNecessity, MaterialSource,
  MaterialType, MatterResult, MatterType, OnlineDepth, SituationQuestion, SpecialProcedure, TimeUnit,
} from '@zwfw/core';

// A matter family is a template for every matter of one kind (食品经营许可, 不动产登记, 公积金提取…): the
// generator reads the district's matter list and asks the first family that matches for the guide content.
// Families hold domain knowledge once, so 1,000+ guides stay consistent and reviewable.

/** What a family sees of one row of the district's matter list. */
export interface MatterContext {
  readonly name: string;
  readonly department: string;
  readonly type: MatterType;
  readonly audience: readonly Audience[];
  /** Name of the 主项 when the row is a 子项 / 业务办理项. */
  readonly parentName?: string;
  /** Stable key for deterministic variation (the matter name plus department). */
  readonly key: string;
}

/** One material of a guide, before ids and codes are assigned. */
export interface MaterialTemplate {
  readonly name: string;
  readonly necessity: MaterialNecessity;
  readonly type: MaterialType;
  readonly form?: MaterialForm;
  readonly source: MaterialSource;
  readonly sourceNote?: string;
  readonly situation?: string;
  readonly original?: number;
  readonly copies?: number;
  readonly pageSpec?: string;
  readonly signRequirement?: string;
  readonly fillNote?: string;
  readonly acceptStandard?: string;
  readonly basis?: string;
  /** 电子证照 type the government already holds: the applicant need not submit it (免提交). */
  readonly eLicense?: string;
  /** A blank form and a filled sample are published for this material. */
  readonly withForms?: boolean;
  /** 情景导办: the material applies only for these answers (all of them); set with situations.ts `when`. */
  readonly when?: readonly { readonly question: SituationQuestion; readonly options: readonly string[] }[];
}

/** One 办理流程 step description override. */
export interface StepText {
  readonly acceptance?: string;
  readonly investigate?: string;
  readonly decide?: string;
  readonly accreditation?: string;
  readonly delivery?: string;
}

/** The guide content a family produces for one matter. */
export interface GuideTemplate {
  readonly legalBasis: readonly LegalBasis[];
  readonly acceptConditions: string;
  readonly caseType: CaseType;
  /** 法定办结时限 in working days unless legalUnit says otherwise; 0 for 即办件. */
  readonly legalDays: number;
  readonly legalUnit?: TimeUnit;
  readonly legalNote?: string;
  /** 承诺办结时限 in working days; defaults to a deterministic share of the legal limit. */
  readonly promisedDays?: number;
  readonly specialProcedures?: readonly SpecialProcedure[];
  readonly fees?: readonly Fee[];
  readonly materials: readonly MaterialTemplate[];
  readonly faq: readonly Faq[];
  readonly result: MatterResult;
  readonly channels?: readonly Channel[];
  readonly onSiteVisits?: number;
  readonly onSiteVisitsReason?: string;
  readonly onlineDepth?: OnlineDepth;
  readonly handleArea?: HandleArea;
  readonly quantityLimit?: string;
  readonly steps?: StepText;
  readonly keywords?: readonly string[];
  /** Id of the smart-form builder (forms/matter-forms.ts) when the matter can be applied for here. */
  readonly form?: string;
}

/** A matter family: a matcher and a template. */
export interface Family {
  readonly id: string;
  readonly label: string;
  matches(ctx: MatterContext): boolean;
  guide(ctx: MatterContext): GuideTemplate;
}

/** True when the name contains any of the fragments. */
export function nameHas(ctx: MatterContext, ...fragments: readonly string[]): boolean {
  return fragments.some((f) => ctx.name.includes(f) || (ctx.parentName?.includes(f) ?? false));
}

/** True when the department contains any of the fragments. */
export function deptHas(ctx: MatterContext, ...fragments: readonly string[]): boolean {
  return fragments.some((f) => ctx.department.includes(f));
}

/** The audience is a person (自然人) only. */
export function personOnly(ctx: MatterContext): boolean {
  return ctx.audience.length > 0 && ctx.audience.every((a) => a === 'natural_person');
}
