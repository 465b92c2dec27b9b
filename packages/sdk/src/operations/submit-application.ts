export { submitApplicationOperation as definition } from '@zwfw/core/operations/submit-application';
