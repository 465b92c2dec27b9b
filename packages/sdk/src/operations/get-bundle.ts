export { getBundleOperation as definition } from '@zwfw/core/operations/get-bundle';
