import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  MATTER_STATE_LABELS, labelOf, materialsForAnswers,
  type Bundle, type Matter, type SituationAnswers, type SituationQuestion,
} from '@zwfw/core';
import type { ZwfwClient } from '@zwfw/sdk';
import { ZwfwStartEvent, type ZwfwStartDetail } from '../../events/start.js';
import { ResourceController } from '../../internal/controllers/resource.js';
import { describeError } from '../../internal/errors.js';
import { ZwfwElement } from '../../internal/zwfw-element.js';
import { hostStyles, sharedStyles } from '../../styles/host.js';
import { guideStrings, type GuideKey } from '../../translations/guide.js';
import type { MessageVars } from '../../translations/format.js';
import { catalogueHref, safeHref } from './rich-text.js';
import * as s from './sections.js';
import { guideStyles } from './zwfw-guide.styles.js';
import { guidePrintStyles } from './zwfw-guide.print.styles.js';

/** The sections in reading order; each is a disclosure with an entry in the table of contents. */
const SECTIONS = ['conditions', 'materials', 'time', 'fees', 'process', 'windows', 'online', 'contact', 'special', 'basis', 'result', 'faq', 'info'] as const;
/** One section of the guide. */
export type GuideSection = (typeof SECTIONS)[number];

const RENDERERS: Partial<Record<GuideSection, (v: s.GuideView, m: Matter) => TemplateResult>> = {
  conditions: s.conditions, time: s.timeLimits, fees: s.fees, process: s.process, windows: s.windows, online: s.online,
  contact: s.contact, special: s.special, basis: s.basis, result: s.result, faq: s.faq, info: s.info,
};

interface Loaded {
  matter: Matter;
  bundle: Bundle | undefined;
}

/** The 一件事 bundle a matter belongs to, or that it is the list entry of. Naming it is a courtesy: the guide stands without it. */
async function findBundle(client: ZwfwClient, code: string, signal: AbortSignal): Promise<Bundle | undefined> {
  try {
    const bundles = await client.bundles.list({}, { signal }).toArray({ max: 200 });
    return bundles.find((b) => b.matterCode === code || b.steps.some((step) => step.matterCode === code));
  } catch {
    return undefined;
  }
}

const picked = (answers: SituationAnswers, id: string): readonly string[] => {
  const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
  return answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;
};

/**
 * @tagname zwfw-guide
 * @summary The full 办事指南 of a matter: at-a-glance facts, a table of contents and disclosure sections (受理条件,
 * 申请材料 with 情景导办, 办理时限, 收费, 办理流程, 办理地点, 办理方式与通办, 咨询投诉, 特别程序, 设定依据, 办理结果,
 * 常见问题, 事项信息), and a start button. Prints with every section open.
 *
 * Catalogue text is shown as text; text that holds markup is sanitized with DOMPurify, loaded only when a
 * guide meets markup. Links are followed only when they are https: or root-relative.
 *
 * @event {ZwfwStartEvent} zwfw-start - The citizen pressed 在线办理 / 开始办理. `detail: { matterCode, bundleCode? }`.
 * Cancelable: `preventDefault()` to handle the start yourself; otherwise the guide goes to `start-href` (else
 * to the matter's online-service address, when it has a safe one).
 *
 * @csspart guide - The loaded guide (an `<article>`).
 * @csspart header - Title, state notice, facts, bundle note and start button.
 * @csspart title - The matter's name.
 * @csspart state-notice - Shown when the matter is suspended or cancelled.
 * @csspart facts - The at-a-glance facts (a definition list).
 * @csspart row - One term and value of any definition list.
 * @csspart bundle-note - Names the 一件事 bundle the matter belongs to.
 * @csspart start - The primary 在线办理 / 开始办理 button.
 * @csspart toc - The table of contents (`<nav>`).
 * @csspart toc-link - One entry of the table of contents (a button that opens and focuses its section).
 * @csspart expand-all - The button that opens or closes every section.
 * @csspart section - One section.
 * @csspart section-heading - A section's heading.
 * @csspart section-toggle - The button in a section's heading that opens and closes it.
 * @csspart section-panel - A section's content.
 * @csspart text - A catalogue text (conditions, notes, answers …).
 * @csspart item-heading - The heading of an item inside a section (a fee, a step, a window, a question …).
 * @csspart situations - The 情景导办 questions.
 * @csspart question - One 情景导办 question (a fieldset).
 * @csspart option - One answer (a label with its radio or checkbox).
 * @csspart clear-answers - The button that clears the 情景导办 answers.
 * @csspart material-count - How many materials apply to the answers (a polite status; only with 情景导办).
 * @csspart materials - The list of materials.
 * @csspart material - One material.
 * @csspart material-name - A material's name with its markers.
 * @csspart marker - Every marker; also `marker-required`, `marker-optional`, `marker-tolerance`, `marker-exempt`.
 * @csspart link - A link to a file or address from the catalogue.
 * @csspart links - A material's blank-form and sample links.
 * @csspart markers - A material's markers (必要, 容缺后补, 免提交 …).
 * @csspart exempt-note - Why a material need not be submitted (电子证照).
 * @csspart unsafe-link - An address that is not followed (not https: or root-relative), shown as text.
 * @csspart time-summary - 法定 …，承诺 …，提速 ….
 * @csspart fees - The fees; each is a `fee`.
 * @csspart fee - One fee.
 * @csspart steps - The process steps; each is a `step`.
 * @csspart step - One process step.
 * @csspart windows - The service windows; each is a `window`.
 * @csspart window - One service window (address, hours, phone, transit, map).
 * @csspart consultation - The consultation channels.
 * @csspart complaint - The complaint channels (12345 always among them).
 * @csspart special-procedures - The special procedures; each is a `special-procedure`.
 * @csspart special-procedure - One special procedure.
 * @csspart legal-basis - The legal basis entries; each is a `law`.
 * @csspart law - One law or regulation with its document number, article and text.
 * @csspart faq - The frequently asked questions; each is a `question-answer`.
 * @csspart question-answer - One question with its `answer`.
 * @csspart answer - One FAQ answer.
 * @csspart meta - A definition list of details inside a section.
 * @csspart intermediary - The intermediary services needed before applying.
 * @csspart idle - Shown when no matter is given.
 * @csspart loading - The loading state.
 * @csspart error - The error state (plain words; 未找到该事项 for an unknown code).
 * @csspart retry-button - Retry in the error state.
 *
 * @cssstate dark - Dark colour scheme in effect.
 * @cssstate elderly - 适老化 mode in effect.
 */
export class ZwfwGuide extends ZwfwElement {
  static override styles = [hostStyles, sharedStyles, guideStyles, guidePrintStyles];

  private readonly resource = new ResourceController<readonly [string], Loaded>(this, {
    args: () => (this.matter || !this.matterCode ? undefined : [this.matterCode]),
    load: async (client, [code], signal) => {
      const [matter, bundle] = await Promise.all([client.matters.get(code, { signal }), this.bundle ? undefined : findBundle(client, code, signal)]);
      return { matter, bundle };
    },
  });

  @state() private openSections = new Set<GuideSection>(['conditions', 'materials']);

  /** Code of the matter to load (实施编码 / 业务办理项编码). */
  @property({ attribute: 'matter-code' }) matterCode = '';

  /** A ready matter to show instead of loading one (no request is made). */
  @property({ attribute: false }) matter: Matter | undefined;

  /** The 一件事 bundle the matter belongs to, if the page knows it (else looked up when loading by code). */
  @property({ attribute: false }) bundle: Bundle | undefined;

  /** The 情景导办 answers, question id to option id(s); unanswered questions exclude no material. */
  @property({ attribute: false }) answers: SituationAnswers = {};

  /** Where 在线办理 goes unless the start event is cancelled: `{code}` and `{bundle}` are filled in (https: or /path). */
  @property({ attribute: 'start-href' }) startHref = '';

  /** Level of the guide's title heading (2 by default); sections and items take the next levels. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('matterCode') || changed.has('matter')) && !changed.has('answers')) this.answers = {};
  }

  private onToggle(id: GuideSection, open = !this.openSections.has(id)): void {
    const next = new Set(this.openSections);
    if (open) next.add(id);
    else next.delete(id);
    this.openSections = next;
  }

  private async onTocLink(id: GuideSection): Promise<void> {
    this.onToggle(id, true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#t-${id}`)?.focus();
  }

  private onExpandAll(): void {
    this.openSections = new Set(this.allOpen ? [] : SECTIONS);
  }

  private onAnswer(question: SituationQuestion, optionId: string, checked: boolean): void {
    const now = picked(this.answers, question.id);
    const next = !question.multiple ? [optionId] : checked ? [...now.filter((id) => id !== optionId), optionId] : now.filter((id) => id !== optionId);
    this.answers = { ...this.answers, [question.id]: next };
  }

  private onClearAnswers(): void {
    this.answers = {};
  }

  private onStart(matter: Matter, bundle: Bundle | undefined): void {
    const detail: ZwfwStartDetail = bundle ? { matterCode: matter.code, bundleCode: bundle.id } : { matterCode: matter.code };
    if (!this.emit(new ZwfwStartEvent(detail))) return;
    const url = this.startUrl(matter, bundle);
    if (url) this.navigate(url);
  }

  /** Opens every section (as for printing). */
  expandAll(): void {
    this.openSections = new Set(SECTIONS);
  }

  /**
   * Where the start button goes, or `undefined` when nowhere safe: `start-href` with `{code}`/`{bundle}` filled
   * in, else the matter's online-service address.
   * @internal
   */
  startUrl(matter: Matter, bundle: Bundle | undefined): string | undefined {
    if (!this.startHref) return catalogueHref(matter.online.url, this.view.base);
    const url = this.startHref.replace(/\{(code|bundle)\}/g, (_, key: string) => encodeURIComponent(key === 'code' ? matter.code : (bundle?.id ?? '')));
    const safe = safeHref(url);
    if (!safe) console.error(`[zwfw] <zwfw-guide>: start-href must be https: or /path; not following ${url}`);
    return safe;
  }

  /** @internal Follows the start link (tests replace it). */
  navigate(url: string): void {
    location.assign(url);
  }

  private get allOpen(): boolean {
    return this.openSections.size === SECTIONS.length;
  }

  private get view(): s.GuideView {
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 4);
    const client = this.resolvedClient;
    return {
      locale: this.locale,
      itemLevel: level + 2,
      base: client instanceof Error ? undefined : client.baseUrl,
      t: (key: GuideKey, vars?: MessageVars) => this.t(guideStrings, key, vars),
    };
  }

  private get titleLevel(): number {
    return this.view.itemLevel - 2;
  }

  protected override render(): unknown {
    if (this.matter) return this.guide(this.matter, this.bundle);
    return this.resource.render({
      ready: ({ matter, bundle }) => this.guide(matter, this.bundle ?? bundle),
      idle: () => html`<p part="idle" class="state">${this.t(guideStrings, 'idle')}</p>`,
      error: (error) =>
        describeError(error).key === 'errorNotFound'
          ? this.resource.errorTemplate(error, this.t(guideStrings, 'notFound'))
          : this.resource.errorTemplate(error),
    });
  }

  private guide(m: Matter, bundle: Bundle | undefined): TemplateResult {
    const v = this.view;
    const inUse = m.state === 'in_use';
    return html`<article part="guide" class="guide" aria-labelledby="title">
      <header part="header" class="header">
        <div role="heading" aria-level=${this.titleLevel} id="title" part="title" class="title">${m.name}</div>
        ${inUse ? nothing : html`<p part="state-notice" class="notice">${v.t('stateNotice', { state: labelOf(MATTER_STATE_LABELS, m.state, v.locale) })}</p>`}
        ${s.facts(v, m)}
        ${bundle ? html`<p part="bundle-note" class="bundle-note">${v.t('bundleNote', { bundle: bundle.name })}</p>` : nothing}
        ${inUse
          ? html`<p class="actions"><button part="start" class="button primary start" type="button" @click=${() => this.onStart(m, bundle)}>
              ${v.t(m.online.isOnline ? 'startOnline' : 'start')}
            </button></p>`
          : nothing}
      </header>
      <nav part="toc" class="toc" aria-label=${v.t('toc')}>
        <ol>
          ${SECTIONS.map((id) => html`<li><button part="toc-link" class="toc-link" type="button" @click=${() => this.onTocLink(id)}>${v.t(id)}</button></li>`)}
        </ol>
        <button part="expand-all" class="button expand-all" type="button" @click=${this.onExpandAll}>${v.t(this.allOpen ? 'collapseAll' : 'expandAll')}</button>
      </nav>
      ${SECTIONS.map((id) => this.section(id, id === 'materials' ? this.materials(v, m) : RENDERERS[id]!(v, m)))}
    </article>`;
  }

  private section(id: GuideSection, content: unknown): TemplateResult {
    const open = this.openSections.has(id);
    return html`<div part="section" class="section">
      <div role="heading" aria-level=${this.titleLevel + 1} part="section-heading" class="section-heading">
        <button part="section-toggle" class="toggle" type="button" id="t-${id}" aria-expanded=${open ? 'true' : 'false'} aria-controls="p-${id}" @click=${() => this.onToggle(id)}>
          ${this.t(guideStrings, id)}
        </button>
      </div>
      <div part="section-panel" class="panel" id="p-${id}" hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.onToggle(id, true)}>${content}</div>
    </div>`;
  }

  private materials(v: s.GuideView, m: Matter): TemplateResult {
    const questions = m.situations ?? [];
    const shown = [...materialsForAnswers(m, this.answers)].sort((a, b) => a.order - b.order);
    return html`${questions.length
        ? html`<div part="situations" class="situations">
            <div role="heading" aria-level=${v.itemLevel} part="item-heading" class="item-heading">${v.t('situations')}</div>
            <p class="muted">${v.t('situationsIntro')}</p>
            ${questions.map((q, i) => this.question(q, i))}
            <button part="clear-answers" class="button" type="button" @click=${this.onClearAnswers}>${v.t('clearAnswers')}</button>
            <p part="material-count" class="count" role="status">${v.t('applicable', { count: shown.length, total: m.materials.length })}</p>
          </div>`
        : nothing}
      ${shown.length ? html`<ol part="materials" class="materials">${shown.map((mat) => s.material(v, mat))}</ol>` : html`<p class="muted">${v.t('none')}</p>`}`;
  }

  private question(q: SituationQuestion, i: number): TemplateResult {
    const chosen = picked(this.answers, q.id);
    return html`<fieldset part="question" class="question" aria-describedby=${q.help ? `qh${i}` : nothing}>
      <legend>${q.text}</legend>
      ${q.help ? html`<p id="qh${i}" class="muted">${q.help}</p>` : nothing}
      ${q.options.map(
        (o) => html`<label part="option" class="option">
          <input type=${q.multiple ? 'checkbox' : 'radio'} name="q${i}" .value=${o.id} .checked=${chosen.includes(o.id)}
            @change=${(e: Event) => this.onAnswer(q, o.id, (e.target as HTMLInputElement).checked)} />
          <span>${o.label}</span>
        </label>`,
      )}
    </fieldset>`;
  }
}
