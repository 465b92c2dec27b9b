// Cursor pagination as async iteration. Lists never return unbounded arrays, so the SDK walks `nextCursor`
// for the caller, one request per page, only as far as the caller keeps iterating.

import type { CallOptions } from './transport.js';

/** One page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * A lazy list: iterate it for items (`for await (const m of list)`), call `.pages()` for whole pages, or
 * `.first()` / `.toArray({ max })` for convenience. Nothing is fetched until iteration starts.
 */
export class PageIterator<T> implements AsyncIterable<T> {
  readonly #fetchPage: (cursor: string | undefined, options: CallOptions) => Promise<Page<T>>;
  readonly #startCursor: string | undefined;
  readonly #options: CallOptions;

  /** @internal Built by the resources; use `client.matters.list()` and friends. */
  constructor(fetchPage: (cursor: string | undefined, options: CallOptions) => Promise<Page<T>>, startCursor: string | undefined, options: CallOptions) {
    this.#fetchPage = fetchPage;
    this.#startCursor = startCursor;
    this.#options = options;
  }

  /** Iterate whole pages, following `nextCursor` until the last page. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let cursor = this.#startCursor;
    for (;;) {
      const page = await this.#fetchPage(cursor, this.#options);
      yield page;
      if (page.nextCursor === null || page.items.length === 0) return;
      cursor = page.nextCursor;
    }
  }

  /** Iterate items across pages. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** The first page only (one request). */
  first(): Promise<Page<T>> {
    return this.#fetchPage(this.#startCursor, this.#options);
  }

  /**
   * Collect items into an array, stopping after `max` items (default 1000) so a forgotten bound can never
   * download a whole catalogue.
   */
  async toArray({ max = 1000 }: { max?: number } = {}): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this) {
      out.push(item);
      if (out.length >= max) break;
    }
    return out;
  }
}
