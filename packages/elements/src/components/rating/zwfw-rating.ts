import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  EVALUATION_LEVEL_INFO, EVALUATION_STAGE_LABELS, EvaluationInputSchema, labelOf, type ApplicationReceipt,
  type Evaluation, type EvaluationChannel, type EvaluationLevel, type EvaluationReasonList, type EvaluationStage,
  type Progress,
} from '@zwfw/core';
import { caseRefOf, isZwfwError, type CaseRef } from '@zwfw/sdk';
import { ZwfwRatingSubmitEvent } from '../../events/rating-submit.js';
import { ResourceController } from '../../internal/controllers/resource.js';
import { describeError } from '../../internal/errors.js';
import { ZwfwFormElement, type ValidityResult } from '../../internal/zwfw-form-element.js';
import { hostStyles, sharedStyles } from '../../styles/host.js';
import { commonStrings } from '../../translations/common.js';
import { formatDate } from '../../translations/format.js';
import { ratingStrings } from '../../translations/rating.js';
import { reasonsFor, stageReached } from './rating-data.js';
import { ratingStyles } from './zwfw-rating.styles.js';

/** Levels as offered: 非常满意 first, as on the national 好差评 pages. */
const LEVELS: readonly EvaluationLevel[] = [5, 4, 3, 2, 1];
/** The comment's limit, from the contract. */
const COMMENT_MAX = EvaluationInputSchema.shape.comment._zod.def.innerType._zod.bag.maximum ?? 500;
/** The character counter is announced only this close to the limit. */
const ANNOUNCE_WITHIN = 50;

type Loaded = { list: EvaluationReasonList; progress: Progress | undefined };
type Phase = 'wait' | 'form' | 'thanks' | 'rated' | 'closed';
type Problem = 'level' | 'reasons' | undefined;

/**
 * @tagname zwfw-rating
 * @summary 好差评: rates one stage (受理 or 办结) of a case on the national five-level scale. Levels 1–2 (差评) ask
 * for at least one reason from the server's versioned reason list; an optional comment has a live counter.
 *
 * Standalone (not inside a `<form>`), the element loads the case's progress, shows the form only while the stage
 * is open for rating, submits through `client.evaluations.create` with its own button, then thanks the citizen
 * (focus moves to the thanks). A stage already rated shows the stored rating from the case's progress (level,
 * reasons, comment and time, whichever device it was made on), a stage not reached yet a plain notice.
 *
 * Inside a `<form>` it is a form control and has no submit button of its own: the form's submission carries the
 * value, the page sends it on. With a `name`, FormData gets `name` = the level (1–5), `name-reasons` = each
 * reason code, `name-comment` = the comment (if any) and `name-reason-list-version` = the reason list's version.
 * It is invalid (valueMissing) without a level when `required`, and at levels 1–2 without a reason; it resets
 * with the form and is restored by the browser. With a case (`case-number` + `verifier` or `receipt`) it also
 * checks the stage is open, as standalone.
 *
 * @event zwfw-rating-submit - The server stored the evaluation; `detail` is the Evaluation (standalone only).
 * @event change - The citizen changed the level or the reasons.
 *
 * @csspart base - The element's box.
 * @csspart form - The rating form (aria-busy while submitting).
 * @csspart case - The name of the rated matter.
 * @csspart levels - The fieldset of the five levels (a radio group).
 * @csspart level-list - The box holding the five levels.
 * @csspart legend - The question of the levels fieldset.
 * @csspart level - One level: its radio, stars and name.
 * @csspart reasons - The fieldset of reasons (checkboxes).
 * @csspart reasons-legend - The question of the reasons fieldset.
 * @csspart reason - One reason: its checkbox and label.
 * @csspart error-message - What is missing, under a fieldset's legend (linked with aria-describedby).
 * @csspart comment-label - The comment's label.
 * @csspart comment - The comment textarea.
 * @csspart comment-field - The comment's label, textarea and counter.
 * @csspart counter - The visible character counter.
 * @csspart submit-button - The submit button (standalone only).
 * @csspart submit-error - Why the submission failed.
 * @csspart result - The thanks, or the existing rating.
 * @csspart result-title - The heading line of the result.
 * @csspart summary - The rating shown back (level, reasons, comment, time).
 * @csspart term - A label of the rating shown back.
 * @csspart value - A value of the rating shown back.
 * @csspart notice - A stage not open yet, or no case given.
 * @csspart loading - The loading state.
 * @csspart error - The error state (plain words and a retry).
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate negative - A 差评 level (1–2) is chosen.
 * @cssstate submitting - The evaluation is being sent.
 * @cssstate rated - Showing the thanks or an existing rating.
 * @cssstate user-invalid - Invalid after the citizen left the element or a submit was attempted.
 * @cssstate dark - Dark colour scheme.
 * @cssstate elderly - 适老化 mode.
 */
export class ZwfwRating extends ZwfwFormElement {
  static override styles = [hostStyles, sharedStyles, ratingStyles];

  /** @internal The reason list and, with a case, its progress. */
  readonly resource: ResourceController<readonly [string, string], Loaded> = new ResourceController(this, {
    args: () => {
      const ref = this.caseRef;
      return ref || this.form ? ([ref?.caseNumber ?? '', ref?.verifier ?? ''] as const) : undefined;
    },
    load: async (client, [caseNumber, verifier], signal) => {
      const [list, progress] = await Promise.all([
        client.evaluations.reasons({ signal }),
        caseNumber ? client.applications.progress({ caseNumber, verifier }, { signal }) : undefined,
      ]);
      return { list, progress };
    },
  });

  @state() private selected: readonly string[] = [];
  @state() private comment = '';
  @state() private submitting = false;
  @state() private submitError = '';
  /** The evaluation this element created (the thanks state). */
  @state() private created: Evaluation | undefined;
  /** What the server answered a create with when progress was out of date (409). */
  @state() private refused: 'rated' | 'closed' | undefined;

  /** 办件编号 of the case to rate (with `verifier`). */
  @property({ attribute: 'case-number' }) caseNumber = '';

  /** The case's access token from the submission receipt (the server refuses a rating by mobile tail, which only shows progress). */
  @property() verifier = '';

  /** The submission receipt (carries the case number and access token); takes precedence over `case-number`. */
  @property({ attribute: false }) receipt: ApplicationReceipt | undefined;

  /** The stage rated: `acceptance` (受理) or `conclusion` (办结). */
  @property() stage: EvaluationStage = 'conclusion';

  /** 评价渠道 of this page, which picks the 线上/线下 reasons: `web`, `app`, `mini_program`, `terminal` … */
  @property() channel: EvaluationChannel = 'web';

  /** The chosen level, 1 (非常不满意) to 5 (非常满意), 0 for none; the attribute is the default a reset returns to. */
  @property({ type: Number }) level: EvaluationLevel | 0 = 0;

  /** The question above the levels; defaults to asking about the stage. */
  @property() label = '';

  /** Submits the evaluation as anonymous (no return visit, 回访, can be made). */
  @property({ type: Boolean }) anonymous = false;

  private get caseRef(): CaseRef | undefined {
    if (this.receipt) return caseRefOf(this.receipt);
    return this.caseNumber ? { caseNumber: this.caseNumber, verifier: this.verifier } : undefined;
  }

  private get phase(): Phase {
    const { status, value } = this.resource;
    if (status !== 'ready' || !value) return 'wait';
    if (this.created) return 'thanks';
    if (this.refused) return this.refused;
    const progress = value.progress;
    if (progress && !progress.evaluableStages.includes(this.stage)) return this.stored || stageReached(progress.case, this.stage) ? 'rated' : 'closed';
    return 'form';
  }

  /** The stored rating of this stage, as progress lists it. */
  private get stored(): Evaluation | undefined {
    return this.resource.value?.progress?.evaluations?.find((e) => e.stage === this.stage);
  }

  /** The chosen reasons that apply to the chosen level and channel. */
  private get chosen(): string[] {
    const list = this.resource.value?.list;
    if (!this.level) return [];
    if (!list) return [...this.selected];
    const codes = new Set(reasonsFor(list, this.level, this.channel).map((r) => r.code));
    return this.selected.filter((c) => codes.has(c));
  }

  private get problem(): Problem {
    const phase = this.phase;
    if (phase !== 'form' && phase !== 'wait') return undefined;
    if (!this.level) return this.required || !this.form ? 'level' : undefined;
    const list = this.resource.value?.list;
    const options = list ? reasonsFor(list, this.level, this.channel) : [];
    return EVALUATION_LEVEL_INFO[this.level].isNegative && options.length > 0 && this.chosen.length === 0 ? 'reasons' : undefined;
  }

  /** @internal The browser calls this when the form owner changes (standalone and form modes differ). */
  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!(this.level in EVALUATION_LEVEL_INFO)) this.level = 0;
    if (changed.has('caseNumber') || changed.has('verifier') || changed.has('receipt') || changed.has('stage')) {
      this.created = this.refused = undefined;
      this.submitError = '';
      // Another case or stage (a page reusing the element): start from the default, not the last answers.
      if (this.hasUpdated) this.resetValue();
    }
    super.willUpdate(changed);
    const level = this.level;
    this.setState('negative', level > 0 && EVALUATION_LEVEL_INFO[level as EvaluationLevel].isNegative);
    this.setState('submitting', this.submitting);
    this.setState('rated', this.phase === 'thanks' || this.phase === 'rated');
  }

  protected override get formValue(): FormData | null {
    if (!this.name || !this.level) return null;
    const data = new FormData();
    data.append(this.name, String(this.level));
    for (const code of this.chosen) data.append(`${this.name}-reasons`, code);
    const comment = this.comment.trim();
    if (comment) data.append(`${this.name}-comment`, comment);
    const version = this.resource.value?.list.version;
    if (version) data.append(`${this.name}-reason-list-version`, version);
    return data;
  }

  protected override validate(): ValidityResult {
    const problem = this.problem;
    if (!problem) return { flags: {}, message: '' };
    return { flags: { valueMissing: true }, message: this.t(ratingStrings, problem === 'level' ? 'levelError' : 'reasonsError') };
  }

  protected override get validationAnchor(): HTMLElement | undefined {
    const problem = this.problem;
    return (problem && this.renderRoot.querySelector<HTMLElement>(`[part~="${problem === 'level' ? 'levels' : 'reasons'}"] input`)) || undefined;
  }

  protected override resetValue(): void {
    const initial = Number(this.getAttribute('level'));
    this.level = initial in EVALUATION_LEVEL_INFO ? (initial as EvaluationLevel) : 0;
    this.selected = [];
    this.comment = '';
  }

  protected override restoreValue(saved: string | File | FormData | null): void {
    const data = saved instanceof FormData ? saved : new FormData();
    const level = Number(saved instanceof FormData ? saved.get(this.name) : saved);
    this.level = level in EVALUATION_LEVEL_INFO ? (level as EvaluationLevel) : 0;
    this.selected = data.getAll(`${this.name}-reasons`).filter((v): v is string => typeof v === 'string');
    const comment = data.get(`${this.name}-comment`);
    this.comment = typeof comment === 'string' ? comment : '';
  }

  private changed(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private selectLevel(level: EvaluationLevel): void {
    if (this.level === level) return;
    this.level = level;
    this.changed();
  }

  // Native radios already move and select with the arrow keys; Home and End go to the first and last level.
  private onLevelKey(e: KeyboardEvent): void {
    if (e.key !== 'Home' && e.key !== 'End') return;
    const radios = this.renderRoot.querySelectorAll<HTMLInputElement>('[part~="levels"] input');
    const radio = radios[e.key === 'Home' ? 0 : radios.length - 1];
    if (!radio) return;
    e.preventDefault();
    radio.focus();
    this.selectLevel(Number(radio.value) as EvaluationLevel);
  }

  private onReason(e: Event): void {
    const box = e.target as HTMLInputElement;
    const rest = this.chosen.filter((c) => c !== box.value);
    this.selected = box.checked ? [...rest, box.value] : rest;
    this.changed();
  }

  private onComment(e: Event): void {
    this.comment = (e.target as HTMLTextAreaElement).value;
  }

  // In a form, errors show once the citizen has left the element (or the form tried to submit), not while they
  // are still choosing; standalone, rating is the citizen's choice, so only a press of the submit button shows them.
  private onFocusOut(e: FocusEvent): void {
    if (this.form && !this.renderRoot.contains(e.relatedTarget as Node | null)) this.markInteracted();
  }

  private async onSubmit(): Promise<void> {
    const client = this.resolvedClient;
    const ref = this.caseRef;
    const list = this.resource.value?.list;
    if (this.submitting || client instanceof Error || !ref || !list) return;
    this.markInteracted();
    if (this.problem) {
      await this.updateComplete;
      this.validationAnchor?.focus();
      return;
    }
    const comment = this.comment.trim();
    this.submitting = true;
    this.submitError = '';
    try {
      const evaluation = await client.evaluations.create(ref, {
        stage: this.stage,
        level: this.level as EvaluationLevel,
        reasons: this.chosen,
        channel: this.channel,
        reasonListVersion: list.version,
        anonymous: this.anonymous,
        ...(comment ? { comment } : {}),
      });
      this.created = evaluation;
      this.emit(new ZwfwRatingSubmitEvent(evaluation));
    } catch (error) {
      this.failed(error);
    }
    this.submitting = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.created ? '[part~="result"]' : '[part~="submit-button"]')?.focus();
  }

  private failed(error: unknown): void {
    if (isZwfwError(error) && error.type === 'api_error') {
      if (error.code === 'evaluation_exists') return void (this.refused = 'rated');
      if (error.code === 'evaluation_not_open') return void (this.refused = 'closed');
      if (error.errors.some((e) => e.code === 'reason_list_outdated')) {
        this.selected = [];
        this.submitError = this.t(ratingStrings, 'reasonsOutdated');
        return this.resource.retry();
      }
      if (error.status === 404) return void (this.submitError = this.t(ratingStrings, 'caseNotFound'));
    }
    this.submitError = this.t(commonStrings, describeError(error).key);
  }

  private levelName(level: EvaluationLevel): string {
    return EVALUATION_LEVEL_INFO[level].labels[this.locale];
  }

  private get stageName(): string {
    return labelOf(EVALUATION_STAGE_LABELS, this.stage, this.locale);
  }

  protected override render() {
    return html`<div part="base" @focusout=${this.onFocusOut}>${this.resource.render({
      ready: (loaded) => this.renderReady(loaded),
      idle: () => html`<p part="notice" class="state">${this.t(ratingStrings, 'noCase')}</p>`,
      error: (error) =>
        this.resource.errorTemplate(error, isZwfwError(error) && error.type === 'api_error' && error.status === 404 ? this.t(ratingStrings, 'caseNotFound') : undefined),
    })}</div>`;
  }

  private renderReady({ list, progress }: Loaded) {
    switch (this.phase) {
      case 'thanks': {
        const e = this.created!;
        const text = !e.isNegative ? 'thanksText' : e.anonymous ? 'thanksNegativeAnonymous' : 'thanksNegative';
        return html`<section part="result" class="result" tabindex="-1" aria-labelledby="result-title result-text">
          <p part="result-title" class="title" id="result-title">${this.t(ratingStrings, 'thanks')}</p>
          <p id="result-text">${this.t(ratingStrings, text)}</p>
          ${this.renderSummary(list, e)}
        </section>`;
      }
      case 'rated': {
        const e = this.stored;
        return html`<section part="result" class="result" aria-labelledby="result-title">
          <p part="result-title" class="title" id="result-title">${this.t(ratingStrings, 'rated', { stage: this.stageName })}</p>
          ${e ? this.renderSummary(list, e) : html`<p>${this.t(ratingStrings, 'ratedText')}</p>`}
        </section>`;
      }
      case 'closed':
        return html`<p part="notice" class="state">
          ${this.t(ratingStrings, this.stage === 'acceptance' ? 'notOpenAcceptance' : 'notOpenConclusion')}
        </p>`;
      default:
        return this.renderForm(list, progress);
    }
  }

  private renderSummary(list: EvaluationReasonList, e: Evaluation) {
    const t = (key: 'level' | 'reasons' | 'commentTerm' | 'ratedAt') => html`<dt part="term">${this.t(ratingStrings, key)}</dt>`;
    const reasonName = (code: string) => list.reasons.find((r) => r.code === code)?.label[this.locale] ?? code;
    return html`<dl part="summary" class="summary">
      ${t('level')}<dd part="value"><span class="stars" aria-hidden="true">${'★'.repeat(e.level)}</span> ${this.levelName(e.level)}</dd>
      ${e.reasons.length ? html`${t('reasons')}<dd part="value"><ul>${e.reasons.map((c) => html`<li>${reasonName(c)}</li>`)}</ul></dd>` : nothing}
      ${e.comment ? html`${t('commentTerm')}<dd part="value" class="comment-text">${e.comment}</dd>` : nothing}
      ${t('ratedAt')}<dd part="value">${formatDate(this.locale, e.createdAt, true)}</dd>
    </dl>`;
  }

  private renderForm(list: EvaluationReasonList, progress: Progress | undefined) {
    const level = this.level;
    const problem = this.interacted ? this.problem : undefined;
    const options = level ? reasonsFor(list, level, this.channel) : [];
    const chosen = this.chosen;
    const disabled = this.isDisabled || this.submitting;
    const left = COMMENT_MAX - this.comment.length;
    const error = (which: 'level' | 'reasons') =>
      problem === which
        ? html`<p part="error-message" class="error-message" id="${which}-error">${this.t(ratingStrings, which === 'level' ? 'levelError' : 'reasonsError')}</p>`
        : nothing;
    return html`<div part="form" class="form" aria-busy=${this.submitting ? 'true' : 'false'}>
      ${progress ? html`<p part="case" class="case">${this.t(ratingStrings, 'caseName', { name: progress.case.name })}</p>` : nothing}
      <fieldset part="levels" class=${problem === 'level' ? 'invalid' : ''} ?disabled=${disabled}
        aria-describedby=${problem === 'level' ? 'level-error' : nothing} @keydown=${this.onLevelKey}>
        <legend part="legend">${this.label || this.t(ratingStrings, 'legend', { stage: this.stageName })}</legend>
        ${error('level')}
        <div class="levels" part="level-list">
          ${LEVELS.map((n) => html`<label part="level" class="level">
            <input type="radio" name="level" value=${n} .checked=${level === n} @change=${() => this.selectLevel(n)} />
            <span class="stars" aria-hidden="true">${'★'.repeat(n)}</span>
            <span>${this.levelName(n)}</span>
          </label>`)}
        </div>
      </fieldset>
      ${options.length
        ? html`<fieldset part="reasons" class=${problem === 'reasons' ? 'invalid' : ''} ?disabled=${disabled}
            aria-describedby=${problem === 'reasons' ? 'reasons-error' : nothing}>
            <legend part="reasons-legend">${this.t(ratingStrings, EVALUATION_LEVEL_INFO[level as EvaluationLevel].isNegative ? 'reasonsNegative' : 'reasonsPositive')}</legend>
            ${error('reasons')}
            ${options.map((r) => html`<label part="reason" class="reason">
              <input type="checkbox" value=${r.code} .checked=${chosen.includes(r.code)} @change=${this.onReason} />
              <span>${r.label[this.locale]}</span>
            </label>`)}
          </fieldset>`
        : nothing}
      <div class="comment" part="comment-field">
        <label part="comment-label" for="comment">${this.t(ratingStrings, 'comment')}</label>
        <textarea part="comment" class="control" id="comment" rows="3" maxlength=${COMMENT_MAX} .value=${this.comment} ?disabled=${disabled}
          aria-describedby="counter" @input=${this.onComment}></textarea>
        <p part="counter" class="counter" id="counter">${this.t(ratingStrings, 'counter', { count: this.comment.length, max: COMMENT_MAX })}</p>
        <p class="visually-hidden" aria-live="polite">${left <= ANNOUNCE_WITHIN ? this.t(ratingStrings, 'remaining', { count: left }) : ''}</p>
      </div>
      ${this.form
        ? nothing
        : html`${this.submitError ? html`<p part="submit-error" class="error-message" role="alert">${this.submitError}</p>` : nothing}
            <button part="submit-button" class="button primary" type="button" ?disabled=${disabled} @click=${this.onSubmit}>
              ${this.submitting ? html`<span class="spinner" aria-hidden="true"></span>${this.t(ratingStrings, 'submitting')}` : this.t(ratingStrings, 'submit')}
            </button>`}
    </div>`;
  }
}
