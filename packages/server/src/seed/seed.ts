import { exampleEvaluationReasonList, EvaluationReasonListSchema } from '@zwfw/core';
import { readFileSync } from 'node:fs';
import { DEMO_ORIGINS, DEMO_PUBLISHABLE_KEY, createPartnerKey } from '../auth/keys.js';
import type { Db } from '../db/types.js';
import { getReasonList } from '../repo/catalogue-read.js';
import { saveCatalogue, saveReasonList, type CatalogueData, type CatalogueWriteResult } from '../repo/catalogue-write.js';
import { sampleCatalogue } from './catalogue-source.js';

/** What seeding did. */
export interface SeedResult {
  catalogue: (CatalogueWriteResult & { source: string }) | undefined;
  demoKey: string;
}

/**
 * Makes a migrated database usable: the catalogue when it has no matters (or `force`), the demo key, and a
 * 好差评 reason list (from ZWFW_EVALUATION_REASONS, a JSON file, when set: the list is configuration).
 * Idempotent, so every start may call it.
 */
export async function seed(
  db: Db,
  options: { force?: boolean; catalogue?: CatalogueData; reasonsFile?: string | undefined } = {},
): Promise<SeedResult> {
  let catalogue: SeedResult['catalogue'];
  const count = await db.query<{ n: number }>('select count(*)::int as n from matters');
  if (options.force || Number(count[0]?.n ?? 0) === 0) {
    const source = options.catalogue ? { source: 'given', data: options.catalogue } : await sampleCatalogue();
    catalogue = { ...(await saveCatalogue(db, source.data)), source: source.source };
  }
  await createPartnerKey(db, { key: DEMO_PUBLISHABLE_KEY, name: 'Demo pages (local only)', origins: [...DEMO_ORIGINS], ifAbsent: true });
  if (options.reasonsFile) {
    const list = EvaluationReasonListSchema.parse(JSON.parse(readFileSync(options.reasonsFile, 'utf8')));
    await db.transaction((tx) => saveReasonList(tx, list));
  } else if ((await getReasonList(db)) === undefined) {
    await db.transaction((tx) => saveReasonList(tx, exampleEvaluationReasonList));
  }
  return { catalogue, demoKey: DEMO_PUBLISHABLE_KEY };
}
