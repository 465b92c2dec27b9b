import { exampleEvaluationReasonList, EvaluationReasonListSchema, type EvaluationReasonList } from '@zwfw/core';
import { readFileSync } from 'node:fs';
import {
  DEMO_COUNTER_KEY, DEMO_ORIGINS, DEMO_PARTNER, DEMO_PUBLISHABLE_KEY, createPartner, createPartnerKey,
} from '../auth/keys.js';
import type { Db } from '../db/types.js';
import { getReasonList } from '../repo/catalogue-read.js';
import { saveCatalogue, saveReasonList, writeCatalogue, type CatalogueData, type CatalogueWriteResult } from '../repo/catalogue-write.js';
import { sampleCatalogue } from './catalogue-source.js';

/** What seeding did. */
export interface SeedResult {
  catalogue: (CatalogueWriteResult & { source: string }) | undefined;
  demoKey: string;
  /** The demo partner's counter key (帮办代办 at a bank counter). */
  demoCounterKey: string;
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
  await createPartner(db, DEMO_PARTNER);
  await createPartnerKey(db, {
    key: DEMO_COUNTER_KEY, name: 'Demo bank counter (local only)', origins: [...DEMO_ORIGINS], kind: 'counter',
    partnerId: DEMO_PARTNER.id, ifAbsent: true,
  });
  if (options.reasonsFile) {
    const list = readReasonList(options.reasonsFile);
    await writeCatalogue(db, (tx) => saveReasonList(tx, list));
  } else if ((await getReasonList(db)) === undefined) {
    await writeCatalogue(db, (tx) => saveReasonList(tx, exampleEvaluationReasonList));
  }
  return { catalogue, demoKey: DEMO_PUBLISHABLE_KEY, demoCounterKey: DEMO_COUNTER_KEY };
}

/**
 * The reason list of ZWFW_EVALUATION_REASONS. A bad file stops the start with a message naming the variable,
 * the file and the first problems: serving with the wrong 好差评 list would misfile every 差评.
 */
export function readReasonList(file: string): EvaluationReasonList {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`ZWFW_EVALUATION_REASONS: cannot read ${file} as JSON (${(err as Error).message})`);
  }
  const parsed = EvaluationReasonListSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`ZWFW_EVALUATION_REASONS: ${file} is not an EvaluationReasonList: ${issues}`);
  }
  return parsed.data;
}
