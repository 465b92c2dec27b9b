export { listBundlesOperation as definition } from '@zwfw/core/operations/list-bundles';
