// Draft types and the pluggable storage interface. A draft is what a citizen has typed into a form so far;
// it must survive a reload, a crash or a lost connection, and it never leaves the device.

/** Identifies one draft: a form, for a matter or a bundle, optionally per user. */
export interface DraftKey {
  /** The form spec id. */
  formId: string;
  /** The matter the form belongs to (single-matter application). */
  matterCode?: string;
  /** The bundle the form belongs to (一件事 application). */
  bundleId?: string;
  /**
   * Who the draft belongs to, e.g. a hashed user id or a counter agent's staff id. Use it on shared devices
   * (bank counters) so one customer never sees another's draft. Default: unscoped.
   */
  scope?: string;
}

/** A saved draft. */
export interface Draft<V extends Record<string, unknown> = Record<string, unknown>> extends DraftKey {
  /** Storage id derived from the key (stable; use it as `draftId` when submitting). */
  id: string;
  /** Form values as the form holds them. */
  values: V;
  /** Version of the form spec the values were entered against; check it before restoring. */
  formVersion?: string;
  /** ISO timestamp of the last save. */
  updatedAt: string;
  /** Incremented on every save (1 on the first): lets two tabs notice each other's writes. */
  version: number;
}

/**
 * Storage behind `client.drafts`. Implement it to keep drafts elsewhere (e.g. encrypted, or on a server for
 * signed-in users). Values are plain structured-cloneable objects.
 */
export interface DraftStore {
  get(id: string): Promise<Draft | undefined>;
  set(id: string, draft: Draft): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every stored draft. */
  entries(): Promise<Array<[string, Draft]>>;
}
