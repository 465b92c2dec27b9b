export { getBundleFormCall as definition } from '@zwfw/core/operations/get-bundle-form';
