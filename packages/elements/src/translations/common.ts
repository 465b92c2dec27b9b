import { stringTable } from './types.js';
import { common as zhCN } from './zh-CN/common.js';
import { common as zhTW } from './zh-TW/common.js';
import { common as en } from './en/common.js';

/** Strings every element shares (loading, retry, plain-language errors). */
export const commonStrings = stringTable('common', zhCN, zhTW, en);
