export { getPartnerCaseCall as definition } from '@zwfw/core/operations/get-partner-case';
