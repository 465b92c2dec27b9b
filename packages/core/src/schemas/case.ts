import * as z from 'zod';
import { AgentSchema, ApplicantTypeSchema, ApplicationChannelSchema, IdTypeSchema } from './application.js';
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
  remainingWorkingDays: z.number().int(),
  /**
   * A limit counted in working time (hours, minutes, a fraction of a working day): the due instant, in China
   * time (+08:00). Counted in office hours of working days, paused time excluded.
   */
  dueAt: TimestampSchema.optional(),
  /** With dueAt: whole office minutes left until dueAt; negative once overdue. */
  remainingWorkingMinutes: z.number().int().optional(),
  /** The clock is paused now (补正 or 特别程序). */
  paused: z.boolean(),
  /** Working days paused so far. */
  pausedWorkingDays: z.number().int().nonnegative().optional(),
  /**
   * Not yet accepted (受理): the clock has not started, and the figures say what the deadline would be if the
   * case were accepted today. The applicant learns the promised limit at submission; the real clock runs from
   * acceptance.
   */
  projected: z.boolean().optional(),
  /**
   * A year between acceptance and the due date has no published holiday notice in the server's calendar: the
   * due date counts weekdays only and may move once the notice is known.
   */
  estimated: z.boolean().optional(),
});
/** Deadline of a case. */
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Applicant as shown back to a citizen: masked (姓名 张*三, 证件 1101**********1234, 手机 138****5678). */
export const MaskedApplicantSchema = z.object({
  type: ApplicantTypeSchema,
  name: textSchema(200),
  idType: IdTypeSchema.optional(),
  idNumber: z.string().max(50).optional(),
  mobile: z.string().max(20).optional(),
});
/** Masked applicant. */
export type MaskedApplicant = z.infer<typeof MaskedApplicantSchema>;

/** A case (办件) as the public API shows it. */
export const CaseSchema = z.object({
  caseNumber: CaseNumberSchema,
  status: CaseStatusSchema,
  matterCode: MatterCodeSchema.optional(),
  bundleId: IdSchema.optional(),
  /** Matter or bundle name at submission time. */
  name: textSchema(1000),
  department: textSchema(200).optional(),
  receivedAt: TimestampSchema,
  acceptedAt: TimestampSchema.optional(),
  concludedAt: TimestampSchema.optional(),
  /** Null before 受理 (the clock has not started) or when the matter has no time limit. */
  deadline: DeadlineSchema.nullable(),
  applicant: MaskedApplicantSchema,
  channel: ApplicationChannelSchema.optional(),
  /** Accepted with 容缺: some materials are still owed. */
  tolerance: z.boolean().optional(),
  /** A step of a bundle case (一件事): the parent case the applicant tracks. */
  parentCaseNumber: CaseNumberSchema.optional(),
  /** 帮办代办: the assisting agent, shown only to the partner whose counter submitted the case. */
  agent: AgentSchema.optional(),
  /** How the result reaches the applicant (`bank_branch`: picked up at a partner bank's branch). */
  delivery: DeliverySchema.optional(),
  updatedAt: TimestampSchema,
});
/** A case (办件). */
export type Case = z.infer<typeof CaseSchema>;

/** 201 response of POST /v1/applications: the case plus the token that proves ownership for tracking and rating. */
export const ApplicationReceiptSchema = z.object({
  case: CaseSchema,
  /** Verifier for GET progress / POST evaluations (alternative: the applicant's mobile tail 4 digits). */
  accessToken: z.string().min(16).max(200),
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
  endAt: TimestampSchema.nullable(),
  handler: textSchema(100).optional(),
  opinion: textSchema(4000).optional(),
  department: textSchema(200).optional(),
  /** Steps with the same group ran in parallel (e.g. 刻章 / 发票 / 社保 in 企业开办). */
  parallelGroup: IdSchema.optional(),
  /** Bundles: the matter this step belongs to. */
  matterCode: MatterCodeSchema.optional(),
});
/** One step of a case's history. */
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

/** One step of a bundle case (一窗受理, 并联审批): its own case, department, status and deadline. */
export const CaseStepSchema = z.object({
  caseNumber: CaseNumberSchema,
  matterCode: MatterCodeSchema,
  name: textSchema(1000),
  department: textSchema(200).optional(),
  /** Steps run in order; steps with the same order run in parallel. */
  order: z.number().int().nonnegative(),
  parallelGroup: IdSchema.optional(),
  /** The applicant may go without this step; it never holds up the bundle. */
  optional: z.boolean(),
  status: CaseStatusSchema,
  deadline: DeadlineSchema.nullable(),
  acceptedAt: TimestampSchema.optional(),
  concludedAt: TimestampSchema.optional(),
});
/** One step of a bundle case. */
export type CaseStep = z.infer<typeof CaseStepSchema>;

/** A material still owed under 容缺 (accepted on the applicant's signed commitment). */
export const PendingMaterialSchema = z.object({
  materialId: IdSchema,
  name: textSchema(500),
  /** Bundles: the step (matter) that needs it. */
  matterCode: MatterCodeSchema.optional(),
  /** Last day to supply it (the commitment's working days from 受理); absent before 受理. */
  dueDate: DateSchema.optional(),
  /** The due date has passed and the material is still owed. */
  overdue: z.boolean().optional(),
});
/** A material still owed under 容缺. */
export type PendingMaterial = z.infer<typeof PendingMaterialSchema>;

/** GET /v1/applications/{caseNumber}/progress response. */
export const ProgressSchema = z.object({
  case: CaseSchema,
  events: z.array(ProgressEventSchema).max(500),
  /** Stages the applicant may still rate (one evaluation per case per stage). */
  evaluableStages: z.array(EvaluationStageSchema).max(2),
  /** When each stage in evaluableStages stops taking ratings (the rating window after 受理 / 办结). */
  evaluableUntil: z.object({ acceptance: TimestampSchema.optional(), conclusion: TimestampSchema.optional() }).optional(),
  /** The case's ratings (好差评), one per stage at most: the applicant sees what they rated, on any device. */
  evaluations: z.array(EvaluationSchema).max(2).optional(),
  /** Materials still owed under 容缺 (kept after a 容缺通过 conclusion until supplied). */
  pendingMaterials: z.array(PendingMaterialSchema).max(300).optional(),
  /** Bundles (一件事): the parent's steps, one case per matter and department. */
  steps: z.array(CaseStepSchema).max(50).optional(),
});
/** Progress response. */
export type Progress = z.infer<typeof ProgressSchema>;

/** Admin simulator body: POST /v1/admin/cases/{caseNumber}/actions. */
export const CaseActionInputSchema = z.object({
  action: CaseActionSchema,
  /** conclude: the decision. */
  outcome: ConclusionOutcomeSchema.optional(),
  /**
   * start_special_procedure: the name of one of the matter's specialProcedures (e.g. 现场核查); any other name is
   * a 422 `unknown_procedure` on /procedureName listing the allowed names.
   */
  procedureName: plainTextSchema(200).optional(),
  /** request_correction: the items to correct (行政许可法 Art 32: all at once). */
  items: z.array(plainTextSchema(500)).max(100).optional(),
  note: plainTextSchema(4000).optional(),
  handler: plainTextSchema(100).optional(),
  department: plainTextSchema(200).optional(),
  /** Simulated time of the action (tests drive the working-day clock with it); defaults to now. */
  at: TimestampSchema.optional(),
  /** Bundle cases: the step (matter) to act on, when the path names the parent case. */
  matterCode: MatterCodeSchema.optional(),
  /** supply: the owed (容缺) material supplied. */
  materialId: IdSchema.optional(),
}).strict().superRefine((input, ctx) => {
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
}, whenValid('action', 'outcome', 'procedureName', 'items', 'materialId'));
/** Admin simulator body. */
export type CaseActionInput = z.infer<typeof CaseActionInputSchema>;

/** GET /v1/partner/cases query: a partner's own cases, newest first. */
export const PartnerCaseListQuerySchema = z.object({
  status: CaseStatusSchema.optional(),
  /** Only cases whose 帮办代办 agent helped at this branch (its id or name; either finds both spellings). */
  branch: textSchema(200).optional(),
  cursor: CursorSchema.optional(),
  limit: LimitParamSchema.optional(),
}).strict();
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
  address: textSchema(500).optional(),
});
/** A partner bank branch. */
export type ServicePoint = z.infer<typeof ServicePointSchema>;

/** GET /v1/service-points query. */
export const ServicePointListQuerySchema = z.object({
  partner: IdSchema.optional(),
  cursor: CursorSchema.optional(),
  limit: LimitParamSchema.optional(),
}).strict();
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
export const MaterialSupplyInputSchema = z.object({
  materialId: IdSchema,
  fileRefs: z.array(z.string().regex(/^upl_[A-Za-z0-9_-]{32}$/, 'Expected a file reference issued by POST /v1/uploads')).min(1).max(20),
}).strict();
/** Supplying an owed material. */
export type MaterialSupplyInput = z.infer<typeof MaterialSupplyInputSchema>;
