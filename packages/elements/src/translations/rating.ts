import { stringTable } from './types.js';
import { rating as zhCN } from './zh-CN/rating.js';
import { rating as zhTW } from './zh-TW/rating.js';
import { rating as en } from './en/rating.js';

/** Strings of `<zwfw-rating>` (namespace `rating`, so a page overrides e.g. `rating.submit`). */
export const ratingStrings = stringTable('rating', zhCN, zhTW, en);
