export { listRegionsOperation as definition } from '@zwfw/core/operations/list-regions';
