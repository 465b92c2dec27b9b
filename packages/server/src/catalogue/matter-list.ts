import type { Audience, MatterType } from '@zwfw/core';
import { MATTER_LIST_ROWS as listJson } from './data/matter-list.js';
import { SUPPLEMENTARY_ROWS as supplementaryJson } from './data/supplementary-matters.js';

// The district's matter list: real national matter names shared with the search evaluation
// (scripts/sync-matter-list.mjs copies them), plus the few rows the bundles need that the list lacks.

/** One row of the district's matter list. */
export interface ListEntry {
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly type: MatterType;
  readonly audience: readonly Audience[];
  readonly themes: readonly string[];
  readonly keywords?: readonly string[];
  readonly parentCode?: string;
}

/** Every row, list order (main items before their sub-items). */
export const MATTER_LIST: readonly ListEntry[] = [
  ...(listJson as unknown as ListEntry[]),
  ...(supplementaryJson as unknown as ListEntry[]),
];
