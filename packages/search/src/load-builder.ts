/** The Node build-time API: `buildIndex`, `serializeIndex`, the bundled dictionaries. */
export type SearchBuilder = typeof import('./builder/index.js');

/**
 * Loads the index builder on demand. The builder pulls in pinyin-pro, opencc-js and `node:fs`, so it is never
 * part of the browser entry's static graph: bundlers split or drop this import, and a page that only queries
 * never fetches it. Other packages (the server) reach the builder through this function, so they depend only
 * on `@zwfw/search`'s public entry; build scripts may import `@zwfw/search/builder` directly.
 */
export function loadBuilder(): Promise<SearchBuilder> {
  return import('./builder/index.js');
}
