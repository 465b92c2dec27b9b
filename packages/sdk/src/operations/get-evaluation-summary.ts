export { getEvaluationSummaryCall as definition } from '@zwfw/core/operations/get-evaluation-summary';
