import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CASE_STATUSES, type Case, type CaseStatus, type CaseStep, type Progress } from '@zwfw/core';
import { isZwfwError, type Page, type ZwfwClient } from '@zwfw/sdk';
import { ZwfwCaseOpenEvent } from '../../events/case-open.js';
import { ResourceController } from '../../internal/controllers/resource.js';
import { ZwfwElement } from '../../internal/zwfw-element.js';
import { hostStyles, sharedStyles } from '../../styles/host.js';
import { formatDate, type MessageVars } from '../../translations/format.js';
import { partnerStrings } from '../../translations/partner.js';
import { progressStrings } from '../../translations/progress.js';
import { urgencyOf } from '../progress/deadline.js';
import { renderDueLine, renderPending, renderTimeline, statusLabel, type ProgressView } from '../progress/timeline-view.js';
import { progressStyles } from '../progress/zwfw-progress.styles.js';
import { partnerCasesStyles } from './zwfw-partner-cases.styles.js';

type Key = keyof (typeof partnerStrings)['zh-CN'];
type Filters = { limit: number; branch?: string; status?: CaseStatus };
/** A row's progress, loaded when the row is first expanded. */
type Detail = { status: 'loading' } | { status: 'ready'; value: Progress } | { status: 'error'; error: unknown };
/** The pages loaded after the first one, for the first page they follow. */
type More = { first: Page<Case>; items: Case[]; nextCursor: string | null };

const isStatus = (value: string): value is CaseStatus => (CASE_STATUSES as readonly string[]).includes(value);

/** A case that is not a bundle is its own single department step. */
function stepsOf(p: Progress): CaseStep[] {
  if (p.steps && p.steps.length > 0) return p.steps;
  const c = p.case;
  return [{
    caseNumber: c.caseNumber, matterCode: c.matterCode ?? '', name: c.name, order: 0, optional: false, status: c.status,
    deadline: c.deadline, ...(c.department ? { department: c.department } : {}),
  }];
}

/** Steps of one order run side by side (并联审批): one group per order, in order. */
function byOrder(steps: readonly CaseStep[]): CaseStep[][] {
  const groups = new Map<number, CaseStep[]>();
  for (const step of [...steps].sort((a, b) => a.order - b.order)) groups.set(step.order, [...(groups.get(step.order) ?? []), step]);
  return [...groups.values()];
}

/**
 * @tagname zwfw-partner-cases
 * @summary 帮办代办 partner view: the cases a bank's counters submitted for their customers, newest first, with
 * each case's status and assisting agent; expanding a case shows its progress in every department (一件事 steps
 * side by side, each with its status and deadline), the 容缺 materials still owed and the timeline.
 *
 * Needs the publishable key of a partner (a bank's counter key): the server lists that partner's cases only,
 * and reads a case's progress without the applicant's verifier because the partner submitted it. Personal data
 * is shown as the server sends it (masked). The timeline and deadline words are the progress element's
 * strings (`progress.*`), the rest `partner.*`.
 *
 * @event zwfw-case-open - A row is being expanded; `detail: { caseNumber, case }`. Cancelable: cancelling keeps it
 * closed (to show the case elsewhere).
 *
 * @csspart base - The element's box.
 * @csspart toolbar - The status filter and the branch shown.
 * @csspart label - The status filter's label.
 * @csspart status-filter - The status filter (a select).
 * @csspart branch-filter - The branch the list is filtered to (from the `branch` attribute).
 * @csspart list - The list of cases.
 * @csspart case - One case (a list item).
 * @csspart case-heading - The heading of a case, holding its disclosure button.
 * @csspart toggle - The disclosure button (`aria-expanded`) that shows or hides the case's progress.
 * @csspart case-name - The matter or 一件事 name in the button.
 * @csspart summary - Case number, status, submission time, applicant (masked) and agent.
 * @csspart status - A case's status label.
 * @csspart agent - The assisting agent: staff id, name and branch.
 * @csspart panel - The progress of an expanded case.
 * @csspart section-heading - The headings inside a panel.
 * @csspart departments - The department steps of a case, in order.
 * @csspart department - One department step: department, matter, status and deadline.
 * @csspart department-status - A department step's status label.
 * @csspart deadline-badge - 按时 / 即将到期 / 已超期.
 * @csspart pending - 容缺 materials still owed; each is a `pending-item`.
 * @csspart pending-item - One owed material.
 * @csspart timeline - The case's history; each entry is a `step` (`current-step`, `upcoming-step`).
 * @csspart step - One entry of the history.
 * @csspart step-label - An entry's status label.
 * @csspart step-date - An entry's date.
 * @csspart step-opinion - The office's note on an entry (e.g. 补正 items).
 * @csspart branches - History entries of departments working side by side; each is a `branch`.
 * @csspart branch - One department's entries.
 * @csspart more-button - Loads the next page of cases.
 * @csspart announcement - The visually hidden live region saying how many cases are shown.
 * @csspart loading - The loading state.
 * @csspart error - The error state (plain words, and a retry where it can help).
 * @csspart retry-button - Its retry button.
 * @csspart empty - Shown when no case matches.
 *
 * @cssproperty --zwfw-color-primary - Buttons, the current step, focus ring.
 * @cssproperty --zwfw-color-border - Rows, branches and the timeline line.
 * @cssproperty --zwfw-color-surface-alt - Background of an expanded case.
 * @cssproperty --zwfw-space - The spacing unit.
 *
 * @cssstate dark - Dark colour scheme.
 * @cssstate elderly - 适老化 mode.
 */
export class ZwfwPartnerCases extends ZwfwElement {
  static override styles = [hostStyles, sharedStyles, progressStyles, partnerCasesStyles];

  private readonly resource = new ResourceController(this, {
    args: () => [this.branch.trim(), this.status, this.limit] as const,
    load: (client, [branch, status, limit], signal) => client.partner.casesPage(this.filters(branch, status, limit), { signal }),
    isEmpty: (page) => page.items.length === 0,
  });

  @state() private more: More | undefined;
  @state() private moreLoading = false;
  @state() private moreError: unknown;
  @state() private open: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  private details = new Map<string, Detail>();
  /** Requests in flight, by case number; '' is the next page's. */
  private aborts = new Map<string, AbortController>();
  private seenFirst: Page<Case> | undefined;

  /** Only the cases whose agent helped at this branch (its id or name in the partner's branch list). */
  @property() branch = '';

  /** Only the cases in this status (a canonical status such as `processing`); empty for all. The filter sets it. */
  @property() status: CaseStatus | '' = '';

  /** Cases per page (1–100); "load more" fetches the next page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Heading level of each case (1–5; the sections of an expanded case take the next level). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private get limit(): number {
    return Math.min(Math.max(this.pageSize | 0 || 20, 1), 100);
  }

  private get level(): number {
    return Math.min(Math.max(this.headingLevel | 0 || 3, 1), 5);
  }

  private filters(branch: string, status: CaseStatus | '', limit: number): Filters {
    return { limit, ...(branch ? { branch } : {}), ...(isStatus(status) ? { status } : {}) };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new first page (other filters, another client or a retry) starts the list afresh.
    const first = this.resource.value;
    if (first !== this.seenFirst) {
      this.seenFirst = first;
      this.reset();
      if (first && this.resource.status !== 'loading') this.announcement = this.s('shown', { count: first.items.length });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Loads cut short by a removal resume when the element is back.
    for (const caseNumber of this.open) if (this.details.get(caseNumber)?.status !== 'ready') void this.loadDetail(caseNumber);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const controller of this.aborts.values()) controller.abort();
    this.aborts.clear();
    this.moreLoading = false;
  }

  private reset(): void {
    for (const controller of this.aborts.values()) controller.abort();
    this.aborts.clear();
    this.details.clear();
    this.open = new Set();
    this.more = undefined;
    this.moreLoading = false;
    this.moreError = undefined;
  }

  private onStatusChange(event: Event): void {
    const value = (event.currentTarget as HTMLSelectElement).value;
    this.status = isStatus(value) ? value : '';
  }

  private toggle(c: Case): void {
    const n = c.caseNumber;
    const open = new Set(this.open);
    if (open.delete(n)) {
      this.open = open;
      return;
    }
    if (!this.emit(new ZwfwCaseOpenEvent({ caseNumber: n, case: c }))) return;
    this.open = open.add(n);
    if (this.details.get(n)?.status !== 'ready') void this.loadDetail(n);
  }

  private async loadDetail(caseNumber: string): Promise<void> {
    this.aborts.get(caseNumber)?.abort();
    const controller = new AbortController();
    this.aborts.set(caseNumber, controller);
    this.setDetail(caseNumber, { status: 'loading' });
    const client = this.resolvedClient;
    try {
      if (client instanceof Error) throw client;
      const value = await client.partner.case(caseNumber, { signal: controller.signal });
      if (!controller.signal.aborted) this.setDetail(caseNumber, { status: 'ready', value });
    } catch (error) {
      if (controller.signal.aborted || (isZwfwError(error) && error.type === 'abort_error')) return;
      this.setDetail(caseNumber, { status: 'error', error });
    }
  }

  private setDetail(caseNumber: string, detail: Detail): void {
    if (detail.status !== 'loading') this.aborts.delete(caseNumber);
    this.details.set(caseNumber, detail);
    this.requestUpdate();
  }

  private async loadMore(): Promise<void> {
    const first = this.resource.value;
    const client: ZwfwClient | Error = this.resolvedClient;
    const cursor = this.more?.nextCursor ?? first?.nextCursor;
    if (!first || !cursor || client instanceof Error || this.moreLoading) return;
    const controller = new AbortController();
    this.aborts.set('', controller);
    this.moreLoading = true;
    this.moreError = undefined;
    try {
      const page = await client.partner.casesPage({ ...this.filters(this.branch.trim(), this.status, this.limit), cursor }, { signal: controller.signal });
      if (controller.signal.aborted || this.resource.value !== first) return;
      const known = this.more?.items.length ?? 0;
      this.more = { first, items: [...(this.more?.items ?? []), ...page.items], nextCursor: page.nextCursor };
      this.announcement = this.s('loadedMore', { count: page.items.length, total: first.items.length + known + page.items.length });
      await this.updateComplete;
      // Focus goes to the first case just added, so the keyboard carries on where the list grew.
      this.renderRoot.querySelectorAll<HTMLElement>('[part~="toggle"]')[first.items.length + known]?.focus();
    } catch (error) {
      if (!controller.signal.aborted && !(isZwfwError(error) && error.type === 'abort_error')) this.moreError = error;
    } finally {
      if (this.aborts.get('') === controller) this.aborts.delete('');
      this.moreLoading = false;
    }
  }

  /** Loads the list again from its first page (e.g. after a case moved on). */
  refresh(): void {
    this.resource.retry();
  }

  private s(key: Key, vars?: MessageVars): string {
    return this.t(partnerStrings, key, vars);
  }

  /** The shared progress views draw in this element's locale, with the progress strings (`progress.*`). */
  private get view(): ProgressView {
    return { locale: this.locale, s: (key, vars) => this.t(progressStrings, key, vars), level: this.level };
  }

  protected override render() {
    return html`<div part="base" class="base">
      ${this.renderToolbar()}
      ${this.resource.render({
        ready: (page) => this.renderList(page),
        empty: () => html`<p part="empty" class="state">${this.s(this.status || this.branch.trim() ? 'emptyFiltered' : 'empty')}</p>`,
      })}
      <p part="announcement" class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const branch = this.branch.trim();
    return html`<div part="toolbar" class="toolbar">
      <label part="label" for="status">${this.s('statusFilter')}</label>
      <select part="status-filter" class="control" id="status" @change=${this.onStatusChange}>
        <option value="" ?selected=${!isStatus(this.status)}>${this.s('allStatuses')}</option>
        ${CASE_STATUSES.map((st) => html`<option value=${st} ?selected=${this.status === st}>${statusLabel(st, this.locale)}</option>`)}
      </select>
      ${branch ? html`<span part="branch-filter">${this.s('branchNote', { branch })}</span>` : nothing}
    </div>`;
  }

  private renderList(first: Page<Case>): TemplateResult {
    const more = this.more?.first === first ? this.more : undefined;
    const items = more ? [...first.items, ...more.items] : first.items;
    const hasMore = (more ? more.nextCursor : first.nextCursor) !== null;
    return html`<ul part="list" class="list" aria-label=${this.s('listLabel')}>${items.map((c) => this.renderCase(c))}</ul>
      ${this.moreError !== undefined ? this.resource.errorTemplate(this.moreError, undefined, () => void this.loadMore()) : nothing}
      ${this.moreLoading ? this.resource.loadingTemplate() : nothing}
      ${hasMore
        ? html`<button part="more-button" class="button more" type="button" @click=${() => void this.loadMore()}>${this.s('loadMore')}</button>`
        : nothing}`;
  }

  private renderCase(c: Case): TemplateResult {
    const n = c.caseNumber;
    const open = this.open.has(n);
    const item = (label: Key, value: unknown, part?: string) => html`<div><dt>${this.s(label)}</dt><dd part=${part ?? nothing}>${value}</dd></div>`;
    const agent = c.agent;
    return html`<li part="case" class="case">
      <div role="heading" aria-level=${this.level} part="case-heading" class="case-heading">
        <button part="toggle" class="toggle" type="button" id="toggle-${n}" aria-expanded=${open ? 'true' : 'false'} aria-controls="panel-${n}"
          @click=${() => this.toggle(c)}><span part="case-name">${c.name}</span></button>
      </div>
      <dl part="summary" class="summary">
        ${item('caseNumber', n)}
        ${item('status', html`<strong part="status">${statusLabel(c.status, this.locale)}</strong>`)}
        ${item('receivedAt', html`<time datetime=${c.receivedAt}>${formatDate(this.locale, c.receivedAt, true)}</time>`)}
        ${item('applicant', c.applicant.name)}
        ${agent ? item('agent', this.s('agentValue', { staff: [agent.staffId, agent.staffName].filter(Boolean).join(' '), branch: agent.branch }), 'agent') : nothing}
      </dl>
      <div part="panel" class="panel" id="panel-${n}" role="region" aria-labelledby="toggle-${n}" ?hidden=${!open}>${open ? this.renderDetail(n) : nothing}</div>
    </li>`;
  }

  private renderDetail(caseNumber: string): unknown {
    const detail = this.details.get(caseNumber);
    if (detail === undefined || detail.status === 'loading') return this.resource.loadingTemplate();
    if (detail.status === 'error') {
      const notFound = isZwfwError(detail.error) && detail.error.type === 'api_error' && detail.error.status === 404;
      return this.resource.errorTemplate(detail.error, notFound ? this.s('notFound') : undefined, () => void this.loadDetail(caseNumber));
    }
    const p = detail.value;
    const v = this.view;
    return html`<div role="heading" aria-level=${v.level + 1} part="section-heading" class="section-heading">${this.s('departments')}</div>
      <ol part="departments">${byOrder(stepsOf(p)).map((group) => html`<li class="step">${group.length === 1
        ? this.renderDepartment(group[0]!)
        : html`<span class="step-label">${v.s('parallel')}</span>
            <ul class="branches">${group.map((step) => html`<li class="branch">${this.renderDepartment(step)}</li>`)}</ul>`}</li>`)}
      </ol>
      ${renderPending(p, v)} ${renderTimeline(p, v)}`;
  }

  private renderDepartment(step: CaseStep): TemplateResult {
    return html`<div part="department" class="department">
      <span class="branch-label">${step.department ?? step.name}</span>
      ${step.department ? html`<span class="muted">${step.name}</span>` : nothing}
      ${step.optional ? html`<span class="muted">${this.s('optional')}</span>` : nothing}
      <span><strong part="department-status">${statusLabel(step.status, this.locale)}</strong></span>
      <span class="due ${urgencyOf(step) ?? ''}">${step.deadline
        ? renderDueLine({ status: step.status, deadline: step.deadline }, this.view)
        : html`<span class="muted">${this.s('noDeadline')}</span>`}</span>
    </div>`;
  }
}
