import * as z from 'zod';
import {
  EvaluationChannelSchema, EvaluationLevelSchema, EvaluationStageSchema, isNegativeLevel,
} from './evaluation-enums.js';
import { LocalizedLabelSchema } from './labels.js';
import { CaseNumberSchema, IdSchema, TimestampSchema } from './primitives.js';
import { whenValid } from './refine.js';

/**
 * POST /v1/applications/{caseNumber}/evaluations body. The case number is the path's, not repeated in the
 * body, so the two can never disagree. 差评 (levels 1–2) need at least one reason (domain.md §3.3).
 */
export const EvaluationInputSchema = z.object({
  stage: EvaluationStageSchema,
  level: EvaluationLevelSchema,
  /** Reason codes from the EvaluationReasonList named by reasonListVersion. */
  reasons: z.array(IdSchema).max(20),
  comment: z.string().trim().max(500).optional(),
  channel: EvaluationChannelSchema,
  reasonListVersion: IdSchema,
  anonymous: z.boolean(),
}).strict().superRefine((input, ctx) => {
  if (isNegativeLevel(input.level) && input.reasons.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'A rating of 1 or 2 (差评) needs at least one reason', params: { code: 'reasons_required' } });
  }
  if (new Set(input.reasons).size !== input.reasons.length) {
    ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'Reasons are listed once each', params: { code: 'duplicate_id' } });
  }
}, whenValid('level', 'reasons'));
/** Evaluation input. */
export type EvaluationInput = z.infer<typeof EvaluationInputSchema>;

/** A stored evaluation (好差评). */
export const EvaluationSchema = z.object({
  id: IdSchema,
  caseNumber: CaseNumberSchema,
  stage: EvaluationStageSchema,
  level: EvaluationLevelSchema,
  isNegative: z.boolean(),
  reasons: z.array(IdSchema).max(20),
  comment: z.string().max(500).optional(),
  channel: EvaluationChannelSchema,
  reasonListVersion: IdSchema,
  anonymous: z.boolean(),
  createdAt: TimestampSchema,
});
/** A stored evaluation. */
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** One selectable reason (评价内容). */
export const EvaluationReasonSchema = z.object({
  code: IdSchema,
  label: LocalizedLabelSchema,
  appliesToLevels: z.array(EvaluationLevelSchema).min(1).max(5),
  /** 线上评价 / 线下评价 indicator sets differ (domain.md §3.3). */
  channel: z.enum(['online', 'offline', 'both']),
});
/** One selectable reason. */
export type EvaluationReason = z.infer<typeof EvaluationReasonSchema>;

/** The versioned reason list (GB/T 39734 附录A is not public, so the list is configuration, not code). */
export const EvaluationReasonListSchema = z.object({
  version: IdSchema,
  reasons: z.array(EvaluationReasonSchema).min(1).max(200),
});
/** The versioned reason list. */
export type EvaluationReasonList = z.infer<typeof EvaluationReasonListSchema>;
