export { searchMattersOperation as definition } from '@zwfw/core/operations/search-matters';
