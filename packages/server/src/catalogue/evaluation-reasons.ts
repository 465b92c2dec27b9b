import type { EvaluationLevel, EvaluationReasonList } from '@zwfw/core';
import { EVALUATION_REASON_DATA as reasonsJson } from './data/evaluation-reasons.js';

interface ReasonRow {
  readonly code: string;
  readonly channel: 'online' | 'offline' | 'both';
  readonly levels: readonly number[];
  readonly 'zh-CN': string;
  readonly 'zh-TW': string;
  readonly en: string;
}

/** The versioned 好差评 reason list from data/evaluation-reasons.ts. */
export function generateEvaluationReasons(): EvaluationReasonList {
  const rows = reasonsJson.reasons as readonly ReasonRow[];
  return {
    version: reasonsJson.version,
    reasons: rows.map((r) => ({
      code: r.code,
      label: { 'zh-CN': r['zh-CN'], 'zh-TW': r['zh-TW'], en: r.en },
      appliesToLevels: r.levels as EvaluationLevel[],
      channel: r.channel,
    })),
  };
}
