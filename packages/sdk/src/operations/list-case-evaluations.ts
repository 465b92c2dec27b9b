export { listCaseEvaluationsOperation as definition } from '@zwfw/core/operations/list-case-evaluations';
