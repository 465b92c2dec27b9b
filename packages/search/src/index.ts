/**
 * @zwfw/search: the browser-side query engine over a serialised matter index.
 * @packageDocumentation
 */
export {};
