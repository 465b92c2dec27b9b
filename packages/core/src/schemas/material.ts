import * as z from 'zod';
import {
  MaterialFormSchema, MaterialNecessitySchema, MaterialSourceSchema, MaterialTypeSchema,
} from './material-enums.js';
import { IdSchema, textSchema } from './primitives.js';
import { LinkSchema } from './safe-text.js';
import { MaterialConditionSchema } from './situation.js';

/** 电子证照 link of a material: `exempt` = 免提交, the government fetches it (domain.md §1.3 C). */
export const ELicenseSchema = z.object({
  exempt: z.boolean(),
  licenseType: textSchema(200).optional(),
});
/** 电子证照 link of a material. */
export type ELicense = z.infer<typeof ELicenseSchema>;

/** One 申请材料 of a matter (national `up_task_general_material` plus the e-licence extension). */
export const MaterialSchema = z.object({
  id: IdSchema,
  name: textSchema(500),
  order: z.number().int().nonnegative(),
  necessity: MaterialNecessitySchema,
  type: MaterialTypeSchema.optional(),
  form: MaterialFormSchema,
  source: MaterialSourceSchema,
  sourceNote: textSchema(1000).optional(),
  /** 适用情形: when the material applies (e.g. 委托代理时). */
  situation: textSchema(500).optional(),
  /**
   * 情景导办: the answers to the matter's `situations` under which the material applies (`necessity` then holds);
   * absent, it always applies. `situation` stays the human-readable wording of the same rule.
   */
  condition: MaterialConditionSchema.optional(),
  originalCopies: z.number().int().nonnegative().max(100),
  photocopies: z.number().int().nonnegative().max(100),
  pageSpec: textSchema(200).optional(),
  signRequirement: textSchema(500).optional(),
  blankFormUrl: LinkSchema.optional(),
  sampleUrl: LinkSchema.optional(),
  fillNote: textSchema(2000).optional(),
  acceptStandard: textSchema(2000).optional(),
  basis: textSchema(2000).optional(),
  eLicense: ELicenseSchema.optional(),
});
/** One 申请材料 of a matter. */
export type Material = z.infer<typeof MaterialSchema>;
