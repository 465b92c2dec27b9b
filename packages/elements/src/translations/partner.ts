import { stringTable } from './types.js';
import { partner as zhCN } from './zh-CN/partner.js';
import { partner as zhTW } from './zh-TW/partner.js';
import { partner as en } from './en/partner.js';

/** Strings of `<zwfw-partner-cases>` (帮办代办 partner view); a page overrides them as `partner.<key>`. */
export const partnerStrings = stringTable('partner', zhCN, zhTW, en);
