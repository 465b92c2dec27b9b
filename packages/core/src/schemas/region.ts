import * as z from 'zod/mini';
import { enumFromLabels, label } from './labels.js';
import { RegionCodeSchema, textSchema } from './primitives.js';

/** 行政区划 level labels. */
export const REGION_LEVEL_LABELS = {
  province: label('省级', '省級', 'Province'),
  city: label('地级', '地級', 'Prefecture / city'),
  county: label('县级', '縣級', 'County / district'),
  township: label('乡级', '鄉級', 'Township / sub-district'),
  village: label('村级', '村級', 'Village / community'),
} as const;
/** 行政区划 level schema. */
export const RegionLevelSchema = enumFromLabels(REGION_LEVEL_LABELS);
/** 行政区划 level. */
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/** A GB/T 2260 administrative region. */
export const RegionSchema = z.object({
  code: RegionCodeSchema,
  name: textSchema(100),
  level: RegionLevelSchema,
  /** Null for provinces. */
  parentCode: z.nullable(RegionCodeSchema),
  /** More regions below this one (a cascader can show an expand arrow without fetching). */
  hasChildren: z.optional(z.boolean()),
});
/** A GB/T 2260 administrative region. */
export type Region = z.infer<typeof RegionSchema>;
