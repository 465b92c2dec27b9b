import { html, nothing, type TemplateResult } from 'lit';
import {
  CASE_ACTION_LABELS, CASE_STATUS_INFO, labelOf, type Case, type CaseStatus, type Deadline, type Locale, type Progress, type ProgressEvent,
} from '@zwfw/core';
import { formatDate, type MessageVars } from '../../translations/format.js';
import type { progressStrings } from '../../translations/progress.js';
import { urgencyOf, type DeadlineUrgency } from './deadline.js';
import { timelineRows, upcomingSteps, type TimelineRow } from './timeline.js';

/** A key of the progress strings (`progress.*`), which every view of a case's progress shares. */
export type ProgressKey = keyof (typeof progressStrings)['zh-CN'];

/** What the shared progress views need from the element drawing them. */
export interface ProgressView {
  locale: Locale;
  /** A progress string in the element's locale, with the page's overrides. */
  s(key: ProgressKey, vars?: MessageVars): string;
  /** Heading level of the case's name; sections drawn here take the next level. */
  readonly level: number;
}

/** A case status in the reader's language (core's labels). */
export const statusLabel = (status: CaseStatus, locale: Locale): string => CASE_STATUS_INFO[status].labels[locale];

const URGENCY_KEY: Record<DeadlineUrgency, ProgressKey> = { 'on-time': 'onTime', 'due-soon': 'dueSoon', overdue: 'overdue' };

/**
 * Where a deadline stands: 按时 / 即将到期 / 已超期, the due date, and the working days left or over (read from the
 * server's count, never recomputed); before 受理, the due date if accepted today.
 */
export function renderDueLine(c: Pick<Case, 'status'> & { deadline: Deadline }, v: ProgressView): TemplateResult | string {
  const d = c.deadline;
  const date = formatDate(v.locale, d.dueDate);
  if (d.projected) return v.s('projected', { date });
  const urgency = urgencyOf(c);
  const left = d.remainingWorkingDays;
  // Once the clock has stopped (办结, 撤回 …) only an overrun is worth saying; the badge says the rest.
  const standing = left < 0 ? v.s('overdueBy', { count: -left })
    : CASE_STATUS_INFO[c.status].clock === 'stopped' ? ''
    : v.s(left === 0 ? 'dueToday' : 'remaining', { count: left });
  return html`${urgency ? html`<strong part="deadline-badge" class="badge">${v.s(URGENCY_KEY[urgency])}</strong>` : nothing}
    <span>${v.s('dueDate', { date })}</span>${standing ? html`<span>${standing}</span>` : nothing}`;
}

/** 容缺 materials still owed, each with its due date; nothing when none is owed. */
export function renderPending(p: Progress, v: ProgressView): TemplateResult | typeof nothing {
  const items = p.pendingMaterials ?? [];
  if (items.length === 0) return nothing;
  return html`<div part="pending">
    <div role="heading" aria-level=${v.level + 1} part="section-heading" class="section-heading">${v.s('pending')}</div>
    <ul>${items.map(
      (m) => html`<li part="pending-item">${m.name}${m.dueDate
        ? html` <span class="muted">${v.s('pendingDue', { date: formatDate(v.locale, m.dueDate) })}</span>`
        : nothing}</li>`,
    )}</ul>
  </div>`;
}

/** The case's history as an ordered list: parallel department steps side by side, then the steps not reached. */
export function renderTimeline(p: Progress, v: ProgressView): TemplateResult {
  const rows = timelineRows(p.events);
  const last = rows.length - 1;
  return html`<div role="heading" aria-level=${v.level + 1} part="section-heading" class="section-heading">${v.s('timeline')}</div>
    <ol part="timeline">${rows.map(
      (row, i) => html`<li part=${i === last ? 'step current-step' : 'step'} class="step" aria-current=${i === last ? 'step' : nothing}>${renderRow(row, v)}</li>`,
    )}${upcomingSteps(p.case).map(
      (step) => html`<li part="step upcoming-step" class="step upcoming">${v.s('upcoming', { step: labelOf(CASE_ACTION_LABELS, step, v.locale) })}</li>`,
    )}</ol>`;
}

function renderRow(row: TimelineRow, v: ProgressView): TemplateResult {
  if (row.kind === 'step') return renderEvent(row.event, true, v);
  return html`<span part="step-label" class="step-label">${v.s('parallel')}</span>
    <ul part="branches" class="branches">${row.branches.map(
      (b) => html`<li part="branch" class="branch">
        <span class="branch-label">${b.label}</span>
        <ol class="branch-steps">${b.events.map((e) => html`<li>${renderEvent(e, e.department !== b.label, v)}</li>`)}</ol>
      </li>`,
    )}</ul>`;
}

function renderEvent(e: ProgressEvent, withDepartment: boolean, v: ProgressView): TemplateResult {
  const label = statusLabel(e.status, v.locale);
  return html`<span part="step-label" class="step-label">${label}</span>
    ${label.includes(e.name) ? nothing : html`<span>${e.name}</span>`}
    <time part="step-date" class="muted" datetime=${e.startAt}>${formatDate(v.locale, e.startAt, true)}</time>
    ${withDepartment && e.department ? html`<span class="muted">${e.department}</span>` : nothing}
    ${e.opinion ? html`<p part="step-opinion" class="opinion">${e.opinion}</p>` : nothing}`;
}
