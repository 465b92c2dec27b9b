// The lazily loaded search engine, as its own module: a dynamic import keeps every export of the module it
// names, so naming @zwfw/search itself would carry the package's other exports into the chunk a page downloads.
// The index's fact and department tables are read here too: only a page that loads the index needs them.
export { loadIndex } from '@zwfw/search';
export { readDepartmentNames, readSearchFacts } from '@zwfw/core/search';
