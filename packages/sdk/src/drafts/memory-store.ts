import type { Draft, DraftStore } from './types.js';

/** Drafts in memory: the default in Node, and a fallback where IndexedDB is unavailable. Lost on exit. */
export class MemoryDraftStore implements DraftStore {
  readonly #drafts = new Map<string, Draft>();

  async get(id: string): Promise<Draft | undefined> {
    const d = this.#drafts.get(id);
    // Hand out copies so a caller mutating a loaded draft does not silently change the stored one.
    return d === undefined ? undefined : structuredClone(d);
  }

  async set(id: string, draft: Draft): Promise<void> {
    this.#drafts.set(id, structuredClone(draft));
  }

  async delete(id: string): Promise<void> {
    this.#drafts.delete(id);
  }

  async entries(): Promise<Array<[string, Draft]>> {
    return [...this.#drafts].map(([id, d]) => [id, structuredClone(d)]);
  }
}
