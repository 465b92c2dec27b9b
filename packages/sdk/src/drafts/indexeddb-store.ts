import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Draft, DraftStore } from './types.js';

/**
 * Drafts in IndexedDB (database `zwfw-drafts`) through idb-keyval, so a half-filled form survives a reload or
 * a crashed tab. The database opens on first use: constructing the store has no side effect.
 */
export class IndexedDbDraftStore implements DraftStore {
  #store: UseStore | undefined;

  /** @param dbName - IndexedDB database name (default `zwfw-drafts`). */
  constructor(private readonly dbName = 'zwfw-drafts') {}

  #db(): UseStore {
    this.#store ??= createStore(this.dbName, 'drafts');
    return this.#store;
  }

  get(id: string): Promise<Draft | undefined> {
    return get<Draft>(id, this.#db());
  }

  set(id: string, draft: Draft): Promise<void> {
    return set(id, draft, this.#db());
  }

  delete(id: string): Promise<void> {
    return del(id, this.#db());
  }

  async entries(): Promise<Array<[string, Draft]>> {
    const all = await entries<IDBValidKey, Draft>(this.#db());
    return all.filter((e): e is [string, Draft] => typeof e[0] === 'string');
  }
}
