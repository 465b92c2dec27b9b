import * as z from 'zod/mini';
import { storableString } from './storable.js';

/** Largest page a list returns (nothing returns unbounded arrays). */
export const MAX_PAGE_SIZE = 100;
/** Page size when `limit` is absent. */
export const DEFAULT_PAGE_SIZE = 20;

/** Opaque cursor returned as `nextCursor` and sent back as `cursor`. */
export const CursorSchema = storableString().check(z.minLength(1), z.maxLength(500));

/** A page of items; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Schema of a page of `item`. */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item).check(z.maxLength(MAX_PAGE_SIZE)),
    nextCursor: z.nullable(CursorSchema),
  });
}

/**
 * `limit` query parameter: query strings are text, so it is coerced; bounded 1..100. Absent means the server
 * default (DEFAULT_PAGE_SIZE).
 */
export const LimitParamSchema = z.coerce.number().check(z.int(), z.gte(1), z.lte(MAX_PAGE_SIZE));

/** Boolean query parameter: only `true` / `false` (z.coerce.boolean would read "false" as true). */
export const BooleanParamSchema = z.enum(['true', 'false']);
