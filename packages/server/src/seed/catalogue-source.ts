import {
  exampleBundle, exampleEvaluationReasonList, exampleFormSpec, exampleMatter, exampleRegions, label,
} from '@zwfw/core';
import { CATALOGUE_NOTICE_LABEL, generateCatalogue } from '../catalogue/index.js';
import type { CatalogueData } from '../repo/catalogue-write.js';

/** The catalogue a fresh database is seeded with: the illustrative district catalogue (src/catalogue). */
export async function sampleCatalogue(): Promise<{ source: 'generated'; data: CatalogueData }> {
  return { source: 'generated', data: { ...generateCatalogue(), notice: CATALOGUE_NOTICE_LABEL } };
}

/** Label of the core examples: they are as illustrative as the generated district. */
export const EXAMPLE_NOTICE = label(
  '示例数据：取自 @zwfw/core 的示例事项（示例市示例区），不是真实的政务服务数据。',
  '示例資料：取自 @zwfw/core 的示例事項（示例市示例區），不是真實的政務服務資料。',
  'Illustrative data: the example matters of @zwfw/core (an example district), not real government service data.',
);

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
    notice: EXAMPLE_NOTICE,
  };
}
