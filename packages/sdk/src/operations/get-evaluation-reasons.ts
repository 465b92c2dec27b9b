export { getEvaluationReasonsCall as definition } from '@zwfw/core/operations/get-evaluation-reasons';
