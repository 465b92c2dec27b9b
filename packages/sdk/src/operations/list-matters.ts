export { listMattersOperation as definition } from '@zwfw/core/operations/list-matters';
