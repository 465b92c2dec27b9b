import type { EvaluationReasonList } from '@zwfw/core';
import { EvaluationReasonsSchema, loadDataFile } from './data-files.js';

/** The versioned 好差评 reason list from data/evaluation-reasons.json. */
export function generateEvaluationReasons(): EvaluationReasonList {
  const data = loadDataFile('evaluation-reasons.json', EvaluationReasonsSchema);
  return {
    version: data.version,
    reasons: data.reasons.map((r) => ({
      code: r.code,
      label: { 'zh-CN': r['zh-CN'], 'zh-TW': r['zh-TW'], en: r.en },
      appliesToLevels: [...r.levels],
      channel: r.channel,
    })),
  };
}
