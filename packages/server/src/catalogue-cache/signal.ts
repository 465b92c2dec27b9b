/**
 * In-process news of a committed catalogue write, by database handle. NOTIFY reaches every replica, but on
 * PostgreSQL it arrives a moment after the commit; a process that wrote the catalogue itself should never
 * answer from the old one after its own write returned.
 */
const listeners = new WeakMap<object, Set<(version: string) => void>>();

/** Calls `fn` with the new version after each catalogue write through `db` in this process. */
export function onCatalogueWrite(db: object, fn: (version: string) => void): () => void {
  const set = listeners.get(db) ?? new Set();
  listeners.set(db, set);
  set.add(fn);
  return () => set.delete(fn);
}

/** Announces a committed catalogue write (see writeCatalogue). */
export function catalogueWritten(db: object, version: string): void {
  for (const fn of listeners.get(db) ?? []) fn(version);
}
