import type { Strings } from '../types.js';
import type { partner as keys } from '../zh-CN/partner.js';

export const partner: Strings<keyof typeof keys> = {
  listLabel: '代辦件',
  statusFilter: '辦件狀態',
  allStatuses: '全部狀態',
  branchNote: '網點：{branch}',
  caseNumber: '辦件編號',
  receivedAt: '申報時間',
  status: '狀態',
  applicant: '申請人',
  agent: '代辦人員',
  agentValue: '{staff}（{branch}）',
  departments: '各部門辦理情況',
  optional: '可選',
  noDeadline: '受理後開始計時',
  empty: '本網點暫無代辦件。',
  emptyFiltered: '沒有符合條件的代辦件。',
  loadMore: '載入更多',
  loadedMore: { other: '已載入 {count} 件，共顯示 {total} 件' },
  shown: { other: '共顯示 {count} 件' },
  notFound: '未找到該辦件，可能不是本機構代辦的辦件。',
};
