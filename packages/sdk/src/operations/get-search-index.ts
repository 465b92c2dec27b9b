export { getSearchIndexCall as definition } from '@zwfw/core/operations/get-search-index';
