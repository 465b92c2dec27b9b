export { searchMattersCall as definition } from '@zwfw/core/operations/search-matters';
