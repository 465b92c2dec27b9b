import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CaseNumberSchema, EVALUATION_STAGE_LABELS, VerifierSchema, ID_TYPE_LABELS, TIME_UNIT_LABELS,
  labelOf, maskIdNumber, maskMobile, maskName, stripWhitespace, toHalfWidth,
  type ApplicationReceipt, type Case, type CaseStatus, type Deadline, type EvaluationStage, type Progress,
} from '@zwfw/core';
import { caseRefOf, isZwfwError, type CaseRef } from '@zwfw/sdk';
import { ZwfwProgressLoadEvent } from '../../events/progress-load.js';
import { ZwfwRateRequestEvent } from '../../events/rate-request.js';
import { ResourceController } from '../../internal/controllers/resource.js';
import { ZwfwElement } from '../../internal/zwfw-element.js';
import { hostStyles, sharedStyles } from '../../styles/host.js';
import type { MessageVars } from '../../translations/format.js';
import { progressStrings } from '../../translations/progress.js';
import { urgencyOf } from './deadline.js';
import { renderDueLine, renderPending, renderTimeline, statusLabel, type ProgressKey } from './timeline-view.js';
import { progressStyles } from './zwfw-progress.styles.js';

type Key = ProgressKey;
type FieldErrors = { caseNumber?: Key; verifier?: Key };

/** The contract's verifier rule: a 4-digit mobile tail or a receipt's access token. */
const validVerifier = (verifier: string): boolean => VerifierSchema.safeParse(verifier).success;
/** A verifier that is the mobile tail (the server rates a case only with the receipt's access token). */
const TAIL = /^\d{4}$/;
/**
 * The problem code for "mobile-tail look-ups of this case are paused after too many failed attempts" (from any
 * address), told apart from a client's plain `rate_limited`: the way out is the receipt's token, not waiting.
 */
const LOCKED_CODE = 'case_locked';

const clean = (value: string): string => stripWhitespace(toHalfWidth(value));
/** The progress with its applicant's name, ID number and mobile masked (a backend may not have). */
function masked(progress: Progress): Progress {
  const a = progress.case.applicant;
  const applicant = { ...a, name: a.type === 'person' ? maskName(a.name) : a.name };
  if (a.idNumber) applicant.idNumber = maskIdNumber(a.idNumber);
  if (a.mobile) applicant.mobile = maskMobile(a.mobile);
  return { ...progress, case: { ...progress.case, applicant } };
}

const validRef = (ref: CaseRef): boolean => CaseNumberSchema.safeParse(ref.caseNumber).success && validVerifier(ref.verifier);

/**
 * @tagname zwfw-progress
 * @summary 办件进度查询: looks a case up by 办件编号 and 查询码 (or a submission receipt) and shows its status, timeline
 * with parallel department steps, working-day deadline, 容缺 materials still owed and the rating entry point.
 *
 * Personal data is shown masked; the verifier is never shown, echoed or logged.
 *
 * @event zwfw-progress-load - A case was loaded and shown; `detail: { caseNumber, status, progress }`.
 * @event zwfw-rate-request - The applicant pressed a rating button; `detail: { caseNumber, stage, verifier }`
 * (open the rating element with them).
 *
 * @csspart base - The element's box (its surface colour).
 * @csspart form - The look-up form.
 * @csspart field - A label, hint, message and input group.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart field-error - A field's validation message.
 * @csspart input - The case number and verifier inputs.
 * @csspart submit-button - The look-up button.
 * @csspart message - Wraps the error of a look-up (focused after a failed look-up).
 * @csspart error - The error message (role=alert).
 * @csspart retry-button - Retries a failed look-up where retrying can help.
 * @csspart loading - The loading state.
 * @csspart result - The loaded case.
 * @csspart heading - The case's name (focused after a look-up).
 * @csspart section-heading - The heading of the deadline, the pending materials and the timeline.
 * @csspart summary - Case number, status, applicant (masked), dates.
 * @csspart status - The status label.
 * @csspart deadline - The working-day deadline.
 * @csspart deadline-badge - 按时 / 即将到期 / 已超期.
 * @csspart deadline-note - Notes on paused days and estimated due dates.
 * @csspart pending - 容缺 materials still owed.
 * @csspart pending-item - One owed material.
 * @csspart timeline - The ordered list of steps.
 * @csspart step - One step (`current-step` on the current one, `upcoming-step` on steps not reached).
 * @csspart step-label - A step's status label.
 * @csspart step-date - A step's date.
 * @csspart step-opinion - The office's note on a step (e.g. 补正 items).
 * @csspart branches - Steps run in parallel, one branch per matter or department.
 * @csspart branch - One branch.
 * @csspart rate - The rating buttons.
 * @csspart rate-button - One rating button.
 * @csspart rate-hint - Shown instead of the rating buttons after a look-up by mobile tail: rating needs the receipt's access code.
 *
 * @cssstate on-time - The loaded case is within its time limit.
 * @cssstate due-soon - At most 3 working days are left.
 * @cssstate overdue - The time limit has passed.
 * @cssstate dark - Dark colour scheme.
 * @cssstate elderly - 适老化 mode.
 */
export class ZwfwProgress extends ZwfwElement {
  static override styles = [hostStyles, sharedStyles, progressStyles];

  private readonly resource = new ResourceController(this, {
    args: () => {
      const ref = this.lookup ?? this.given;
      return ref ? ([ref] as const) : undefined;
    },
    // A Retry-After longer than 2 s is shown to the applicant ("请 N 分钟后再试") rather than waited for.
    // Masked here once, whatever the backend sent: the screen and the page's event both get it so.
    load: async (client, [ref], signal) => masked(await client.applications.progress(ref, { signal, retry: { maxRetryAfter: 2000 } })),
  });

  /** The case asked for in the form (wins over the attributes until they change). */
  @state() private lookup: CaseRef | undefined;
  @state() private fieldErrors: FieldErrors = {};
  /** The valid case reference from `receipt` or the attributes. */
  private given: CaseRef | undefined;
  private focusAfterLoad = false;
  private announced: Progress | undefined;

  /** A submission receipt (`client.applications.submit`): loads that case with its access token. */
  @property({ attribute: false }) receipt: ApplicationReceipt | undefined;

  /** 办件编号 to load at once, with `verifier`. */
  @property({ attribute: 'case-number' }) caseNumber = '';

  /** The verifier for `case-number`: the applicant mobile's last 4 digits or the receipt's access token. */
  @property() verifier = '';

  /** Heading level of the case's name (1–4; its sections take the next level), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The name's heading level, clamped to 1–4. */
  /** @internal The name's heading level (the shared views put sections one below). */
  get level(): number {
    return Math.min(Math.max(this.headingLevel | 0 || 2, 1), 4);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('receipt') || changed.has('caseNumber') || changed.has('verifier')) {
      const ref = this.receipt ? caseRefOf(this.receipt) : { caseNumber: this.caseNumber.trim(), verifier: this.verifier.trim() };
      this.given = validRef(ref) ? ref : undefined;
      this.lookup = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { status, value } = this.resource;
    const urgency = status === 'ready' && value ? urgencyOf(value.case) : undefined;
    for (const name of ['on-time', 'due-soon', 'overdue'] as const) this.setState(name, urgency === name);
    if (status === 'ready' && value && value !== this.announced) {
      this.announced = value;
      this.emit(new ZwfwProgressLoadEvent({ caseNumber: value.case.caseNumber, status: value.case.status, progress: value }));
    }
    if (this.focusAfterLoad && status !== 'loading') {
      this.focusAfterLoad = false;
      const verifier = this.renderRoot.querySelector<HTMLInputElement>('#verifier');
      // Not left on screen once it has served: shared computers in service halls.
      if (status === 'ready' && verifier) verifier.value = '';
      this.renderRoot.querySelector<HTMLElement>(status === 'ready' ? '#heading' : '#message')?.focus();
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: string) => clean((form.elements.namedItem(name) as HTMLInputElement).value);
    const ref = { caseNumber: read('caseNumber'), verifier: read('verifier') };
    const errors: FieldErrors = {};
    if (!ref.caseNumber) errors.caseNumber = 'caseNumberMissing';
    else if (!CaseNumberSchema.safeParse(ref.caseNumber).success) errors.caseNumber = 'caseNumberInvalid';
    if (!ref.verifier) errors.verifier = 'verifierMissing';
    else if (!validVerifier(ref.verifier)) errors.verifier = 'verifierInvalid';
    this.fieldErrors = errors;
    if (errors.caseNumber || errors.verifier) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(errors.caseNumber ? '#caseNumber' : '#verifier')?.focus();
      return;
    }
    this.focusAfterLoad = true;
    this.lookup = ref;
  }

  private requestRating(caseNumber: string, stage: EvaluationStage): void {
    const ref = this.lookup ?? this.given;
    if (ref) this.emit(new ZwfwRateRequestEvent({ caseNumber, stage, verifier: ref.verifier }));
  }

  /** Loads the case again (e.g. after the applicant rated it, or to see a newer status). */
  refresh(): void {
    this.resource.retry();
  }

  /** @internal A progress string in the element's locale (the shared views draw with it). */
  s(key: Key, vars?: MessageVars): string {
    return this.t(progressStrings, key, vars);
  }



  private wait(seconds: number | undefined): string {
    if (seconds === undefined || seconds <= 0) return this.s('waitLater');
    const minutes = Math.ceil(seconds / 60);
    return minutes < 60 ? this.s('waitMinutes', { count: minutes }) : this.s('waitHours', { count: Math.ceil(minutes / 60) });
  }

  /** The applicant's own words for the failures a look-up knows better than the shared messages. */
  private errorMessage(error: unknown): string | undefined {
    if (!isZwfwError(error) || error.type !== 'api_error') return undefined;
    if (error.code === LOCKED_CODE) return this.s('locked', { wait: this.wait(error.retryAfter) });
    // A wrong verifier and an unknown case number get the same 404 on purpose (case numbers are guessable).
    if (error.status === 404) return this.s('notFound');
    if (error.status === 429) return this.s('rateLimited', { wait: this.wait(error.retryAfter) });
    return undefined;
  }

  protected override render() {
    const showForm = !this.given || this.lookup !== undefined || this.resource.status === 'error';
    return html`<div part="base" class="base">
      ${showForm ? this.renderForm() : nothing}
      ${this.resource.render({
        ready: (p) => this.renderProgress(p),
        error: (error) => html`<div part="message" id="message" tabindex="-1">${this.resource.errorTemplate(error, this.errorMessage(error))}</div>`,
      })}
    </div>`;
  }

  private renderForm(): TemplateResult {
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit}>
      ${this.renderField('caseNumber', this.receipt?.case.caseNumber ?? this.caseNumber)} ${this.renderField('verifier', '')}
      <button part="submit-button" class="button primary">${this.s('submit')}</button>
    </form>`;
  }

  private renderField(name: 'caseNumber' | 'verifier', value: string): TemplateResult {
    const error = this.fieldErrors[name];
    return html`<div part="field" class="field">
      <label part="label" for=${name}>${this.s(name)}</label>
      <span part="hint" class="hint" id="${name}-hint">${this.s(`${name}Hint`)}</span>
      ${error ? html`<span part="field-error" class="field-error" id="${name}-error">${this.s(error)}</span>` : nothing}
      <input part="input" class="control" id=${name} name=${name} autocomplete="off" autocapitalize="off" spellcheck="false" required value=${value}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="${name}-hint${error ? ` ${name}-error` : ''}" />
    </div>`;
  }

  private renderProgress(p: Progress): TemplateResult {
    const c = p.case;
    const a = c.applicant;
    const item = (label: Key, value: unknown) => html`<div><dt>${this.s(label)}</dt><dd>${value}</dd></div>`;
    return html`<section part="result" aria-labelledby="heading">
      <div role="heading" aria-level=${this.level} part="heading" class="heading" id="heading" tabindex="-1">${c.name}</div>
      <dl part="summary" class="summary">
        ${item('caseNumber', c.caseNumber)}
        ${item('status', html`<strong part="status">${statusLabel(c.status, this.locale)}</strong>`)}
        ${c.department ? item('department', c.department) : nothing}
        ${item('applicant', a.name)}
        ${a.idNumber ? item('idNumber', `${a.idType ? `${labelOf(ID_TYPE_LABELS, a.idType, this.locale)} ` : ''}${a.idNumber}`) : nothing}
        ${a.mobile ? item('mobile', a.mobile) : nothing}
      </dl>
      ${this.renderDeadline(c)} ${renderPending(p, this)} ${renderTimeline(p, this)}
      ${this.renderRating(p)}
    </section>`;
  }

  /** Rating speaks for the applicant, so it takes the receipt's access token: a mobile tail only shows progress. */
  private renderRating(p: Progress): TemplateResult | typeof nothing {
    if (p.evaluableStages.length === 0) return nothing;
    const ref = this.lookup ?? this.given;
    if (ref === undefined || TAIL.test(ref.verifier)) return html`<p part="rate-hint" class="hint">${this.s('rateNeedsToken')}</p>`;
    return html`<div part="rate" class="rate">${p.evaluableStages.map(
      (stage) => html`<button part="rate-button" class="button" type="button" @click=${() => this.requestRating(p.case.caseNumber, stage)}>${this.s('rate', {
        stage: labelOf(EVALUATION_STAGE_LABELS, stage, this.locale),
      })}</button>`,
    )}</div>`;
  }

  private renderDeadline(c: Case): TemplateResult | typeof nothing {
    const d = c.deadline;
    if (d === null) return nothing;
    const note = (text: string) => html`<p part="deadline-note">${text}</p>`;
    return html`<div part="deadline" class="deadline ${urgencyOf(c) ?? ''}">
      <div role="heading" aria-level=${this.level + 1} part="section-heading" class="section-heading">${this.s('deadline')}</div>
      <p>${renderDueLine(c as Case & { deadline: Deadline } /* d is not null */, this)}</p>
      <p class="muted">${this.s('limit', { value: d.limit.value, unit: labelOf(TIME_UNIT_LABELS, d.limit.unit, this.locale) })}</p>
      ${d.paused ? note(this.s('paused')) : nothing}
      ${d.pausedWorkingDays ? note(this.s('pausedDays', { count: d.pausedWorkingDays })) : nothing}
      ${d.estimated ? note(this.s('estimated')) : nothing}
    </div>`;
  }
}
