import type { Strings } from '../types.js';
import type { partner as keys } from '../zh-CN/partner.js';

export const partner: Strings<keyof typeof keys> = {
  listLabel: 'Assisted applications',
  statusFilter: 'Case status',
  allStatuses: 'All statuses',
  branchNote: 'Branch: {branch}',
  caseNumber: 'Case number',
  receivedAt: 'Submitted',
  status: 'Status',
  applicant: 'Applicant',
  agent: 'Assisted by',
  agentValue: '{staff} ({branch})',
  departments: 'Progress per department',
  optional: 'Optional',
  noDeadline: 'The clock starts at acceptance',
  empty: 'No applications assisted at this branch yet.',
  emptyFiltered: 'No assisted applications match.',
  loadMore: 'Load more',
  loadedMore: { one: '{count} more loaded, {total} shown', other: '{count} more loaded, {total} shown' },
  shown: { one: '{count} shown', other: '{count} shown' },
  notFound: 'Case not found: it may not be one your bank assisted.',
};
