export { getProgressOperation as definition } from '@zwfw/core/operations/get-progress';
