import { stringTable } from './types.js';
import { progress as zhCN } from './zh-CN/progress.js';
import { progress as zhTW } from './zh-TW/progress.js';
import { progress as en } from './en/progress.js';

/** Strings of `<zwfw-progress>` (办件进度查询); a page overrides them as `progress.<key>`. */
export const progressStrings = stringTable('progress', zhCN, zhTW, en);
