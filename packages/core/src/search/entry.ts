/**
 * `@zwfw/core/search`: what a search client needs of core (the facts of hits, the contract's query schema),
 * without the rest of the contract. `@zwfw/search/contract` and the SDK's lazily loaded search code import it
 * instead of `@zwfw/core`: esbuild hands a chunk every module its imports reach, so naming the package's root
 * there would pull every operation's schemas into the first search. Everything here is in `@zwfw/core` too.
 * @packageDocumentation
 */
export * from './facts.js';
export { SearchQuerySchema, queryIncludesExOfficio } from '../schemas/queries.js';
export { DEFAULT_PAGE_SIZE } from '../schemas/pagination.js';
