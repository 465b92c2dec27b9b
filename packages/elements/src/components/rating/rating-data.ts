import {
  ONLINE_EVALUATION_CHANNELS, type Case, type Evaluation, type EvaluationChannel, type EvaluationLevel,
  type EvaluationReason, type EvaluationReasonList, type EvaluationStage,
} from '@zwfw/core';

/**
 * The reasons to offer for a level on a channel: the list's reasons for that level whose indicator set
 * (线上 / 线下 / both) matches the channel, as the server checks them (domain.md §3.3).
 */
export function reasonsFor(list: EvaluationReasonList, level: EvaluationLevel, channel: EvaluationChannel): EvaluationReason[] {
  const online = ONLINE_EVALUATION_CHANNELS.includes(channel);
  return list.reasons.filter((r) => r.appliesToLevels.includes(level) && (r.channel === 'both' || (r.channel === 'online') === online));
}

/**
 * Whether the case has reached a stage (受理: accepted, or refused acceptance; 办结: concluded). Progress lists
 * only the stages still open for rating, so a stage that is reached but not listed has been rated.
 */
export function stageReached(c: Case, stage: EvaluationStage): boolean {
  return stage === 'acceptance' ? c.acceptedAt !== undefined || c.status === 'not_accepted' : c.concludedAt !== undefined;
}

// The API has no read of a stored evaluation (progress only says a stage is no longer open), so the ones
// rated in this browser tab are kept for the tab's lifetime to show them back; elsewhere the element says
// the stage was rated, without the details.
const key = (caseNumber: string, stage: EvaluationStage): string => `zwfw-rating:${caseNumber}:${stage}`;

/** Keeps an evaluation made in this tab. */
export function remember(evaluation: Evaluation): void {
  try {
    sessionStorage.setItem(key(evaluation.caseNumber, evaluation.stage), JSON.stringify(evaluation));
  } catch {
    // Storage blocked (private mode, sandboxed frame): the rated state shows without details.
  }
}

/** An evaluation made in this tab for a case and stage, if any. */
export function recall(caseNumber: string, stage: EvaluationStage): Evaluation | undefined {
  try {
    const stored = sessionStorage.getItem(key(caseNumber, stage));
    return stored ? (JSON.parse(stored) as Evaluation) : undefined;
  } catch {
    return undefined;
  }
}
