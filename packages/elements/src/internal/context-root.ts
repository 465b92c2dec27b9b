import { ContextRoot } from '@lit/context';

const rooted = new WeakSet<Document>();

/**
 * Lets a provider that upgrades after its elements (a CMS that loads the provider's script last, or defines
 * tags lazily) still reach them: a ContextRoot on the document keeps unanswered requests and replays them
 * when a provider appears. Attached on the first element's connection, never at import time.
 */
export function ensureContextRoot(doc: Document): void {
  if (rooted.has(doc)) return;
  rooted.add(doc);
  new ContextRoot().attach(doc.documentElement);
}
