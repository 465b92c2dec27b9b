import { stringTable } from './types.js';
import { form as zhCN } from './zh-CN/form.js';
import { form as zhTW } from './zh-TW/form.js';
import { form as en } from './en/form.js';

/** Strings of `<zwfw-form>` and `<zwfw-business-registration>` (namespace `form`, e.g. `form.submit`). */
export const formStrings = stringTable('form', zhCN, zhTW, en);
/** A key of the form's strings. */
export type FormKey = keyof (typeof formStrings)['zh-CN'];
