import * as z from 'zod/mini';
import {
  MaterialFormSchema, MaterialNecessitySchema, MaterialSourceSchema, MaterialTypeSchema,
} from './material-enums.js';
import { IdSchema, textSchema } from './primitives.js';
import { LinkSchema } from './safe-text.js';
import { MaterialConditionSchema } from './situation.js';

/** 电子证照 link of a material: `exempt` = 免提交, the government fetches it (domain.md §1.3 C). */
export const ELicenseSchema = z.object({
  exempt: z.boolean(),
  licenseType: z.optional(textSchema(200)),
});
/** 电子证照 link of a material. */
export type ELicense = z.infer<typeof ELicenseSchema>;

/** One 申请材料 of a matter (national `up_task_general_material` plus the e-licence extension). */
export const MaterialSchema = z.object({
  id: IdSchema,
  name: textSchema(500),
  order: z.number().check(z.int(), z.nonnegative()),
  necessity: MaterialNecessitySchema,
  type: z.optional(MaterialTypeSchema),
  form: MaterialFormSchema,
  source: MaterialSourceSchema,
  sourceNote: z.optional(textSchema(1000)),
  /** 适用情形: when the material applies (e.g. 委托代理时). */
  situation: z.optional(textSchema(500)),
  /**
   * 情景导办: the answers to the matter's `situations` under which the material applies (`necessity` then holds);
   * absent, it always applies. `situation` stays the human-readable wording of the same rule.
   */
  condition: z.optional(MaterialConditionSchema),
  originalCopies: z.number().check(z.int(), z.nonnegative(), z.lte(100)),
  photocopies: z.number().check(z.int(), z.nonnegative(), z.lte(100)),
  pageSpec: z.optional(textSchema(200)),
  signRequirement: z.optional(textSchema(500)),
  blankFormUrl: z.optional(LinkSchema),
  sampleUrl: z.optional(LinkSchema),
  fillNote: z.optional(textSchema(2000)),
  acceptStandard: z.optional(textSchema(2000)),
  basis: z.optional(textSchema(2000)),
  eLicense: z.optional(ELicenseSchema),
});
/** One 申请材料 of a matter. */
export type Material = z.infer<typeof MaterialSchema>;
