export { getEvaluationReasonsOperation as definition } from '@zwfw/core/operations/get-evaluation-reasons';
