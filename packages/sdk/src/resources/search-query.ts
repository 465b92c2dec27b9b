// What a search call needs, loaded on its first call (and by loadIndex): the query's normalisation and the
// contract's query schema (server and local searches alike), the engine ↔ contract mapping of a local search,
// and the readers of the index's fact and department tables. Apart from search.ts so that neither
// @zwfw/search/contract nor a schema is in the code a page downloads up front.
export { MAX_QUERY_LENGTH, engineOptions, normaliseQuery, toContractResponse } from '@zwfw/search/contract';
export { SearchQuerySchema, queryIncludesExOfficio, readDepartmentNames, readSearchFacts } from '@zwfw/core/search';
