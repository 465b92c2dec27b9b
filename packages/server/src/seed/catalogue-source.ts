import {
  exampleBundle, exampleEvaluationReasonList, exampleFormSpec, exampleMatter, exampleRegions,
} from '@zwfw/core';
import { generateCatalogue } from '../catalogue/index.js';
import type { CatalogueData } from '../repo/catalogue-write.js';

/** The catalogue a fresh database is seeded with: the illustrative district catalogue (src/catalogue). */
export async function sampleCatalogue(): Promise<{ source: 'generated'; data: CatalogueData }> {
  return { source: 'generated', data: generateCatalogue() };
}

/** The core examples as a tiny catalogue (tests seed this: small and fast). */
export function exampleCatalogue(): CatalogueData {
  // The example bundle's steps name placeholder matters and core has no merged form for it, so only the
  // bundle itself is listed (its form endpoint answers 404).
  return {
    matters: [exampleMatter],
    bundles: [exampleBundle],
    forms: [exampleFormSpec],
    regions: exampleRegions,
    evaluationReasons: exampleEvaluationReasonList,
  };
}
