// client.drafts: save, load, list and remove form drafts. Kept apart from the transport: drafts never touch
// the network, so they work offline and a failed submission never loses what was typed.

import { ZwfwConfigError } from '../errors.js';
import { IndexedDbDraftStore } from './indexeddb-store.js';
import { MemoryDraftStore } from './memory-store.js';
import type { Draft, DraftKey, DraftStore } from './types.js';

/** Options of {@link DraftsResource.save}. */
export interface SaveDraftOptions {
  /** Version of the form spec the values were entered against. */
  formVersion?: string;
}

/** Filter of {@link DraftsResource.list}. */
export interface ListDraftsFilter {
  /** Only drafts of this scope (user). Without it, only unscoped drafts are listed. */
  scope?: string;
  /** Only drafts of this form. */
  formId?: string;
}

/** Form drafts, stored on this device. */
export interface DraftsResource {
  /**
   * Save (create or replace) the draft for `key`, bumping its `version`.
   * @example await client.drafts.save({ formId: 'f-001', matterCode: '1134…' }, form.values)
   */
  save<V extends Record<string, unknown>>(key: DraftKey, values: V, options?: SaveDraftOptions): Promise<Draft<V>>;
  /** The draft for `key`, or undefined. */
  load<V extends Record<string, unknown> = Record<string, unknown>>(key: DraftKey): Promise<Draft<V> | undefined>;
  /** Drafts of one scope, most recently updated first. */
  list(filter?: ListDraftsFilter): Promise<Draft[]>;
  /** Delete the draft for `key` (after a successful submission, or when the user discards it). */
  remove(key: DraftKey): Promise<void>;
}

/** The default store: IndexedDB where it exists (browsers), memory otherwise (Node, SSR). */
export function defaultDraftStore(): DraftStore {
  return typeof indexedDB === 'undefined' ? new MemoryDraftStore() : new IndexedDbDraftStore();
}

/** Storage id of a draft key. Each part is escaped so ids of different keys can never collide. */
export function draftId(key: DraftKey): string {
  const target = key.bundleId !== undefined ? `b:${encodeURIComponent(key.bundleId)}` : `m:${encodeURIComponent(key.matterCode ?? '')}`;
  return `zwfw-draft|${encodeURIComponent(key.scope ?? '')}|${encodeURIComponent(key.formId)}|${target}`;
}

function checkKey(key: DraftKey, operation: string): void {
  if (typeof key !== 'object' || key === null || typeof key.formId !== 'string' || key.formId === '') {
    throw new ZwfwConfigError(`${operation} needs a key with a formId: ${operation}({ formId: 'f-001', matterCode: '…' }${operation.endsWith('save') ? ', values' : ''})`, {
      option: 'formId',
      operation,
    });
  }
  if (key.matterCode !== undefined && key.bundleId !== undefined) {
    throw new ZwfwConfigError(`${operation}: a draft belongs to a matter or a bundle, not both; pass matterCode or bundleId.`, { option: 'bundleId', operation });
  }
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return typeof d['formId'] === 'string' && typeof d['values'] === 'object' && d['values'] !== null && typeof d['updatedAt'] === 'string' && typeof d['version'] === 'number';
}

/**
 * Create the drafts resource over a store. Exported separately so pages that only need drafts (an offline
 * form) can use it without a client.
 */
export function createDrafts(store: DraftStore = defaultDraftStore(), now: () => Date = () => new Date()): DraftsResource {
  return {
    async save<V extends Record<string, unknown>>(key: DraftKey, values: V, options: SaveDraftOptions = {}): Promise<Draft<V>> {
      checkKey(key, 'drafts.save');
      if (typeof values !== 'object' || values === null || Array.isArray(values)) {
        throw new ZwfwConfigError('drafts.save needs the form values as a plain object: drafts.save(key, { applicant: { name: … } })', { option: 'values', operation: 'drafts.save' });
      }
      const id = draftId(key);
      const previous = await store.get(id);
      const draft: Draft<V> = {
        id,
        formId: key.formId,
        ...(key.matterCode === undefined ? {} : { matterCode: key.matterCode }),
        ...(key.bundleId === undefined ? {} : { bundleId: key.bundleId }),
        ...(key.scope === undefined ? {} : { scope: key.scope }),
        ...(options.formVersion === undefined ? {} : { formVersion: options.formVersion }),
        values,
        updatedAt: now().toISOString(),
        version: (isDraft(previous) ? previous.version : 0) + 1,
      };
      await store.set(id, draft);
      return draft;
    },

    async load<V extends Record<string, unknown> = Record<string, unknown>>(key: DraftKey): Promise<Draft<V> | undefined> {
      checkKey(key, 'drafts.load');
      const d = await store.get(draftId(key));
      // A corrupt or foreign record is treated as absent rather than crashing the form that restores it.
      return isDraft(d) ? (d as Draft<V>) : undefined;
    },

    async list(filter: ListDraftsFilter = {}): Promise<Draft[]> {
      const all = await store.entries();
      return all
        .map(([, d]) => d)
        .filter(isDraft)
        .filter((d) => (d.scope ?? '') === (filter.scope ?? '') && (filter.formId === undefined || d.formId === filter.formId))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    async remove(key: DraftKey): Promise<void> {
      checkKey(key, 'drafts.remove');
      await store.delete(draftId(key));
    },
  };
}
