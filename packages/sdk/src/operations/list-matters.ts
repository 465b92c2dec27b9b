export { listMattersCall as definition } from '@zwfw/core/operations/list-matters';
