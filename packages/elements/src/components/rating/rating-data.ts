import {
  ONLINE_EVALUATION_CHANNELS, type Case, type EvaluationChannel, type EvaluationLevel,
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
