import type { Region, RegionListQuery } from '@zwfw/core';
import { routes } from '@zwfw/core/light';
import { callOperation } from '../operation.js';
import { PageIterator, type Page } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

/** Filters of `regions.list`: `parent` lists its children; without it, the top level. */
export type RegionListFilter = Omit<RegionListQuery, 'cursor'>;

/** 行政区划 (GB/T 2260 regions), for cascaders and region filters. */
export interface RegionsResource {
  /**
   * Regions under `parent` (or the top level), fetched page by page as you iterate.
   * @example const districts = await client.regions.list({ parent: '340100' }).toArray();
   */
  list(filter?: RegionListFilter, options?: CallOptions): PageIterator<Region>;
  /** One page of regions. */
  page(query?: RegionListQuery, options?: CallOptions): Promise<Page<Region>>;
}

/** @internal */
export function createRegions(transport: Transport): RegionsResource {
  const page = (query?: RegionListQuery, options?: CallOptions): Promise<Page<Region>> =>
    callOperation(transport, 'regions.list', routes.listRegions, () => import('../operations/list-regions.js'), { query: { ...query } }, options);
  return {
    page,
    list: (filter, options = {}) => new PageIterator((cursor, o) => page({ ...filter, ...(cursor === undefined ? {} : { cursor }) }, o), undefined, options),
  };
}
