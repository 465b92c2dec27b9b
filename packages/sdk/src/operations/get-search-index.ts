export { getSearchIndexOperation as definition } from '@zwfw/core/operations/get-search-index';
