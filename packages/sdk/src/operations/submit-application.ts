export { submitApplicationCall as definition } from '@zwfw/core/operations/submit-application';
