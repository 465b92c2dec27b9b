import * as z from 'zod/mini';
import { AudienceSchema } from './matter-enums.js';
import { whenValid } from './refine.js';
import { IdSchema, MatterCodeSchema, TimeLimitSchema, textSchema } from './primitives.js';

/** One matter inside a bundle: steps with the same `order` run in parallel (e.g. 刻章, 发票, 社保 after 设立登记). */
export const BundleStepSchema = z.object({
  matterCode: MatterCodeSchema,
  order: z.number().check(z.int(), z.nonnegative()),
  /** Steps sharing a group id run in parallel within their order. */
  parallelGroup: z.optional(IdSchema),
  /** The applicant may opt out of this step (e.g. 银行预约开户). */
  optional: z.optional(z.boolean()),
  name: z.optional(textSchema(200)),
});
/** One matter inside a bundle. */
export type BundleStep = z.infer<typeof BundleStepSchema>;

/** A 一件事 bundle: several matters, one merged form (一张表单). */
export const BundleSchema = z.object({
  id: IdSchema,
  name: textSchema(200),
  description: textSchema(4000),
  audience: z.array(AudienceSchema).check(z.minLength(1), z.maxLength(7)),
  steps: z.array(BundleStepSchema).check(z.minLength(1), z.maxLength(50)),
  formId: IdSchema,
  /**
   * The 一件事 entry of the matter list this bundle delivers (the national list numbers them 0004…): a search
   * hit on that matter offers the bundle.
   */
  matterCode: z.optional(MatterCodeSchema),
  promisedTimeLimit: z.optional(TimeLimitSchema),
  onSiteVisits: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(10))),
  keywords: z.optional(z.array(textSchema(50)).check(z.maxLength(100))),
}).check(z.superRefine((b, ctx) => {
  const seen = new Set<string>();
  b.steps.forEach((step, i) => {
    if (seen.has(step.matterCode)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'matterCode'], message: `Matter ${step.matterCode} appears twice`, params: { code: 'duplicate_id' } });
    seen.add(step.matterCode);
  });
}, whenValid('steps')));
/** A 一件事 bundle. */
export type Bundle = z.infer<typeof BundleSchema>;

/** Steps grouped by order: each inner array runs in parallel, the outer array in sequence. */
export function bundleStages(bundle: Bundle): BundleStep[][] {
  const byOrder = new Map<number, BundleStep[]>();
  for (const step of bundle.steps) byOrder.set(step.order, [...(byOrder.get(step.order) ?? []), step]);
  return [...byOrder.entries()].sort(([a], [b]) => a - b).map(([, steps]) => steps);
}
