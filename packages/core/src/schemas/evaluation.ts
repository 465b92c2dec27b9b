import * as z from 'zod/mini';
import {
  EvaluationChannelSchema, EvaluationLevelSchema, EvaluationStageSchema, isNegativeLevel, type EvaluationLevel,
} from './evaluation-enums.js';
import { LocalizedLabelSchema, enumFromLabels, label } from './labels.js';
import { CaseNumberSchema, IdSchema, TimestampSchema } from './primitives.js';
import { plainCommentSchema } from './safe-text.js';
import { RectificationSchema } from './rectification.js';
import { storableString } from './storable.js';
import { whenValid } from './refine.js';

const evaluationInputShape = {
  stage: EvaluationStageSchema,
  level: EvaluationLevelSchema,
  /** Reason codes from the EvaluationReasonList named by reasonListVersion. */
  reasons: z.array(IdSchema).check(z.maxLength(20)),
  comment: z.optional(plainCommentSchema(500)),
  channel: EvaluationChannelSchema,
  reasonListVersion: IdSchema,
  anonymous: z.boolean(),
};

function checkReasons(input: { level: EvaluationLevel; reasons: string[] }, ctx: z.core.$RefinementCtx): void {
  if (isNegativeLevel(input.level) && input.reasons.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'A rating of 1 or 2 (差评) needs at least one reason', params: { code: 'reasons_required', messages: label('差评（1–2 分）请至少选择一项原因', '差評（1–2 分）請至少選擇一項原因', 'A rating of 1 or 2 (差评) needs at least one reason') } });
  }
  if (new Set(input.reasons).size !== input.reasons.length) {
    ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'Reasons are listed once each', params: { code: 'duplicate_id', messages: label('每项原因只能选择一次', '每項原因只能選擇一次', 'Reasons are listed once each') } });
  }
}

/**
 * POST /v1/applications/{caseNumber}/evaluations body. The case number is the path's, not repeated in the
 * body, so the two can never disagree. 差评 (levels 1–2) need at least one reason (domain.md §3.3).
 */
export const EvaluationInputSchema = z.strictObject(evaluationInputShape).check(z.superRefine(checkReasons, whenValid('level', 'reasons')));
/** Evaluation input. */
export type EvaluationInput = z.infer<typeof EvaluationInputSchema>;

/**
 * POST /v1/admin/cases/{caseNumber}/evaluations body: a rating the citizen gave by phone, SMS or on paper,
 * entered by the back office, with the time the citizen gave it (a paper form is entered days later).
 */
export const RecordedEvaluationInputSchema = z.strictObject({ ...evaluationInputShape, at: z.optional(TimestampSchema) }).check(z.superRefine(checkReasons, whenValid('level', 'reasons')));
/** Back-office evaluation input. */
export type RecordedEvaluationInput = z.infer<typeof RecordedEvaluationInputSchema>;

/** A stored evaluation (好差评). */
export const EvaluationSchema = z.object({
  id: IdSchema,
  caseNumber: CaseNumberSchema,
  stage: EvaluationStageSchema,
  level: EvaluationLevelSchema,
  isNegative: z.boolean(),
  reasons: z.array(IdSchema).check(z.maxLength(20)),
  comment: z.optional(storableString().check(z.maxLength(500))),
  channel: EvaluationChannelSchema,
  reasonListVersion: IdSchema,
  anonymous: z.boolean(),
  createdAt: TimestampSchema,
  /** 差评 only: the 整改 record it opened, with its 回访. */
  rectification: z.optional(RectificationSchema),
});
/** A stored evaluation. */
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** GET /v1/applications/{caseNumber}/evaluations response: the case's ratings, acceptance first. */
export const CaseEvaluationsSchema = z.object({ evaluations: z.array(EvaluationSchema).check(z.maxLength(2)) });
/** A case's ratings. */
export type CaseEvaluations = z.infer<typeof CaseEvaluationsSchema>;

/** Which 好差评 indicator set a reason belongs to: 线上, 线下 or both. */
export const EVALUATION_REASON_CHANNEL_LABELS = {
  online: label('线上评价', '線上評價', 'Online'),
  offline: label('线下评价', '線下評價', 'In person'),
  both: label('线上线下', '線上線下', 'Online and in person'),
} as const;
/** Reason channel schema. */
export const EvaluationReasonChannelSchema = enumFromLabels(EVALUATION_REASON_CHANNEL_LABELS);

/** One selectable reason (评价内容). */
export const EvaluationReasonSchema = z.object({
  code: IdSchema,
  label: LocalizedLabelSchema,
  appliesToLevels: z.array(EvaluationLevelSchema).check(z.minLength(1), z.maxLength(5)),
  /** 线上评价 / 线下评价 indicator sets differ (domain.md §3.3). */
  channel: EvaluationReasonChannelSchema,
});
/** One selectable reason. */
export type EvaluationReason = z.infer<typeof EvaluationReasonSchema>;

/** The versioned reason list (GB/T 39734 附录A is not public, so the list is configuration, not code). */
export const EvaluationReasonListSchema = z.object({
  version: IdSchema,
  reasons: z.array(EvaluationReasonSchema).check(z.minLength(1), z.maxLength(200)),
});
/** The versioned reason list. */
export type EvaluationReasonList = z.infer<typeof EvaluationReasonListSchema>;
