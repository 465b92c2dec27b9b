// The lazily loaded search engine, as its own module: a dynamic import keeps every export of the module it
// names, so naming @zwfw/search itself would carry the package's other exports into the chunk a page downloads.
export { loadIndex } from '@zwfw/search';
