import {
  DEFAULT_PAGE_SIZE, MatterTypeSchema, isExOfficio, queryIncludesExOfficio, type Bundle, type BundleListQuery, type EvaluationReasonList, type FormSpec, type Matter,
  type MatterListQuery, type MatterSummary, type Region, type RegionListQuery,
} from '@zwfw/core';
import type { Queryable } from '../db/types.js';
import { decodeCursor, toPage } from './cursor.js';

/** A page as the API returns it. */
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

const EX_OFFICIO_TYPES = MatterTypeSchema.options.filter(isExOfficio);

/** GET /v1/matters: filters map onto indexed columns; keyset pagination on code. */
export async function listMatters(db: Queryable, q: MatterListQuery): Promise<PageOf<MatterSummary>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (q.audience !== undefined) add((p) => `${p} = any(audience)`, q.audience);
  if (q.department !== undefined) add((p) => `agency_code = ${p}`, q.department);
  if (q.theme !== undefined) add((p) => `${p} = any(themes)`, q.theme);
  if (q.type !== undefined) add((p) => `type = ${p}`, q.type);
  if (q.level !== undefined) add((p) => `${p} = any(level)`, q.level);
  if (q.online !== undefined) add((p) => `is_online = ${p}`, q.online === 'true');
  if (q.onSiteVisits !== undefined) add((p) => `on_site_visits <= ${p}`, q.onSiteVisits);
  if (q.handleArea !== undefined) add((p) => `handle_area = ${p}`, q.handleArea);
  if (q.region !== undefined) add((p) => `region_code = ${p}`, q.region);
  if (!queryIncludesExOfficio(q)) add((p) => `type <> all(${p})`, EX_OFFICIO_TYPES);
  const after = decodeCursor(q.cursor);
  if (after !== undefined) add((p) => `code > ${p}`, after);
  const limit = q.limit ?? DEFAULT_PAGE_SIZE;
  params.push(limit + 1);
  const rows = await db.query<{ code: string; summary: MatterSummary }>(
    `select code, summary from matters ${where.length ? `where ${where.join(' and ')}` : ''}
     order by code limit $${params.length}`,
    params,
  );
  const page = toPage(rows, limit, (r) => r.code);
  return { items: page.items.map((r) => r.summary), nextCursor: page.nextCursor };
}

/** One matter's full guide. */
export async function getMatter(db: Queryable, code: string): Promise<Matter | undefined> {
  const rows = await db.query<{ doc: Matter }>('select doc from matters where code = $1', [code]);
  return rows[0]?.doc;
}

/** Every matter (search index build). */
export async function allMatters(db: Queryable): Promise<Matter[]> {
  const rows = await db.query<{ doc: Matter }>('select doc from matters order by code');
  return rows.map((r) => r.doc);
}

/** A form by id. */
export async function getForm(db: Queryable, id: string): Promise<FormSpec | undefined> {
  const rows = await db.query<{ doc: FormSpec }>('select doc from forms where id = $1', [id]);
  return rows[0]?.doc;
}

/** GET /v1/bundles. */
export async function listBundles(db: Queryable, q: BundleListQuery): Promise<PageOf<Bundle>> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (q.audience !== undefined) {
    params.push(q.audience);
    where.push(`$${params.length} = any(audience)`);
  }
  const after = decodeCursor(q.cursor);
  if (after !== undefined) {
    params.push(after);
    where.push(`id > $${params.length}`);
  }
  const limit = q.limit ?? DEFAULT_PAGE_SIZE;
  params.push(limit + 1);
  const rows = await db.query<{ id: string; doc: Bundle }>(
    `select id, doc from bundles ${where.length ? `where ${where.join(' and ')}` : ''} order by id limit $${params.length}`,
    params,
  );
  const page = toPage(rows, limit, (r) => r.id);
  return { items: page.items.map((r) => r.doc), nextCursor: page.nextCursor };
}

/** One bundle. */
export async function getBundle(db: Queryable, id: string): Promise<Bundle | undefined> {
  const rows = await db.query<{ doc: Bundle }>('select doc from bundles where id = $1', [id]);
  return rows[0]?.doc;
}

/** GET /v1/regions: children of `parent`, or the top level (regions without a parent). */
export async function listRegions(db: Queryable, q: RegionListQuery): Promise<PageOf<Region>> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (q.parent !== undefined) {
    params.push(q.parent);
    where.push(`parent_code = $${params.length}`);
  } else {
    where.push('parent_code is null');
  }
  const after = decodeCursor(q.cursor);
  if (after !== undefined) {
    params.push(after);
    where.push(`code > $${params.length}`);
  }
  const limit = q.limit ?? DEFAULT_PAGE_SIZE;
  params.push(limit + 1);
  const rows = await db.query<{ code: string; doc: Region }>(
    `select code, doc from regions where ${where.join(' and ')} order by code limit $${params.length}`,
    params,
  );
  const page = toPage(rows, limit, (r) => r.code);
  return { items: page.items.map((r) => r.doc), nextCursor: page.nextCursor };
}

/** The current 好差评 reason list, or a given version (evaluations validate against the version they name). */
export async function getReasonList(db: Queryable, version?: string): Promise<EvaluationReasonList | undefined> {
  const rows = version === undefined
    ? await db.query<{ doc: EvaluationReasonList }>('select doc from evaluation_reason_lists where is_current')
    : await db.query<{ doc: EvaluationReasonList }>('select doc from evaluation_reason_lists where version = $1', [version]);
  return rows[0]?.doc;
}
