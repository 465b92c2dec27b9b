import * as z from 'zod/mini';
import { enumFromLabels, label, type LocalizedLabel } from './labels.js';

/** 评价阶段 labels (Guangdong evalProcess 1 受理 / 2 办结; one evaluation per case per stage). */
export const EVALUATION_STAGE_LABELS = {
  acceptance: label('受理', '受理', 'Acceptance'),
  conclusion: label('办结', '辦結', 'Conclusion'),
} as const;
/** 评价阶段 schema. */
export const EvaluationStageSchema = enumFromLabels(EVALUATION_STAGE_LABELS);
/** 评价阶段. */
export type EvaluationStage = z.infer<typeof EvaluationStageSchema>;

/** 评价等级 values, 1 (worst) to 5 (best), the numeric encoding used by live APIs (domain.md §3.2). */
export const EVALUATION_LEVELS = [1, 2, 3, 4, 5] as const;
/** 评价等级 schema. */
export const EvaluationLevelSchema = z.literal(EVALUATION_LEVELS);
/** 评价等级. */
export type EvaluationLevel = z.infer<typeof EvaluationLevelSchema>;

/** Facts about one evaluation level. */
export interface EvaluationLevelInfo {
  readonly labels: LocalizedLabel;
  readonly stars: number;
  /** 差评: needs at least one reason and triggers rectification (整改). */
  readonly isNegative: boolean;
}

/** 评价等级 labels and 差评 flag (levels 1–2 are 差评). */
export const EVALUATION_LEVEL_INFO: Readonly<Record<EvaluationLevel, EvaluationLevelInfo>> = {
  1: { labels: label('非常不满意', '非常不滿意', 'Very dissatisfied'), stars: 1, isNegative: true },
  2: { labels: label('不满意', '不滿意', 'Dissatisfied'), stars: 2, isNegative: true },
  3: { labels: label('基本满意', '基本滿意', 'Fairly satisfied'), stars: 3, isNegative: false },
  4: { labels: label('满意', '滿意', 'Satisfied'), stars: 4, isNegative: false },
  5: { labels: label('非常满意', '非常滿意', 'Very satisfied'), stars: 5, isNegative: false },
};

/** Whether a level is 差评 (1–2). */
export function isNegativeLevel(level: EvaluationLevel): boolean {
  return EVALUATION_LEVEL_INFO[level].isNegative;
}

/** 评价渠道 labels (domain.md §3.4). */
export const EVALUATION_CHANNEL_LABELS = {
  web: label('政务服务网', '政務服務網', 'Web portal'),
  app: label('政务服务APP', '政務服務APP', 'Mobile app'),
  mini_program: label('小程序', '小程式', 'Mini program'),
  window_device: label('窗口评价器', '窗口評價器', 'Window rating device'),
  terminal: label('自助终端', '自助終端', 'Self-service terminal'),
  hotline: label('12345热线', '12345熱線', '12345 hotline'),
  sms: label('短信', '簡訊', 'SMS'),
  paper: label('书面评价表', '書面評價表', 'Paper form'),
} as const;
/** 评价渠道 schema. */
export const EvaluationChannelSchema = enumFromLabels(EVALUATION_CHANNEL_LABELS);
/** 评价渠道. */
export type EvaluationChannel = z.infer<typeof EvaluationChannelSchema>;

/** Online channels: reason lists distinguish 线上评价 and 线下评价 indicators (domain.md §3.3). */
export const ONLINE_EVALUATION_CHANNELS: readonly EvaluationChannel[] = ['web', 'app', 'mini_program'];

/**
 * Who records a rating. `website`: a page the citizen uses alone; `counter`: a device at a service window or
 * bank counter, where the citizen is present; `back_office`: staff entering a rating the citizen gave by
 * phone, SMS or on paper (the same kinds as the server's partner keys, plus the back office).
 */
export type EvaluationRecorder = 'website' | 'counter' | 'back_office';

const RECORDER_CHANNELS: Readonly<Record<EvaluationRecorder, readonly EvaluationChannel[]>> = {
  website: ONLINE_EVALUATION_CHANNELS,
  counter: [...ONLINE_EVALUATION_CHANNELS, 'window_device', 'terminal'],
  // A call, a text or a paper form reaches the back office, never a partner's page or device.
  back_office: ['hotline', 'sms', 'paper'],
};

/** The channels a rating recorded by `recorder` may claim (a website cannot claim a hall's rating device). */
export function evaluationChannelsFor(recorder: EvaluationRecorder): readonly EvaluationChannel[] {
  return RECORDER_CHANNELS[recorder];
}
