export { listPartnerCasesOperation as definition } from '@zwfw/core/operations/list-partner-cases';
