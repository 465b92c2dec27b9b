import {
  exampleBundle, exampleEvaluationReasonList, exampleFormSpec, exampleMatter, exampleRegions,
} from '@zwfw/core';
import type { CatalogueData } from '../repo/catalogue-write.js';

/** What the sample catalogue generator (src/catalogue, written separately) exports. */
interface CatalogueModule {
  generateCatalogue(): CatalogueData;
}

/**
 * The catalogue a fresh database is seeded with: the illustrative district catalogue from src/catalogue
 * when it is present, otherwise the tiny core examples (one matter with a form, one bundle, regions, reasons).
 * The module is loaded by a computed specifier so the server builds and runs while the generator is
 * being written; replace with a static import once it has landed.
 */
export async function sampleCatalogue(): Promise<{ source: 'generated' | 'examples'; data: CatalogueData }> {
  const specifier = '../catalogue/index.js';
  try {
    const mod = (await import(specifier)) as Partial<CatalogueModule>;
    if (typeof mod.generateCatalogue === 'function') return { source: 'generated', data: mod.generateCatalogue() };
  } catch (err) {
    if (!isModuleNotFound(err)) throw err;
  }
  return { source: 'examples', data: exampleCatalogue() };
}

/** The core examples as a catalogue (tests seed this: small and fast). */
export function exampleCatalogue(): CatalogueData {
  // The example bundle's steps name placeholder matters; its merged form is not in core, so only the
  // bundle itself is listed (its form endpoint answers 404 until the generated catalogue provides one).
  return {
    matters: [exampleMatter],
    bundles: [exampleBundle],
    forms: [exampleFormSpec],
    regions: exampleRegions,
    evaluationReasons: exampleEvaluationReasonList,
  };
}

function isModuleNotFound(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : undefined;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}
