import type * as z from 'zod';
import { ListRowSchema, MatterListSchema, MatterSpecificsSchema, loadDataFile } from './data-files.js';

// The district's matter list: real national matter names, also the search evaluation's catalogue
// (`npm run gen:sample` writes that copy), plus the few rows the bundles need that the list lacks
// (银行开户预约 is a service of the 企业开办 platform, domain.md §6.1, not a department matter).

/** One row of the district's matter list. */
export type ListEntry = z.output<typeof ListRowSchema>;

/** The list rows the search evaluation shares (data/matter-list.json), list order. */
export const SHARED_MATTER_LIST: readonly ListEntry[] = loadDataFile('matter-list.json', MatterListSchema);

/** Matter-specific 受理条件 and 常见问题 by list code (data/matter-specifics.json). */
export type MatterSpecific = z.output<typeof MatterSpecificsSchema>[string];
export const MATTER_SPECIFICS: ReadonlyMap<string, MatterSpecific> = new Map(Object.entries(loadDataFile('matter-specifics.json', MatterSpecificsSchema)));

/**
 * The `n` most requested rows: popularity first, list order between equals. The search evaluation ranks by the
 * same popularity, so "most popular" means one thing across the packages.
 */
export function mostPopular(rows: readonly ListEntry[], n: number): ListEntry[] {
  return rows.map((row, i) => ({ row, i })).sort((a, b) => b.row.popularity - a.row.popularity || a.i - b.i).slice(0, n).map((x) => x.row);
}

/** Every row, list order (main items before their sub-items). */
export const MATTER_LIST: readonly ListEntry[] = [
  ...SHARED_MATTER_LIST,
  ...loadDataFile('supplementary-matters.json', MatterListSchema),
];
