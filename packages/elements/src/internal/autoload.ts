/** Every tag the package defines; the autoloader loads one element's file the first time its tag appears. */
export const ELEMENT_TAGS = [
  'zwfw-provider', 'zwfw-matter-search', 'zwfw-guide', 'zwfw-progress', 'zwfw-rating', 'zwfw-form',
  'zwfw-business-registration', 'zwfw-partner-cases',
] as const;

export interface AutoloadOptions {
  /** Loads the module that defines `tag`. */
  load: (tag: string) => Promise<unknown>;
  /** Where tags are looked for, now and as nodes are added (default: the document). */
  root?: Document | Element | ShadowRoot;
  tags?: readonly string[];
  registry?: CustomElementRegistry;
}

/**
 * Loads each known tag's module once, the first time the tag is in `root` or added to it (tags already
 * defined are left alone). A failed load is reported and may be retried by the next appearance of the tag.
 * Returns a function that stops watching.
 */
export function autoload({ load, root = document, tags = ELEMENT_TAGS, registry = customElements }: AutoloadOptions): () => void {
  const requested = new Set<string>();
  const selector = tags.join(',');
  const want = (tag: string) => {
    if (requested.has(tag) || registry.get(tag) !== undefined) return;
    requested.add(tag);
    load(tag).catch((err: unknown) => {
      requested.delete(tag);
      console.error(`zwfw autoload: could not load <${tag}>`, err);
    });
  };
  const visit = (node: Document | Element | ShadowRoot) => {
    if (node instanceof Element && tags.includes(node.localName)) want(node.localName);
    for (const el of node.querySelectorAll(selector)) want(el.localName);
  };
  visit(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) visit(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
