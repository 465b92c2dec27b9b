export { listRegionsCall as definition } from '@zwfw/core/operations/list-regions';
