import * as z from 'zod/mini';
import { enumFromLabels, label, type LocalizedLabel } from './labels.js';

/**
 * How the legal time limit behaves while a case is in a status:
 * not_started (before 受理), running, paused (补正 per 行政许可法 Art 32 practice, 特别程序 Art 45), stopped.
 */
export type ClockState = 'not_started' | 'running' | 'paused' | 'stopped';

/** Facts about one canonical case status, as data. */
export interface CaseStatusInfo {
  readonly labels: LocalizedLabel;
  readonly clock: ClockState;
  /** The legal clock is paused (the deadline moves later by the paused working days). */
  readonly pausesClock: boolean;
  /** The outcome is decided (办结). */
  readonly concluded: boolean;
  /** No action of the normal flow leaves this status (revoking a delivered licence is the one exceptional exit). */
  readonly terminal: boolean;
}

function info(labels: LocalizedLabel, clock: ClockState, concluded: boolean, terminal: boolean): CaseStatusInfo {
  return { labels, clock, pausesClock: clock === 'paused', concluded, terminal };
}

/**
 * Canonical 办件 statuses (domain.md §4.3 "Recommended canonical SDK enum"; 工改 BLZT codes map onto them).
 * `draft` is deliberately absent: drafts live in the browser and never reach the server.
 */
export const CASE_STATUS_INFO = {
  submitted: info(label('已申报', '已申報', 'Submitted'), 'not_started', false, false),
  prechecking: info(label('预审中', '預審中', 'Pre-checking'), 'not_started', false, false),
  precheck_returned: info(label('预审退回', '預審退回', 'Returned at pre-check'), 'not_started', false, false),
  accepted: info(label('已受理', '已受理', 'Accepted'), 'running', false, false),
  not_accepted: info(label('不予受理', '不予受理', 'Not accepted'), 'stopped', true, true),
  correction_requested: info(label('补正中', '補正中', 'Correction requested'), 'paused', false, false),
  processing: info(label('办理中', '辦理中', 'Processing'), 'running', false, false),
  special_procedure: info(label('特别程序中', '特別程序中', 'Special procedure'), 'paused', false, false),
  concluded_approved: info(label('办结（准予）', '辦結（准予）', 'Concluded: approved'), 'stopped', true, false),
  concluded_approved_tolerance: info(
    label('办结（容缺通过）', '辦結（容缺通過）', 'Concluded: approved with tolerance'), 'stopped', true, false),
  concluded_refused: info(label('办结（不予许可）', '辦結（不予許可）', 'Concluded: refused'), 'stopped', true, false),
  delivered: info(label('已送达', '已送達', 'Delivered'), 'stopped', true, true),
  withdrawn: info(label('已撤回', '已撤回', 'Withdrawn'), 'stopped', false, true),
  revoked: info(label('已撤销', '已撤銷', 'Revoked'), 'stopped', true, true),
} as const satisfies Record<string, CaseStatusInfo>;

/** Canonical case status identifier. */
export type CaseStatus = keyof typeof CASE_STATUS_INFO;

/** Every canonical case status, in lifecycle order. */
export const CASE_STATUSES = Object.keys(CASE_STATUS_INFO) as readonly CaseStatus[];

/** Case status schema. */
export const CaseStatusSchema = z.enum(CASE_STATUSES as unknown as readonly [CaseStatus, ...CaseStatus[]]);

/** Statuses during which the legal clock is paused. */
export const CLOCK_PAUSING_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(
  (s) => CASE_STATUS_INFO[s].pausesClock,
);

/** Statuses no normal action leaves. */
export const TERMINAL_CASE_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(
  (s) => CASE_STATUS_INFO[s].terminal,
);

/** Outcomes of a 办结 decision, with labels. */
export const CONCLUSION_OUTCOME_LABELS = {
  approved: label('准予许可', '准予許可', 'Approved'),
  approved_tolerance: label('容缺通过', '容缺通過', 'Approved with tolerance'),
  refused: label('不予许可', '不予許可', 'Refused'),
} as const;
/** Outcome of a 办结 decision. */
export const CONCLUSION_OUTCOMES = Object.keys(CONCLUSION_OUTCOME_LABELS) as readonly (keyof typeof CONCLUSION_OUTCOME_LABELS)[];
/** Conclusion outcome schema. */
export const ConclusionOutcomeSchema = enumFromLabels(CONCLUSION_OUTCOME_LABELS);
/** Conclusion outcome. */
export type ConclusionOutcome = z.infer<typeof ConclusionOutcomeSchema>;

/** Actions that move a case (what a back office, or the reference server's simulator, does), with labels. */
export const CASE_ACTION_LABELS = {
  precheck: label('预审', '預審', 'Pre-check'),
  return_precheck: label('预审退回', '預審退回', 'Return at pre-check'),
  accept: label('受理', '受理', 'Accept'),
  not_accept: label('不予受理', '不予受理', 'Refuse acceptance'),
  request_correction: label('一次性告知补正', '一次性告知補正', 'Request correction'),
  resubmit: label('补正后重新提交', '補正後重新提交', 'Resubmit'),
  start_special_procedure: label('启动特别程序', '啟動特別程序', 'Start special procedure'),
  end_special_procedure: label('结束特别程序', '結束特別程序', 'End special procedure'),
  supply: label('容缺材料补齐', '容缺材料補齊', 'Deferred material supplied'),
  conclude: label('办结', '辦結', 'Conclude'),
  deliver: label('送达', '送達', 'Deliver'),
  withdraw: label('撤回', '撤回', 'Withdraw'),
  revoke: label('撤销', '撤銷', 'Revoke'),
} as const;
/** Actions that move a case, in lifecycle order. */
export const CASE_ACTIONS = Object.keys(CASE_ACTION_LABELS) as readonly (keyof typeof CASE_ACTION_LABELS)[];
/** Case action schema. */
export const CaseActionSchema = enumFromLabels(CASE_ACTION_LABELS);
/** Case action. */
export type CaseAction = z.infer<typeof CaseActionSchema>;

const PRE_CONCLUSION: readonly CaseStatus[] = [
  'submitted', 'prechecking', 'precheck_returned', 'accepted', 'correction_requested', 'processing',
  'special_procedure',
];

/** Which statuses each action may start from (the server's state machine and the docs read this). */
export const CASE_ACTION_FROM: Readonly<Record<CaseAction, readonly CaseStatus[]>> = {
  precheck: ['submitted'],
  return_precheck: ['prechecking'],
  accept: ['submitted', 'prechecking'],
  not_accept: ['submitted', 'prechecking'],
  request_correction: ['accepted', 'processing'],
  // 补正 done, or a returned pre-check resubmitted.
  resubmit: ['correction_requested', 'precheck_returned'],
  start_special_procedure: ['accepted', 'processing'],
  end_special_procedure: ['special_procedure'],
  // 容缺 materials are owed from submission (due from 受理) and may still be supplied after a 容缺通过 conclusion.
  supply: ['submitted', 'prechecking', 'accepted', 'processing', 'correction_requested', 'special_procedure', 'concluded_approved_tolerance'],
  conclude: ['accepted', 'processing'],
  deliver: ['concluded_approved', 'concluded_approved_tolerance', 'concluded_refused'],
  withdraw: PRE_CONCLUSION,
  revoke: ['concluded_approved', 'concluded_approved_tolerance', 'delivered'],
};

/** Result of applying an action to a status; never throws so callers can turn it into a 409 Problem. */
export type CaseTransitionResult =
  | { readonly ok: true; readonly status: CaseStatus }
  | { readonly ok: false; readonly reason: 'invalid_transition' | 'outcome_required' | 'unknown_action'; readonly from: CaseStatus; readonly action: CaseAction };

/** Next status after `action` in `from`, or why the move is not allowed. */
export function nextCaseStatus(
  from: CaseStatus,
  action: CaseAction,
  outcome?: ConclusionOutcome,
): CaseTransitionResult {
  if (!Object.hasOwn(CASE_ACTION_FROM, action)) return { ok: false, reason: 'unknown_action', from, action };
  if (!CASE_ACTION_FROM[action].includes(from)) return { ok: false, reason: 'invalid_transition', from, action };
  switch (action) {
    case 'precheck': return { ok: true, status: 'prechecking' };
    case 'return_precheck': return { ok: true, status: 'precheck_returned' };
    case 'accept': return { ok: true, status: 'accepted' };
    case 'not_accept': return { ok: true, status: 'not_accepted' };
    case 'request_correction': return { ok: true, status: 'correction_requested' };
    // Resubmitting after 补正 resumes processing; after a pre-check return it restarts intake.
    case 'resubmit': return { ok: true, status: from === 'correction_requested' ? 'processing' : 'submitted' };
    case 'start_special_procedure': return { ok: true, status: 'special_procedure' };
    // Supplying an owed material is recorded on the timeline; the case stays where it is.
    case 'supply': return { ok: true, status: from };
    case 'end_special_procedure': return { ok: true, status: 'processing' };
    case 'conclude':
      if (outcome === undefined) return { ok: false, reason: 'outcome_required', from, action };
      return { ok: true, status: `concluded_${outcome}` };
    case 'deliver': return { ok: true, status: 'delivered' };
    case 'withdraw': return { ok: true, status: 'withdrawn' };
    case 'revoke': return { ok: true, status: 'revoked' };
  }
}

/** One step of a bundle case (一件事) as its parent sees it. */
export interface BundleStepState {
  readonly status: CaseStatus;
  /** The applicant may go without this step (e.g. 银行预约开户): it does not hold up the bundle. */
  readonly optional: boolean;
}

const REFUSED: readonly CaseStatus[] = ['not_accepted', 'concluded_refused', 'revoked'];
const STARTED: readonly CaseStatus[] = ['processing', 'special_procedure', 'correction_requested', 'concluded_approved', 'concluded_approved_tolerance', 'concluded_refused', 'delivered', 'revoked'];

/**
 * The status of a bundle's parent case (一窗受理), derived from its steps (并联审批): done when every required
 * step is done (optional steps never hold it up); refused when a required step was refused; while work is
 * open, the applicant's own to-dos (补正, a returned pre-check) come first, then the furthest stage reached.
 * Withdrawn steps are out of the bundle; a bundle whose steps are all withdrawn is withdrawn.
 */
export function bundleCaseStatus(steps: readonly BundleStepState[]): CaseStatus {
  const active = steps.filter((s) => s.status !== 'withdrawn');
  if (active.length === 0) return 'withdrawn';
  const required = active.some((s) => !s.optional) ? active.filter((s) => !s.optional) : active;
  const open = required.filter((s) => !CASE_STATUS_INFO[s.status].concluded);
  if (open.length === 0) {
    if (required.every((s) => s.status === 'not_accepted')) return 'not_accepted';
    if (required.some((s) => REFUSED.includes(s.status))) return 'concluded_refused';
    if (active.every((s) => s.status === 'delivered')) return 'delivered';
    if (required.some((s) => s.status === 'concluded_approved_tolerance')) return 'concluded_approved_tolerance';
    return 'concluded_approved';
  }
  const has = (status: CaseStatus) => active.some((s) => s.status === status);
  if (has('correction_requested')) return 'correction_requested';
  if (has('precheck_returned')) return 'precheck_returned';
  // The parent's clock pauses only when nothing required is moving: every open required step is paused.
  if (open.every((s) => s.status === 'special_procedure')) return 'special_procedure';
  if (active.some((s) => STARTED.includes(s.status))) return 'processing';
  if (has('accepted')) return 'accepted';
  if (has('prechecking')) return 'prechecking';
  return 'submitted';
}
