export { listPartnerCasesCall as definition } from '@zwfw/core/operations/list-partner-cases';
