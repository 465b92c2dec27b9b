export { listBundlesCall as definition } from '@zwfw/core/operations/list-bundles';
