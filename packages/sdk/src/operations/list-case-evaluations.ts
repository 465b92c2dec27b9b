export { listCaseEvaluationsCall as definition } from '@zwfw/core/operations/list-case-evaluations';
