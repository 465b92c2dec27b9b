import { stringTable } from './types.js';
import { guide as zhCN } from './zh-CN/guide.js';
import { guide as zhTW } from './zh-TW/guide.js';
import { guide as en } from './en/guide.js';

/** Strings of `<zwfw-guide>` (the 办事指南). */
export const guideStrings = stringTable('guide', zhCN, zhTW, en);

/** A key of `<zwfw-guide>`'s strings. */
export type GuideKey = keyof typeof zhCN;
