export { submitEvaluationOperation as definition } from '@zwfw/core/operations/submit-evaluation';
