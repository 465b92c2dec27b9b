import { stringTable } from './types.js';
import { search as zhCN } from './zh-CN/search.js';
import { search as zhTW } from './zh-TW/search.js';
import { search as en } from './en/search.js';

/** Strings of `<zwfw-matter-search>` (page overrides use the `search.` prefix: `search.placeholder`). */
export const searchStrings = stringTable('search', zhCN, zhTW, en);
