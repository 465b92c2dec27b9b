export { submitEvaluationCall as definition } from '@zwfw/core/operations/submit-evaluation';
