import { CASE_STATUSES, type CaseStatus } from './case-status.js';
import { label, type LocalizedLabel } from './labels.js';

// The 工改 data-sharing standard's 办理状态 (SPGL_XMSPSXBLXXXXB.BLZT, domain.md §4.3a) is the one sourced,
// widely implemented status list. Its codes are events (补正开始 / 补正结束), not states, so several codes
// land on one canonical status and the table is code -> status, unlike the value -> code CodeLists.

/** One BLZT code: its name in the standard and the canonical status a case is in after it. */
export interface BlztCode {
  readonly code: string;
  readonly labels: LocalizedLabel;
  readonly status: CaseStatus;
}

/** 工改 BLZT 办理状态 codes 1–15. */
export const BLZT_CODES: readonly BlztCode[] = Object.freeze([
  { code: '1', labels: label('已接件', '已接件', 'Received'), status: 'submitted' },
  { code: '2', labels: label('已撤件', '已撤件', 'Withdrawn before acceptance'), status: 'withdrawn' },
  { code: '3', labels: label('已受理', '已受理', 'Accepted'), status: 'accepted' },
  { code: '4', labels: label('不受理', '不受理', 'Not accepted'), status: 'not_accepted' },
  { code: '5', labels: label('不予受理', '不予受理', 'Refused acceptance'), status: 'not_accepted' },
  { code: '6', labels: label('补正（开始）', '補正（開始）', 'Correction started'), status: 'correction_requested' },
  { code: '7', labels: label('补正（结束）', '補正（結束）', 'Correction ended'), status: 'processing' },
  { code: '8', labels: label('部门开始办理', '部門開始辦理', 'Processing started'), status: 'processing' },
  { code: '9', labels: label('特别程序（开始）', '特別程序（開始）', 'Special procedure started'), status: 'special_procedure' },
  { code: '10', labels: label('特别程序（结束）', '特別程序（結束）', 'Special procedure ended'), status: 'processing' },
  { code: '11', labels: label('办结（通过）', '辦結（通過）', 'Concluded: approved'), status: 'concluded_approved' },
  { code: '12', labels: label('办结（容缺通过）', '辦結（容缺通過）', 'Concluded: approved with tolerance'), status: 'concluded_approved_tolerance' },
  { code: '13', labels: label('办结（不通过）', '辦結（不通過）', 'Concluded: refused'), status: 'concluded_refused' },
  { code: '14', labels: label('撤回', '撤回', 'Withdrawn'), status: 'withdrawn' },
  { code: '15', labels: label('撤销', '撤銷', 'Revoked'), status: 'revoked' },
]);

/** Result of reading a BLZT code; never thrown, so an importer can report the row. */
export type FromBlztResult =
  | { readonly ok: true; readonly status: CaseStatus; readonly entry: BlztCode }
  | { readonly ok: false; readonly reason: 'unknown_code'; readonly code: string };

/** Canonical status after a BLZT event code (whitespace ignored; local extensions such as 21/22/101 are unknown). */
export function caseStatusFromBlzt(code: unknown): FromBlztResult {
  const text = typeof code === 'string' ? code.trim() : typeof code === 'number' ? String(code) : '';
  const entry = BLZT_CODES.find((e) => e.code === text);
  return entry ? { ok: true, status: entry.status, entry } : { ok: false, reason: 'unknown_code', code: text };
}

// The code a status is reported as when a case is exported: the event that enters it. Statuses the standard
// has no event for (pre-check, delivery) are absent.
const EXPORT_CODE: Readonly<Partial<Record<CaseStatus, string>>> = {
  submitted: '1', accepted: '3', not_accepted: '5', correction_requested: '6', processing: '8',
  special_procedure: '9', concluded_approved: '11', concluded_approved_tolerance: '12', concluded_refused: '13',
  withdrawn: '14', revoked: '15',
};

/** BLZT code to report a canonical status as, or undefined when the standard has none (prechecking, delivered …). */
export function blztOfCaseStatus(status: CaseStatus): string | undefined {
  return CASE_STATUSES.includes(status) && Object.hasOwn(EXPORT_CODE, status) ? EXPORT_CODE[status] : undefined;
}
