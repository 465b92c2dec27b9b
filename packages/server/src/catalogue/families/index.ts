import type { Family } from './types.js';
import { housingFamilies } from './housing.js';
import { marketFamilies } from './market.js';
import { peopleFamilies } from './people.js';
import { socialFamilies } from './social.js';

/** Specific families, most specific first; matters no family claims get the generic template. */
export const FAMILIES: readonly Family[] = [...marketFamilies, ...housingFamilies, ...peopleFamilies, ...socialFamilies];

export { genericGuide } from './generic.js';
export type { Family, GuideTemplate, MatterContext, MaterialTemplate } from './types.js';
