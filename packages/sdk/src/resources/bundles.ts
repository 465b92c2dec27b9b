import type { Bundle, BundleListQuery } from '@zwfw/core';
import { routes } from '@zwfw/core/light';
import { callOperation } from '../operation.js';
import { PageIterator, type Page } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';
import { requireString } from './args.js';

/** Filters of `bundles.list`. */
export type BundleListFilter = Omit<BundleListQuery, 'cursor'>;

/** 一件事 bundles: several matters applied for with one merged form. */
export interface BundlesResource {
  /**
   * All bundles, fetched page by page as you iterate.
   * @example for await (const b of client.bundles.list({ audience: 'enterprise' })) console.log(b.name);
   */
  list(filter?: BundleListFilter, options?: CallOptions): PageIterator<Bundle>;
  /** One page of bundles. */
  page(query?: BundleListQuery, options?: CallOptions): Promise<Page<Bundle>>;
  /**
   * One bundle with its steps (parallel groups per order).
   * @example const bundle = await client.bundles.get('qykb');
   */
  get(id: string, options?: CallOptions): Promise<Bundle>;
}

/** @internal */
export function createBundles(transport: Transport): BundlesResource {
  const page = (query?: BundleListQuery, options?: CallOptions): Promise<Page<Bundle>> =>
    callOperation(transport, 'bundles.list', routes.listBundles, () => import('../operations/list-bundles.js'), { query: { ...query } }, options);
  return {
    page,
    list: (filter, options = {}) => new PageIterator((cursor, o) => page({ ...filter, ...(cursor === undefined ? {} : { cursor }) }, o), undefined, options),
    get(id, options) {
      requireString(id, 'id', 'bundles.get', "client.bundles.get('qykb')");
      return callOperation(transport, 'bundles.get', routes.getBundle, () => import('../operations/get-bundle.js'), { params: { id } }, options);
    },
  };
}
