export { getProgressCall as definition } from '@zwfw/core/operations/get-progress';
