import * as z from 'zod';
import { ApplicantTypeSchema, ApplicationChannelSchema, IdTypeSchema } from './application.js';
import { CaseActionSchema, CaseStatusSchema, ConclusionOutcomeSchema } from './case-status.js';
import { EvaluationStageSchema } from './evaluation-enums.js';
import { EvaluationSchema } from './evaluation.js';
import { CaseNumberSchema, DateSchema, IdSchema, MatterCodeSchema, TimeLimitSchema, TimestampSchema, textSchema } from './primitives.js';
import { whenValid } from './refine.js';

/** Deadline of a case: the promised limit counted in working days from 受理, minus paused intervals. */
export const DeadlineSchema = z.object({
  limit: TimeLimitSchema,
  dueDate: DateSchema,
  /** Working days left, counting today if it is a working day; negative when overdue. */
  remainingWorkingDays: z.number().int(),
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
  /** Materials still owed under 容缺. */
  pendingMaterials: z.array(z.object({ materialId: IdSchema, name: textSchema(500), dueDate: DateSchema.optional() })).max(300).optional(),
});
/** Progress response. */
export type Progress = z.infer<typeof ProgressSchema>;

/** Admin simulator body: POST /v1/admin/cases/{caseNumber}/actions. */
export const CaseActionInputSchema = z.object({
  action: CaseActionSchema,
  /** conclude: the decision. */
  outcome: ConclusionOutcomeSchema.optional(),
  /** start_special_procedure: e.g. 现场核查, 专家评审. */
  procedureName: textSchema(200).optional(),
  /** request_correction: the items to correct (行政许可法 Art 32: all at once). */
  items: z.array(textSchema(500)).max(100).optional(),
  note: textSchema(4000).optional(),
  handler: textSchema(100).optional(),
  department: textSchema(200).optional(),
  /** Simulated time of the action (tests drive the working-day clock with it); defaults to now. */
  at: TimestampSchema.optional(),
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
  if (input.action === 'request_correction' && (input.items === undefined || input.items.length === 0)) {
    ctx.addIssue({ code: 'custom', path: ['items'], message: 'request_correction lists the items to correct', params: { code: 'items_required' } });
  }
}, whenValid('action', 'outcome', 'procedureName', 'items'));
/** Admin simulator body. */
export type CaseActionInput = z.infer<typeof CaseActionInputSchema>;
