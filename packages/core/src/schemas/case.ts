import * as z from 'zod/mini';
import { AgentSchema, ApplicantTypeSchema, ApplicationChannelSchema, IdTypeSchema } from './application-enums.js';
import { CaseActionSchema, CaseStatusSchema, ConclusionOutcomeSchema } from './case-status.js';
import { DeliverySchema } from './delivery.js';
import { EvaluationStageSchema } from './evaluation-enums.js';
import { EvaluationSchema } from './evaluation.js';
import { CaseNumberSchema, DateSchema, IdSchema, MatterCodeSchema, TimeLimitSchema, TimestampSchema, textSchema } from './primitives.js';
import { whenValid } from './refine.js';
import { plainTextSchema } from './safe-text.js';
import { CursorSchema, LimitParamSchema, pageSchema } from './pagination.js';

/** Deadline of a case: the promised limit counted in working days (or working time, for hours) from 受理, minus paused intervals. */
export const DeadlineSchema = z.object({
  limit: TimeLimitSchema,
  dueDate: DateSchema,
  /** Working days left, counting today if it is a working day; negative when overdue. */
  remainingWorkingDays: z.number().check(z.int()),
  /**
   * A limit counted in working time (hours, minutes, a fraction of a working day): the due instant, in China
   * time (+08:00). Counted in office hours of working days, paused time excluded.
   */
  dueAt: z.optional(TimestampSchema),
  /** With dueAt: whole office minutes left until dueAt; negative once overdue. */
  remainingWorkingMinutes: z.optional(z.number().check(z.int())),
  /** The clock is paused now (补正 or 特别程序). */
  paused: z.boolean(),
  /** Working days paused so far. */
  pausedWorkingDays: z.optional(z.number().check(z.int(), z.nonnegative())),
  /**
   * Not yet accepted (受理): the clock has not started, and the figures say what the deadline would be if the
   * case were accepted today. The applicant learns the promised limit at submission; the real clock runs from
   * acceptance.
   */
  projected: z.optional(z.boolean()),
  /**
   * A year between acceptance and the due date has no published holiday notice in the server's calendar: the
   * due date counts weekdays only and may move once the notice is known.
   */
  estimated: z.optional(z.boolean()),
});
/** Deadline of a case. */
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Applicant as shown back to a citizen: masked (姓名 张*三, 证件 1101**********1234, 手机 138****5678). */
export const MaskedApplicantSchema = z.object({
  type: ApplicantTypeSchema,
  name: textSchema(200),
  idType: z.optional(IdTypeSchema),
  idNumber: z.optional(z.string().check(z.maxLength(50))),
  mobile: z.optional(z.string().check(z.maxLength(20))),
});
/** Masked applicant. */
export type MaskedApplicant = z.infer<typeof MaskedApplicantSchema>;

/** A case (办件) as the public API shows it. */
export const CaseSchema = z.object({
  caseNumber: CaseNumberSchema,
  status: CaseStatusSchema,
  matterCode: z.optional(MatterCodeSchema),
  bundleId: z.optional(IdSchema),
  /** Matter or bundle name at submission time. */
  name: textSchema(1000),
  department: z.optional(textSchema(200)),
  receivedAt: TimestampSchema,
  acceptedAt: z.optional(TimestampSchema),
  concludedAt: z.optional(TimestampSchema),
  /** Null before 受理 (the clock has not started) or when the matter has no time limit. */
  deadline: z.nullable(DeadlineSchema),
  applicant: MaskedApplicantSchema,
  channel: z.optional(ApplicationChannelSchema),
  /** Accepted with 容缺: some materials are still owed. */
  tolerance: z.optional(z.boolean()),
  /** A step of a bundle case (一件事): the parent case the applicant tracks. */
  parentCaseNumber: z.optional(CaseNumberSchema),
  /** 帮办代办: the assisting agent, shown only to the partner whose counter submitted the case. */
  agent: z.optional(AgentSchema),
  /** How the result reaches the applicant (`bank_branch`: picked up at a partner bank's branch). */
  delivery: z.optional(DeliverySchema),
  updatedAt: TimestampSchema,
});
/** A case (办件). */
export type Case = z.infer<typeof CaseSchema>;

/** 201 response of POST /v1/applications: the case plus the token that proves ownership for tracking and rating. */
export const ApplicationReceiptSchema = z.object({
  case: CaseSchema,
  /** Verifier for GET progress / POST evaluations (alternative: the applicant's mobile tail 4 digits). */
  accessToken: z.string().check(z.minLength(16), z.maxLength(200)),
});
/** 201 response of POST /v1/applications. */
export type ApplicationReceipt = z.infer<typeof ApplicationReceiptSchema>;

/** One step of a case's history (like national up_pro_process); parallel department steps share a group. */
export const ProgressEventSchema = z.object({
  id: IdSchema,
  /** Action code of the step, e.g. `accept`, `review`, `seal_engraving`. */
  code: textSchema(50),
  /** Case status the step put the case in. */
  status: CaseStatusSchema,
  name: textSchema(200),
  startAt: TimestampSchema,
  /** Null while the step is in progress. */
  endAt: z.nullable(TimestampSchema),
  handler: z.optional(textSchema(100)),
  opinion: z.optional(textSchema(4000)),
  department: z.optional(textSchema(200)),
  /** Steps with the same group ran in parallel (e.g. 刻章 / 发票 / 社保 in 企业开办). */
  parallelGroup: z.optional(IdSchema),
  /** Bundles: the matter this step belongs to. */
  matterCode: z.optional(MatterCodeSchema),
});
/** One step of a case's history. */
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

/** One step of a bundle case (一窗受理, 并联审批): its own case, department, status and deadline. */
export const CaseStepSchema = z.object({
  caseNumber: CaseNumberSchema,
  matterCode: MatterCodeSchema,
  name: textSchema(1000),
  department: z.optional(textSchema(200)),
  /** Steps run in order; steps with the same order run in parallel. */
  order: z.number().check(z.int(), z.nonnegative()),
  parallelGroup: z.optional(IdSchema),
  /** The applicant may go without this step; it never holds up the bundle. */
  optional: z.boolean(),
  status: CaseStatusSchema,
  deadline: z.nullable(DeadlineSchema),
  acceptedAt: z.optional(TimestampSchema),
  concludedAt: z.optional(TimestampSchema),
});
/** One step of a bundle case. */
export type CaseStep = z.infer<typeof CaseStepSchema>;

/** A material still owed under 容缺 (accepted on the applicant's signed commitment). */
export const PendingMaterialSchema = z.object({
  materialId: IdSchema,
  name: textSchema(500),
  /** Bundles: the step (matter) that needs it. */
  matterCode: z.optional(MatterCodeSchema),
  /** Last day to supply it (the commitment's working days from 受理); absent before 受理. */
  dueDate: z.optional(DateSchema),
  /** The due date has passed and the material is still owed. */
  overdue: z.optional(z.boolean()),
});
/** A material still owed under 容缺. */
export type PendingMaterial = z.infer<typeof PendingMaterialSchema>;

/** GET /v1/applications/{caseNumber}/progress response. */
export const ProgressSchema = z.object({
  case: CaseSchema,
  events: z.array(ProgressEventSchema).check(z.maxLength(500)),
  /** Stages the applicant may still rate (one evaluation per case per stage). */
  evaluableStages: z.array(EvaluationStageSchema).check(z.maxLength(2)),
  /** When each stage in evaluableStages stops taking ratings (the rating window after 受理 / 办结). */
  evaluableUntil: z.optional(z.object({ acceptance: z.optional(TimestampSchema), conclusion: z.optional(TimestampSchema) })),
  /** The case's ratings (好差评), one per stage at most: the applicant sees what they rated, on any device. */
  evaluations: z.optional(z.array(EvaluationSchema).check(z.maxLength(2))),
  /** Materials still owed under 容缺 (kept after a 容缺通过 conclusion until supplied). */
  pendingMaterials: z.optional(z.array(PendingMaterialSchema).check(z.maxLength(300))),
  /** Bundles (一件事): the parent's steps, one case per matter and department. */
  steps: z.optional(z.array(CaseStepSchema).check(z.maxLength(50))),
});
/** Progress response. */
export type Progress = z.infer<typeof ProgressSchema>;

/** Admin simulator body: POST /v1/admin/cases/{caseNumber}/actions. */
export const CaseActionInputSchema = z.strictObject({
  action: CaseActionSchema,
  /** conclude: the decision. */
  outcome: z.optional(ConclusionOutcomeSchema),
  /**
   * start_special_procedure: the name of one of the matter's specialProcedures (e.g. 现场核查); any other name is
   * a 422 `unknown_procedure` on /procedureName listing the allowed names.
   */
  procedureName: z.optional(plainTextSchema(200)),
  /** request_correction: the items to correct (行政许可法 Art 32: all at once). */
  items: z.optional(z.array(plainTextSchema(500)).check(z.maxLength(100))),
  note: z.optional(plainTextSchema(4000)),
  handler: z.optional(plainTextSchema(100)),
  department: z.optional(plainTextSchema(200)),
  /** Simulated time of the action (tests drive the working-day clock with it); defaults to now. */
  at: z.optional(TimestampSchema),
  /** Bundle cases: the step (matter) to act on, when the path names the parent case. */
  matterCode: z.optional(MatterCodeSchema),
  /** supply: the owed (容缺) material supplied. */
  materialId: z.optional(IdSchema),
}).check(z.superRefine((input, ctx) => {
  if (input.action === 'conclude' && input.outcome === undefined) {
    ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'conclude needs an outcome', params: { code: 'outcome_required' } });
  }
  if (input.action !== 'conclude' && input.outcome !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'outcome only goes with conclude', params: { code: 'unexpected_field' } });
  }
  if (input.action === 'start_special_procedure' && input.procedureName === undefined) {
    ctx.addIssue({ code: 'custom', path: ['procedureName'], message: 'start_special_procedure needs a procedureName', params: { code: 'procedure_name_required' } });
  }
  if (input.action === 'supply' && input.materialId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['materialId'], message: 'supply names the materialId supplied', params: { code: 'material_required' } });
  }
  if (input.action !== 'supply' && input.materialId !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['materialId'], message: 'materialId only goes with supply', params: { code: 'unexpected_field' } });
  }
  if (input.action === 'request_correction' && (input.items === undefined || input.items.length === 0)) {
    ctx.addIssue({ code: 'custom', path: ['items'], message: 'request_correction lists the items to correct', params: { code: 'items_required' } });
  }
}, whenValid('action', 'outcome', 'procedureName', 'items', 'materialId')));
/** Admin simulator body. */
export type CaseActionInput = z.infer<typeof CaseActionInputSchema>;

/** GET /v1/partner/cases query: a partner's own cases, newest first. */
export const PartnerCaseListQuerySchema = z.strictObject({
  status: z.optional(CaseStatusSchema),
  /** Only cases whose 帮办代办 agent helped at this branch (its id or name; either finds both spellings). */
  branch: z.optional(textSchema(200)),
  cursor: z.optional(CursorSchema),
  limit: z.optional(LimitParamSchema),
});
/** GET /v1/partner/cases query (parsed). */
export type PartnerCaseListQuery = z.infer<typeof PartnerCaseListQuerySchema>;

/** GET /v1/partner/cases response: cases with their 帮办代办 agent. */
export const CasePageSchema = pageSchema(CaseSchema);
/** A page of cases. */
export type CasePage = z.infer<typeof CasePageSchema>;

/** A partner bank branch where applicants are helped (帮办代办) and may pick up licences (`bank_branch`). */
export const ServicePointSchema = z.object({
  partner: IdSchema,
  partnerName: textSchema(200),
  id: IdSchema,
  name: textSchema(200),
  address: z.optional(textSchema(500)),
});
/** A partner bank branch. */
export type ServicePoint = z.infer<typeof ServicePointSchema>;

/** GET /v1/service-points query. */
export const ServicePointListQuerySchema = z.strictObject({
  partner: z.optional(IdSchema),
  cursor: z.optional(CursorSchema),
  limit: z.optional(LimitParamSchema),
});
/** GET /v1/service-points query (parsed). */
export type ServicePointListQuery = z.infer<typeof ServicePointListQuerySchema>;

/** GET /v1/service-points response. */
export const ServicePointPageSchema = pageSchema(ServicePointSchema);
/** A page of service points. */
export type ServicePointPage = z.infer<typeof ServicePointPageSchema>;

/**
 * POST /v1/applications/{caseNumber}/materials body: the applicant supplies a material owed under 容缺, as
 * files uploaded with POST /v1/uploads for that material of the case's form.
 */
export const MaterialSupplyInputSchema = z.strictObject({
  materialId: IdSchema,
  fileRefs: z.array(z.string().check(z.regex(/^upl_[A-Za-z0-9_-]{32}$/, 'Expected a file reference issued by POST /v1/uploads'))).check(z.minLength(1), z.maxLength(20)),
});
/** Supplying an owed material. */
export type MaterialSupplyInput = z.infer<typeof MaterialSupplyInputSchema>;
