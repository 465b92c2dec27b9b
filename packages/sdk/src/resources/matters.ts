import type { Matter, MatterListQueryInput, MatterSummary } from '@zwfw/core';
import { routes } from '@zwfw/core/light';
import { callOperation } from '../operation.js';
import { PageIterator, type Page } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';
import { requireString } from './args.js';

/** Filters of `matters.list` (everything of `GET /v1/matters` except the cursor, which the iterator handles). */
export type MatterListFilter = Omit<MatterListQueryInput, 'cursor'>;

/** 事项 (matters): the catalogue of government services. */
export interface MattersResource {
  /**
   * All matters matching `filter`, fetched page by page as you iterate.
   * @example
   * for await (const m of client.matters.list({ audience: 'natural_person' })) console.log(m.code, m.name);
   * const firstPage = await client.matters.list({ limit: 20 }).first();
   */
  list(filter?: MatterListFilter, options?: CallOptions): PageIterator<MatterSummary>;
  /**
   * One page (for "load more" UIs that keep the cursor themselves).
   * @example const { items, nextCursor } = await client.matters.page({ limit: 20, cursor });
   */
  page(query?: MatterListQueryInput, options?: CallOptions): Promise<Page<MatterSummary>>;
  /**
   * The full guide (办事指南) of a matter by its code (实施编码 / 业务办理项编码).
   * @example const matter = await client.matters.get('11340100MB1234567X4000111222000');
   */
  get(code: string, options?: CallOptions): Promise<Matter>;
}

/** Queries are sent as strings; booleans/numbers are stringified by the transport. */
function toQuery(q: MatterListQueryInput | undefined): Record<string, string | number | boolean | undefined> {
  return { ...(q as Record<string, string | number | boolean | undefined> | undefined) };
}

/** @internal */
export function createMatters(transport: Transport): MattersResource {
  const page = (query?: MatterListQueryInput, options?: CallOptions): Promise<Page<MatterSummary>> =>
    callOperation(transport, 'matters.list', routes.listMatters, () => import('../operations/list-matters.js'), { query: toQuery(query) }, options);
  return {
    page,
    list: (filter, options = {}) => new PageIterator((cursor, o) => page({ ...filter, ...(cursor === undefined ? {} : { cursor }) }, o), undefined, options),
    get(code, options) {
      requireString(code, 'code', 'matters.get', "client.matters.get('11340100MB1234567X4000111222000')");
      return callOperation(transport, 'matters.get', routes.getMatter, () => import('../operations/get-matter.js'), { params: { code } }, options);
    },
  };
}
