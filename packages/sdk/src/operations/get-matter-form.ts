export { getMatterFormCall as definition } from '@zwfw/core/operations/get-matter-form';
