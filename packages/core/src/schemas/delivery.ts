import * as z from 'zod/mini';
import { enumFromLabels, label } from './labels.js';
import { IdSchema, textSchema } from './primitives.js';

/**
 * 结果送达方式 labels. `bank_branch`: the licence is picked up at a partner bank's branch (银行网点领取), one of the
 * service points banks run for the government (domain.md §6.3).
 */
export const DELIVERY_METHOD_LABELS = {
  e_license: label('电子证照', '電子證照', 'Electronic licence'),
  electronic: label('电子送达', '電子送達', 'Electronic delivery'),
  window: label('窗口领取', '窗口領取', 'Pick up at the service window'),
  post: label('邮寄送达', '郵寄送達', 'By post'),
  bank_branch: label('银行网点领取', '銀行網點領取', 'Pick up at a partner bank branch'),
} as const;
/** 结果送达方式 schema. */
export const DeliveryMethodSchema = enumFromLabels(DELIVERY_METHOD_LABELS);
/** 结果送达方式. */
export type DeliveryMethod = z.infer<typeof DeliveryMethodSchema>;

/** How the applicant receives the result, as the case records it (the branch resolved to the partner's own record). */
export const DeliverySchema = z.object({
  method: DeliveryMethodSchema,
  /** `bank_branch`: the pick-up branch. */
  branch: z.optional(z.object({ partner: IdSchema, id: IdSchema, name: textSchema(200) })),
});
/** How the applicant receives the result. */
export type Delivery = z.infer<typeof DeliverySchema>;
