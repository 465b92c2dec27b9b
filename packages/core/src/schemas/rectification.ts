import * as z from 'zod/mini';
import { EvaluationLevelSchema } from './evaluation-enums.js';
import { enumFromLabels, label } from './labels.js';
import { DateSchema, TimestampSchema, textSchema } from './primitives.js';
import { whenValid } from './refine.js';
import { plainTextSchema } from './safe-text.js';

// 差评整改 and 回访 (domain.md §3.6): every 差评 opens a rectification record owned by a department, due a
// configurable number of working days after the rating; staff record the measures taken, then a follow-up call
// asks the citizen how satisfied they are with the outcome.

/** 整改 status labels. */
export const RECTIFICATION_STATUS_LABELS = {
  open: label('整改中', '整改中', 'Being rectified'),
  done: label('已整改', '已整改', 'Rectified'),
} as const;
/** 整改 status schema. */
export const RectificationStatusSchema = enumFromLabels(RECTIFICATION_STATUS_LABELS);
/** 整改 status. */
export type RectificationStatus = z.infer<typeof RectificationStatusSchema>;

/** 回访: the follow-up call after 整改; satisfaction on the rating's own five levels. */
export const ReturnVisitSchema = z.object({
  at: TimestampSchema,
  satisfaction: EvaluationLevelSchema,
  note: z.optional(textSchema(1000)),
  /** Staff name only: nothing else about staff is shown to citizens. */
  handler: z.optional(textSchema(100)),
});
/** 回访 record. */
export type ReturnVisit = z.infer<typeof ReturnVisitSchema>;

/** The 整改 record a 差评 opens. */
export const RectificationSchema = z.object({
  status: RectificationStatusSchema,
  /** The department answerable for the rated service. */
  department: textSchema(200),
  /** Working days after the rating, on the holiday calendar. */
  dueDate: DateSchema,
  openedAt: TimestampSchema,
  doneAt: z.optional(TimestampSchema),
  /** 整改措施: what was done. */
  measures: z.optional(textSchema(2000)),
  handler: z.optional(textSchema(100)),
  /** Set once done: finished on or before the due date (China time). */
  onTime: z.optional(z.boolean()),
  returnVisit: z.optional(ReturnVisitSchema),
});
/** The 整改 record a 差评 opens. */
export type Rectification = z.infer<typeof RectificationSchema>;

/** Simulated time of a back-office step (tests drive the clock with it); defaults to now. */
const atField = { at: z.optional(TimestampSchema) };

/** Admin body: POST /v1/admin/evaluations/{evaluationId}/rectification. */
export const RectificationActionInputSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('complete'),
    measures: plainTextSchema(2000),
    handler: z.optional(plainTextSchema(100)),
    ...atField,
  }),
  z.strictObject({
    action: z.literal('return_visit'),
    satisfaction: EvaluationLevelSchema,
    note: z.optional(plainTextSchema(1000)),
    handler: z.optional(plainTextSchema(100)),
    ...atField,
  }),
]);
/** Admin body of a rectification step. */
export type RectificationActionInput = z.infer<typeof RectificationActionInputSchema>;

/** GET /v1/evaluation-summary query: one department or all, ratings made from `from` to `to` (China dates, inclusive). */
export const EvaluationSummaryQuerySchema = z.strictObject({
  department: z.optional(textSchema(200)),
  from: z.optional(DateSchema),
  to: z.optional(DateSchema),
}).check(z.superRefine((q, ctx) => {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'from is after to', params: { code: 'range_reversed', messages: label('开始日期晚于结束日期', '開始日期晚於結束日期', 'from is after to') } });
  }
}, whenValid('from', 'to')));
/** Summary query. */
export type EvaluationSummaryQuery = z.infer<typeof EvaluationSummaryQuerySchema>;

const count = z.number().check(z.int(), z.nonnegative());

/** One department's ratings and 整改 in the period. */
export const DepartmentEvaluationSummarySchema = z.object({
  department: textSchema(200),
  total: count,
  byLevel: z.object({ 1: count, 2: count, 3: count, 4: count, 5: count }),
  /** Share of 差评 (levels 1–2) among the ratings, 0–1. */
  negativeShare: z.number().check(z.gte(0), z.lte(1)),
  rectifications: z.object({
    total: count,
    done: count,
    /** Done on or before the due date. */
    onTime: count,
    /** Still open after the due date. */
    overdueOpen: count,
  }),
});
/** One department's summary. */
export type DepartmentEvaluationSummary = z.infer<typeof DepartmentEvaluationSummarySchema>;

/** GET /v1/evaluation-summary response: public aggregates (评价结果及整改情况向社会公开), no personal data. */
export const EvaluationSummarySchema = z.object({
  from: DateSchema,
  to: DateSchema,
  departments: z.array(DepartmentEvaluationSummarySchema).check(z.maxLength(1000)),
});
/** Department summary. */
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;
