export { getBundleCall as definition } from '@zwfw/core/operations/get-bundle';
