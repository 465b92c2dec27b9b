export { getBundleFormOperation as definition } from '@zwfw/core/operations/get-bundle-form';
