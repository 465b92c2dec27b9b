import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  applyDerived, applyPrefill, cleanFormValues, fieldOfPointer, fieldState, getValueAt, getValueIn, parseFieldInput, sectionStates, setValueIn,
  specForSteps, validateFormValues, type ApplicationReceipt, type Bundle, type FormIssue, type FormMaterial,
  type FormField, type FormSection, type FormSpec, type ScalarFormField, type SectionState, type ServicePoint,
} from '@zwfw/core';
import { checkUpload, isZwfwError, newIdempotencyKey, type Draft, type DraftKey, type ZwfwClient } from '@zwfw/sdk';
import { ZwfwSubmitEvent } from '../../events/form-submit.js';
import { ResourceController } from '../../internal/controllers/resource.js';
import { describeError } from '../../internal/errors.js';
import { ZwfwElement } from '../../internal/zwfw-element.js';
import { hostStyles, sharedStyles } from '../../styles/host.js';
import { commonStrings } from '../../translations/common.js';
import { formatDate, type MessageVars } from '../../translations/format.js';
import { formStrings, type FormKey } from '../../translations/form.js';
import { agentIssues, renderAgentBanner, renderAgentSignIn, renderConsent, type AgentHost } from './agent.js';
import { domId, renderField, type FieldHost, type FieldView } from './fields.js';
import {
  activeMaterials, buildSubmission, defersMaterials, emptyState, isELicenseExempt, isFormState, materialKey,
  type AgentSession, type FormState, type MaterialEntry,
} from './form-state.js';
import { materialPointer, renderMaterials, renderUpload, type MaterialsHost, type UploadStatus } from './materials.js';
import { RegionCache, renderRegion } from './region.js';
import { renderRepeat } from './repeat.js';
import { renderReview } from './review.js';
import { formStyles } from './zwfw-form.styles.js';

type Loaded = { spec: FormSpec; bundle: Bundle | undefined; points: ServicePoint[] };
/** `sign-in`: agent mode before staff start; `resume`: a draft is offered; `fill`: the steps; `done`: the result. */
type Phase = 'sign-in' | 'resume' | 'fill' | 'done';
/** Where a shown problem is, for the summary's link. */
type Problem = { pointer: string; message: string; step: number };

/** Saves wait this long after the last change, so typing is not slowed by storage. */
const SAVE_DELAY_MS = 400;

/**
 * @tagname zwfw-form
 * @summary 智能表单 (一张表单): the application form of a matter or of a 一件事 bundle, from the server's form spec.
 * Prefilled from the page's profile and e-licences, checked as the person leaves each field with the same
 * validators the server runs, in steps with a task list, a linked error summary, the materials checklist with
 * uploads, 容缺后补 under a signed 告知承诺书, a review page, and one case however often it is submitted.
 *
 * What is typed is saved on this device after every change (IndexedDB through the SDK's drafts) and offered back
 * after a reload, a crash or a closed tab; the draft holds the submission's idempotency key, so a retry after a
 * failure, a reload or a lost connection returns the first case instead of creating a second. Offline, the
 * form keeps working and submits when the connection returns.
 *
 * With `agent-mode` (帮办代办 at a partner's counter), staff sign in with their staff id and branch first; drafts
 * are kept per staff id; the customer's consent record number is required before submitting; the case records
 * the agent.
 *
 * @event zwfw-submit - The case was created (or found again for a retried submission); `detail` is the receipt.
 *
 * @csspart base - The element's box.
 * @csspart title - The form's title.
 * @csspart task-list - The steps with each one's state (a navigation list).
 * @csspart task - One step of the task list (a button).
 * @csspart task-state - A step's state: not started, in progress, completed, has errors.
 * @csspart step - The current step.
 * @csspart step-title - The current step's heading.
 * @csspart error-summary - The problems of the step or of the submission, each linked to its field.
 * @csspart field - One field: label, hint, error and control.
 * @csspart field-label - A field's label or legend.
 * @csspart field-hint - A field's help, prefill or derivation note.
 * @csspart field-error - A field's problem in plain words.
 * @csspart control - An input, select or textarea.
 * @csspart choices - The options of a radio or multi-select field.
 * @csspart choice - One option.
 * @csspart region - The cascading selects of a region field.
 * @csspart repeat - A repeated group (shareholders …) with its items.
 * @csspart repeat-item - One item of a repeated group.
 * @csspart add-button - Adds an item to a repeated group.
 * @csspart remove-button - Removes an item.
 * @csspart materials - The materials checklist.
 * @csspart material - One material.
 * @csspart upload - A material's upload control, progress and files.
 * @csspart file-input - The native file input.
 * @csspart files - The files uploaded for a material.
 * @csspart exempt - The 免提交 note of an e-licence material.
 * @csspart commitment - The 告知承诺书, the signer's name and the agreement.
 * @csspart commitment-text - The full commitment text.
 * @csspart review-section - One section of the review page.
 * @csspart change-button - Goes back to change a section.
 * @csspart nav - The previous / next / submit buttons.
 * @csspart submit-button - The submit button.
 * @csspart draft-status - Whether the draft is saved on this device.
 * @csspart notice - Offline, resumed-draft and form-updated notices.
 * @csspart result - The case number and access code after submitting.
 * @csspart agent - The staff sign-in, banner and consent of agent mode.
 * @csspart loading - The loading state.
 * @csspart error - The error state (plain words and a retry).
 *
 * @cssstate offline - The browser is offline.
 * @cssstate submitting - The application is being sent.
 * @cssstate submitted - The result is shown.
 * @cssstate dark - Dark colour scheme.
 * @cssstate elderly - 适老化 mode.
 */
export class ZwfwForm extends ZwfwElement {
  static override styles = [hostStyles, sharedStyles, formStyles];

  /** @internal The form spec, the bundle (for its optional steps) and, in agent mode, the partner's branches. */
  readonly resource: ResourceController<readonly [string, string, boolean, FormSpec | undefined], Loaded> = new ResourceController(this, {
    args: () => (this.matterCode || this.bundleId || this.spec ? ([this.matterCode, this.bundleId, this.agentMode, this.spec] as const) : undefined),
    load: async (client, [matterCode, bundleId, agent, given], signal) => {
      const [spec, bundle, points] = await Promise.all([
        given ?? client.forms.get(bundleId ? { bundleId } : { matterCode }, { signal }),
        bundleId ? client.bundles.get(bundleId, { signal }) : undefined,
        agent && this.partner ? client.partner.servicePoints({ partner: this.partner }, { signal }).toArray({ max: 500 }) : [],
      ]);
      return { spec, bundle, points };
    },
  });

  private readonly regions = new RegionCache(this);
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The pointer of the control being typed in (its text is shown as typed until it is left). */
  private editing = '';
  /** The spec the state was set up for (a new spec starts over). */
  private setUpFor: FormSpec | undefined;
  private readonly onNetwork = (): void => {
    this.offline = !navigator.onLine;
    if (!this.offline && this.pendingSubmit) void this.submit();
  };
  private readonly onPageHide = (): void => this.flushDraft();

  @state() private formState: FormState = emptyState('');
  @state() private phase: Phase = 'fill';
  @state() private offered: Draft | undefined;
  @state() private prefilled: ReadonlyMap<string, { source: string; locked: boolean }> = new Map();
  @state() private serverErrors: ReadonlyMap<string, string> = new Map();
  @state() private summaryShown = false;
  @state() private uploads: ReadonlyMap<string, UploadStatus> = new Map();
  @state() private savedAt: string | undefined;
  @state() private saveFailed = false;
  @state() private versionChanged = false;
  @state() private submitting = false;
  @state() private submitError = '';
  @state() private pendingSubmit = false;
  @state() private offline = typeof navigator !== 'undefined' && !navigator.onLine;
  @state() private receipt: ApplicationReceipt | undefined;
  @state() private signInErrors: ReadonlyMap<string, string> = new Map();

  /** 实施编码 of the matter to apply for (or use `bundle-id`). */
  @property({ attribute: 'matter-code' }) matterCode = '';

  /** Id of the 一件事 bundle to apply for with one merged form (or use `matter-code`). */
  @property({ attribute: 'bundle-id' }) bundleId = '';

  /** What the government already holds, for prefilling: `{ user: {name, idNumber, mobile}, eLicense: {…}, district: {regionCode} }`. */
  @property({ attribute: false }) profile: Readonly<Record<string, unknown>> = {};

  /** 申请渠道 recorded on the case: `web`, `app`, `mini_program`, `window`, `terminal`; agent mode uses `partner_counter`. */
  @property() channel: 'web' | 'app' | 'mini_program' | 'window' | 'terminal' | 'partner_counter' = 'web';

  /** Keeps drafts apart per person on a shared device (e.g. a hashed user id); agent mode scopes by staff id. */
  @property({ attribute: 'draft-scope' }) draftScope = '';

  /** Link of the progress page shown after submitting; `{caseNumber}` is replaced. */
  @property({ attribute: 'progress-href' }) progressHref = '';

  /** Link of the rating page shown after submitting; `{caseNumber}` is replaced. */
  @property({ attribute: 'rating-href' }) ratingHref = '';

  /** 帮办代办: partner staff fill the form for a customer at a counter (needs a counter key of `partner`). */
  @property({ type: Boolean, attribute: 'agent-mode' }) agentMode = false;

  /** Agent mode: the partner (bank) id the counter key belongs to. */
  @property() partner = '';

  /** Agent mode: the branch preselected at sign-in (its id). */
  @property() branch = '';

  /** A form spec given directly (a host's own form) instead of loading it by `matter-code` or `bundle-id`. */
  @property({ attribute: false }) spec: FormSpec | undefined;

  /** Values the page sets at the start (unlocked; a draft's values win), e.g. the host bank's code. */
  @property({ attribute: false }) presets: Readonly<Record<string, unknown>> = {};

  /** The answers as they stand (a copy; the form keeps its own), nested by the fields' dotted ids. */
  get values(): Record<string, unknown> {
    return structuredClone(this.formState.values);
  }

  private get client(): ZwfwClient | undefined {
    const c = this.resolvedClient;
    return c instanceof Error ? undefined : c;
  }

  private get loaded(): FormSpec | undefined {
    return this.resource.value?.spec;
  }

  /** The spec as it applies with the optional steps the applicant skips. */
  private get applied(): FormSpec | undefined {
    const spec = this.loaded;
    return spec && specForSteps(spec, this.formState.skipSteps);
  }

  /** Sections with something to ask for the current answers. */
  private get sections(): FormSection[] {
    const spec = this.applied;
    if (!spec) return [];
    return spec.sections.filter((s) => s.fields.some((f) => fieldState(f, this.formState.values).visible));
  }

  private get materials(): FormMaterial[] {
    const spec = this.applied;
    return spec ? activeMaterials(spec, this.formState.skipSteps) : [];
  }

  /** Steps: the sections, the materials (when there are any), the review. */
  private get stepCount(): number {
    return this.sections.length + (this.materials.length > 0 ? 1 : 0) + 1;
  }

  private get draftKey(): DraftKey | undefined {
    const spec = this.loaded;
    if (!spec) return undefined;
    const scope = this.agentMode ? (this.formState.agent ? `agent:${this.partner}:${this.formState.agent.staffId}` : undefined) : this.draftScope || undefined;
    if (this.agentMode && scope === undefined) return undefined;
    return {
      formId: spec.id,
      ...(spec.bundleId === undefined ? { matterCode: spec.matterCode ?? '' } : { bundleId: spec.bundleId }),
      ...(scope === undefined ? {} : { scope }),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onNetwork);
    addEventListener('offline', this.onNetwork);
    addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    removeEventListener('online', this.onNetwork);
    removeEventListener('offline', this.onNetwork);
    removeEventListener('pagehide', this.onPageHide);
    this.flushDraft();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.client;
    if (client) this.regions.use(client);
    const spec = this.loaded;
    if (spec && spec !== this.setUpFor) {
      this.setUpFor = spec;
      this.start(spec);
    } else if (spec && changed.has('profile')) {
      this.prefill(this.formState);
    }
    this.setState('offline', this.offline);
    this.setState('submitting', this.submitting);
    this.setState('submitted', this.phase === 'done');
  }

  /** A new spec: agent sign-in first, else look for a draft. */
  private start(spec: FormSpec): void {
    this.receipt = undefined;
    this.serverErrors = new Map();
    this.summaryShown = false;
    this.prefill({ ...emptyState(newKey()), values: { ...this.presets } });
    if (this.agentMode) {
      this.phase = 'sign-in';
      return;
    }
    void this.lookForDraft(spec);
  }

  private async lookForDraft(spec: FormSpec): Promise<void> {
    const key = this.draftKey;
    const client = this.client;
    this.phase = 'fill';
    if (!key || !client) return;
    const draft = await client.drafts.load(key).catch(() => undefined);
    if (spec !== this.loaded || !draft || !isFormState(draft.values)) return;
    this.offered = draft;
    this.phase = 'resume';
  }

  /** Applies the profile's prefills to a state and makes it current. */
  private prefill(s: FormState): void {
    const spec = this.loaded;
    if (!spec) return;
    const { values, prefilled } = applyPrefill(spec, s.values, this.profile);
    this.prefilled = prefilled;
    this.formState = { ...s, values: applyDerived(spec, values) };
  }

  private resume(): void {
    const draft = this.offered;
    const spec = this.loaded;
    if (!draft || !spec || !isFormState(draft.values)) return;
    const saved = draft.values;
    // Another version of the form: keep what still applies; the body changes, so the key must too.
    this.versionChanged = draft.formVersion !== spec.version;
    const s: FormState = this.versionChanged
      ? { ...saved, values: cleanFormValues(spec, saved.values).values, step: 0, idempotencyKey: newKey(), touched: [] }
      : saved;
    this.offered = undefined;
    this.phase = 'fill';
    const agent = this.formState.agent ?? s.agent;
    this.prefill(agent ? { ...s, agent } : s);
    void this.focusStep();
  }

  private discard(): void {
    const key = this.draftKey;
    if (key) void this.client?.drafts.remove(key);
    this.offered = undefined;
    this.phase = 'fill';
    void this.focusStep();
  }

  // ——— changes ———

  private update_(next: Partial<FormState>): void {
    const spec = this.loaded;
    const merged = { ...this.formState, ...next };
    this.formState = spec && next.values ? { ...merged, values: applyDerived(spec, next.values) } : merged;
    this.scheduleSave();
  }

  private setValue(view: FieldView, value: unknown): void {
    const values = setValueIn(this.formState.values, pathOf(view.pointer), value);
    if (this.serverErrors.has(view.pointer)) {
      const rest = new Map(this.serverErrors);
      rest.delete(view.pointer);
      this.serverErrors = rest;
    }
    this.update_({ values });
  }

  private touch(...pointers: string[]): void {
    const touched = new Set(this.formState.touched);
    if (pointers.every((p) => touched.has(p))) return;
    for (const p of pointers) touched.add(p);
    this.update_({ touched: [...touched] });
  }

  private setMaterial(m: FormMaterial, change: (entry: MaterialEntry) => MaterialEntry): void {
    const key = materialKey(m);
    const entry = change(this.formState.materials[key] ?? { files: [] });
    this.update_({ materials: { ...this.formState.materials, [key]: entry } });
  }

  private setUpload(key: string, status: UploadStatus | undefined): void {
    const uploads = new Map(this.uploads);
    if (status) uploads.set(key, status);
    else uploads.delete(key);
    this.uploads = uploads;
  }

  private async upload(m: FormMaterial, files: readonly File[]): Promise<void> {
    const client = this.client;
    const spec = this.loaded;
    if (!client || !spec) return;
    const key = materialKey(m);
    for (const file of files) {
      // The browser's check says at once what is wrong; the server checks the bytes again.
      const check = checkUpload(file, m);
      if (!check.ok) {
        this.setUpload(key, { name: file.name, error: check.message[this.locale] });
        continue;
      }
      this.setUpload(key, { name: file.name, fraction: 0 });
      try {
        const receipt = await client.uploads.create(file, {
          formId: spec.id, materialId: m.materialId, ...(m.matterCode ? { matterCode: m.matterCode } : {}), material: m,
          onProgress: (p) => this.setUpload(key, { name: file.name, fraction: p.fraction }),
        });
        this.setUpload(key, undefined);
        this.setMaterial(m, (e) => ({ ...e, files: [...e.files, { fileRef: receipt.fileRef, name: file.name, size: file.size }] }));
        this.clearServerError(materialPointer(m));
      } catch (error) {
        const reason = isZwfwError(error) && error.type === 'api_error' ? error.title : this.t(commonStrings, describeError(error).key);
        this.setUpload(key, { name: file.name, error: reason });
      }
    }
  }

  private clearServerError(pointer: string): void {
    if (!this.serverErrors.has(pointer)) return;
    const rest = new Map(this.serverErrors);
    rest.delete(pointer);
    this.serverErrors = rest;
  }

  // ——— drafts ———

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushDraft(), SAVE_DELAY_MS);
  }

  private flushDraft(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const key = this.draftKey;
    const client = this.client;
    const spec = this.loaded;
    if (!key || !client || !spec || this.phase === 'done') return;
    client.drafts.save(key, this.formState as unknown as Record<string, unknown>, { formVersion: spec.version }).then(
      (d) => {
        this.savedAt = d.updatedAt;
        this.saveFailed = false;
      },
      () => (this.saveFailed = true),
    );
  }

  // ——— problems ———

  /** Every problem of the answers now, by pointer, with the step it is on. */
  private problems(): Problem[] {
    const spec = this.applied;
    if (!spec) return [];
    const s = this.formState;
    const out: Problem[] = [];
    const stepOfSection = (id: string) => this.sections.findIndex((x) => x.id === id);
    const issues: FormIssue[] = validateFormValues(spec, s.values);
    for (const issue of issues) {
      const at = fieldOfPointer(spec, issue.path);
      out.push({ pointer: issue.path, message: issue.message[this.locale], step: at ? stepOfSection(at.sectionId) : 0 });
    }
    const materialsStep = this.sections.length;
    for (const m of this.materials) {
      const entry = s.materials[materialKey(m)];
      const missing = m.necessity !== 'optional' && !isELicenseExempt(m) && !(entry?.deferred && m.toleranceAllowed) && !(entry && entry.files.length > 0);
      if (missing) out.push({ pointer: materialPointer(m), message: this.t(formStrings, 'materialMissing', { name: m.name ?? m.materialId }), step: materialsStep });
    }
    if (defersMaterials(spec, s)) {
      if (!s.commitment.signerName.trim()) out.push({ pointer: '/commitment/signerName', message: this.t(formStrings, 'signerMissing'), step: materialsStep });
      if (!s.commitment.agreed) out.push({ pointer: '/commitment', message: this.t(formStrings, 'commitmentMissing'), step: materialsStep });
    }
    if (this.agentMode) out.push(...agentIssues(s.agent, this.stepCount - 1, this.agentHost));
    for (const [pointer, message] of this.serverErrors) {
      if (!out.some((p) => p.pointer === pointer)) {
        const at = fieldOfPointer(spec, pointer);
        out.push({ pointer, message, step: at ? stepOfSection(at.sectionId) : pointer.startsWith('/materials') || pointer.startsWith('/commitment') ? materialsStep : this.stepCount - 1 });
      }
    }
    return out;
  }

  /** Problems shown next to their fields: of fields left once, of checked steps, and the server's. */
  private shown(): Map<string, string> {
    const touched = new Set(this.formState.touched);
    const map = new Map<string, string>();
    for (const p of this.problems()) if (touched.has(p.pointer) || this.serverErrors.has(p.pointer)) map.set(p.pointer, p.message);
    return map;
  }

  // ——— navigation ———

  private async focusStep(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="step-title"]')?.focus();
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
  }

  private go(step: number): void {
    this.summaryShown = false;
    this.update_({ step: Math.max(0, Math.min(step, this.stepCount - 1)) });
    void this.focusStep();
  }

  /** Parses what was typed in every field (pasted full-width digits, spaces …) before a step is checked. */
  private normalise(): void {
    const spec = this.loaded;
    if (!spec) return;
    let values = this.formState.values;
    for (const section of spec.sections) {
      for (const f of section.fields) {
        const v = getValueAt(values, f.id);
        if (typeof v === 'string' && f.kind !== 'repeat') values = setValueIn(values, f.id.split('.'), parseFieldInput(f, v));
        if (f.kind === 'repeat' && Array.isArray(v)) {
          values = setValueIn(values, f.id.split('.'), v.map((item: unknown) => {
            let out = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
            for (const i of f.itemFields ?? []) {
              const iv = getValueAt(out, i.id);
              if (typeof iv === 'string') out = setValueIn(out, i.id.split('.'), parseFieldInput(i, iv));
            }
            return out;
          }));
        }
      }
    }
    if (values !== this.formState.values) this.update_({ values });
  }

  /** Next: only when the step has no problem; otherwise the summary lists them. */
  private next(): void {
    this.normalise();
    const step = this.formState.step;
    const here = this.problems().filter((p) => p.step === step);
    if (here.length > 0) {
      this.touch(...here.map((p) => p.pointer));
      this.summaryShown = true;
      void this.focusSummary();
      return;
    }
    this.go(step + 1);
  }

  private async focusProblem(p: Problem): Promise<void> {
    if (p.step !== this.formState.step) this.update_({ step: p.step });
    await this.updateComplete;
    const id = p.pointer.startsWith('/materials/') ? undefined : p.pointer.startsWith('/commitment') ? (p.pointer === '/commitment' ? 'f-commitment' : 'f-commitment-signer') : domId(p.pointer);
    const target = id ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : this.materialInput(p.pointer);
    // A problem about a whole repeat or choice group points at its first control.
    (target ?? this.renderRoot.querySelector<HTMLElement>(`[id^="${CSS.escape(domId(p.pointer))}"]`))?.focus();
  }

  private materialInput(pointer: string): HTMLElement | null {
    const index = this.materials.findIndex((m) => materialPointer(m) === pointer);
    return index < 0 ? null : this.renderRoot.querySelector<HTMLElement>(`#m${index}`);
  }

  // ——— submission ———

  private async submit(): Promise<void> {
    const spec = this.applied;
    const client = this.client;
    if (!spec || !client || this.submitting) return;
    this.normalise();
    const problems = this.problems();
    if (problems.length > 0) {
      this.touch(...problems.map((p) => p.pointer));
      this.summaryShown = true;
      return void this.focusSummary();
    }
    this.flushDraft();
    this.submitting = true;
    this.submitError = '';
    this.pendingSubmit = false;
    const body = buildSubmission(spec, this.formState, { channel: this.agentMode ? 'partner_counter' : this.channel, now: new Date(), ...(this.agentMode ? { partner: this.partner } : {}) });
    try {
      const receipt = await client.applications.submit(body, { idempotencyKey: this.formState.idempotencyKey });
      this.receipt = receipt;
      this.phase = 'done';
      const key = this.draftKey;
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      // The event goes out with the result, not after the draft's removal (IndexedDB is slow): a page that reacts
      // to the result being shown must already have the receipt.
      this.emit(new ZwfwSubmitEvent(receipt));
      if (key) await client.drafts.remove(key).catch(() => undefined);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="result"] h2')?.focus();
    } catch (error) {
      this.failed(error);
    } finally {
      this.submitting = false;
    }
  }

  private failed(error: unknown): void {
    if (isZwfwError(error) && (error.type === 'network_error' || error.type === 'timeout_error') && !navigator.onLine) {
      // Sent again with the same key when the connection returns: the server gives the first case if it got it.
      this.pendingSubmit = true;
      this.offline = true;
      return;
    }
    if (isZwfwError(error) && error.type === 'api_error' && error.errors.length > 0) {
      const spec = this.applied!;
      const errors = new Map<string, string>();
      for (const e of error.errors) errors.set(serverPointer(spec, e.path, this.formState.values), e.message);
      this.serverErrors = errors;
      this.touch(...errors.keys());
      this.summaryShown = true;
      this.submitError = this.t(formStrings, 'fixErrors', { count: errors.size });
      return void this.focusSummary();
    }
    const reason = isZwfwError(error) && error.type === 'api_error' ? `${error.title}。` : this.t(commonStrings, describeError(error).key);
    this.submitError = this.t(formStrings, 'submitFailed', { reason });
  }

  // ——— hosts for the render modules ———

  private readonly tf = (key: FormKey, vars?: MessageVars): string => this.t(formStrings, key, vars);

  private get fieldHost(): FieldHost {
    return {
      t: this.tf,
      input: (view, raw) => {
        this.editing = view.pointer;
        this.setValue(view, raw);
      },
      leave: (view) => {
        this.editing = '';
        // The view was drawn before the last keystrokes: parse what the state holds now.
        const now = getValueIn(this.formState.values, pathOf(view.pointer));
        if (typeof now === 'string') this.setValue(view, parseFieldInput(view.field, now));
        this.touch(view.pointer);
      },
      region: (view, id, describedBy) => renderRegion(view, id, describedBy, this.regions, this.fieldHost, this.locale),
      file: (view, id) => {
        const spec = this.loaded!;
        const m = spec.materials.find((x) => x.materialId === view.field.materialId) ?? { materialId: view.field.materialId ?? view.field.id, necessity: 'optional' as const, toleranceAllowed: false };
        return renderUpload(spec, m, this.formState.materials[materialKey(m)], this.materialsHost, id);
      },
      repeat: (view) => renderRepeat(view, (fields, item, prefix) => this.views(fields, item, prefix), this.fieldHost, (items) => this.setValue(view, items)),
      root: () => this.renderRoot,
    };
  }

  private get materialsHost(): MaterialsHost {
    const shown = this.shown();
    return {
      t: this.tf,
      upload: (m, files) => void this.upload(m, files),
      removeFile: (m, ref) => this.setMaterial(m, (e) => ({ ...e, files: e.files.filter((f) => f.fileRef !== ref) })),
      defer: (m, deferred) => {
        this.setMaterial(m, (e) => ({ ...e, deferred }));
        this.clearServerError(materialPointer(m));
      },
      commitment: (change) => {
        const signerName = change.signerName ?? this.formState.commitment.signerName;
        this.update_({ commitment: { ...this.formState.commitment, ...change, signerName } });
      },
      error: (pointer) => shown.get(pointer),
      uploads: this.uploads,
    };
  }

  private get agentHost(): AgentHost {
    return {
      t: this.tf,
      points: this.resource.value?.points ?? [],
      preset: this.branch,
      signInErrors: this.signInErrors,
      signInFailed: (errors) => {
        this.signInErrors = errors;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      },
      signIn: (session: AgentSession) => {
        this.signInErrors = new Map();
        this.formState = { ...this.formState, agent: session };
        void this.lookForDraft(this.loaded!);
        void this.focusStep();
      },
      signOut: () => {
        this.flushDraft();
        this.setUpFor = undefined;
        this.requestUpdate();
      },
      consent: (consentRef: string) => this.update_({ agent: { ...this.formState.agent!, consentRef } }),
      error: (pointer: string) => this.shown().get(pointer),
    };
  }

  /** Views of the fields of a section (or of one repeat item, with its pointer prefix). */
  private views(fields: readonly (FormField | ScalarFormField)[], scope: unknown, prefix: string, shown = this.shown()): FieldView[] {
    return fields.map((field) => {
      const pointer = `${prefix}/${field.id.split('.').join('/')}`;
      return {
        field,
        pointer,
        value: getValueAt(scope, field.id),
        state: fieldState(field, scope),
        error: shown.get(pointer),
        editing: pointer === this.editing,
        prefill: prefix === '/values' ? this.prefilled.get(field.id) : undefined,
      };
    });
  }

  // ——— render ———

  protected override render() {
    return html`<div part="base" class="base">${this.resource.render({ ready: ({ spec }) => this.renderReady(spec) })}</div>`;
  }

  private renderReady(spec: FormSpec): TemplateResult {
    const agentBanner = this.agentMode && this.formState.agent ? renderAgentBanner(this.formState.agent, this.agentHost) : nothing;
    const title = html`<h2 part="title" class="title">${spec.title}</h2>`;
    if (this.phase === 'done' && this.receipt) return html`${agentBanner}${this.renderResult(this.receipt)}`;
    if (this.phase === 'sign-in') return html`${title}${renderAgentSignIn(this.agentHost)}`;
    if (this.phase === 'resume' && this.offered) {
      return html`${title}${agentBanner}<section part="notice" class="notice resume" aria-labelledby="resume-title">
        <h3 id="resume-title" part="step-title" tabindex="-1">${this.tf('resumeTitle')}</h3>
        <p>${this.tf('resumeText', { time: formatDate(this.locale, this.offered.updatedAt, true) })}</p>
        <div class="actions"><button type="button" class="button primary" @click=${this.resume}>${this.tf('resume')}</button>
          <button type="button" class="button" @click=${this.discard}>${this.tf('discard')}</button></div>
      </section>`;
    }
    return html`${title}${agentBanner}${this.renderNotices()}
      <div class="layout">${this.renderTaskList(spec)}<div class="main">${this.renderStep(spec)}</div></div>`;
  }

  private renderNotices(): TemplateResult {
    return html`<div role="status" class="notices">
      ${this.offline ? html`<p part="notice" class="notice warning">${this.tf(this.pendingSubmit ? 'offline' : 'offlineFilling')}</p>` : nothing}
      ${this.versionChanged ? html`<p part="notice" class="notice">${this.tf('versionChanged')}</p>` : nothing}
    </div>`;
  }

  private stepStates(spec: FormSpec): Map<string, SectionState> {
    const touched = new Set(this.formState.touched);
    const issues = validateFormValues(spec, this.formState.values).filter((i) => touched.has(i.path));
    return new Map(sectionStates(spec, this.formState.values, issues).map((s) => [s.id, s.state]));
  }

  private renderTaskList(spec: FormSpec): TemplateResult {
    const states = this.stepStates(this.applied ?? spec);
    const shown = this.shown();
    const materialState: SectionState = [...shown.keys()].some((p) => p.startsWith('/materials') || p.startsWith('/commitment')) ? 'has_errors'
      : Object.keys(this.formState.materials).length > 0 ? 'in_progress' : 'not_started';
    const steps: { title: string; state: SectionState | undefined }[] = [
      ...this.sections.map((s) => ({ title: s.title, state: states.get(s.id) })),
      ...(this.materials.length > 0 ? [{ title: this.tf('materialsStep'), state: materialState }] : []),
      { title: this.tf('reviewStep'), state: undefined },
    ];
    const label: Record<SectionState, FormKey> = { not_started: 'notStarted', in_progress: 'inProgress', done: 'done', has_errors: 'hasErrors' };
    return html`<nav part="task-list" class="task-list" aria-label=${this.tf('taskList')}><ol>
      ${steps.map((s, i) => html`<li><button type="button" part="task" class="task ${s.state ?? ''}" aria-current=${i === this.formState.step ? 'step' : nothing}
        @click=${() => this.go(i)}><span class="task-title">${s.title}</span>
        ${s.state ? html`<span part="task-state" class="task-state ${s.state}">${this.tf(label[s.state])}</span>` : nothing}</button></li>`)}
    </ol></nav>`;
  }

  private renderSummary(problems: readonly Problem[]): TemplateResult | typeof nothing {
    if (!this.summaryShown || problems.length === 0) return nothing;
    return html`<div part="error-summary" class="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
      <h3 id="summary-title">${this.tf('errorSummary')}</h3>
      ${this.submitError ? html`<p>${this.submitError}</p>` : nothing}
      <ul>${problems.map((p) => html`<li><a href=${`#${domId(p.pointer)}`} @click=${(e: Event) => {
        e.preventDefault();
        void this.focusProblem(p);
      }}>${p.message}</a></li>`)}</ul>
    </div>`;
  }

  private renderStep(spec: FormSpec): TemplateResult {
    const s = this.formState;
    const sections = this.sections;
    const step = Math.min(s.step, this.stepCount - 1);
    const isMaterials = step === sections.length && this.materials.length > 0;
    const isReview = step === this.stepCount - 1;
    const shown = this.shown();
    const all = this.problems().filter((p) => shown.has(p.pointer));
    const problems = isReview ? all : all.filter((p) => p.step === step);
    const section = sections[step];
    const title = isReview ? this.tf('reviewStep') : isMaterials ? this.tf('materialsStep') : section!.title;
    const applied = this.applied ?? spec;
    let body: unknown;
    if (isReview) {
      const review = { t: this.tf, region: (code: string) => this.regions.nameOf(code), change: (i: number) => this.go(i < 0 ? sections.length : sections.findIndex((x) => applied.sections.indexOf(x) === i)) };
      body = html`${renderReview(applied, sections, this.materials, applyDerived(applied, cleanFormValues(applied, s.values).values), s, review)}
        ${this.agentMode ? renderConsent(s.agent, this.agentHost) : nothing}`;
    } else if (isMaterials) {
      body = renderMaterials(applied, this.materials, s, this.materialsHost, defersMaterials(applied, s));
    } else {
      body = html`${section!.description ? html`<p class="intro">${section!.description}</p>` : nothing}
        ${step === 0 ? this.renderOptionalSteps() : nothing}
        ${this.views(section!.fields, s.values, '/values', shown).map((v) => renderField(v, this.fieldHost))}`;
    }
    return html`<section part="step" class="step" aria-labelledby="step-title">
      <p class="step-of">${this.tf('stepOf', { n: step + 1, count: this.stepCount })}</p>
      <h2 id="step-title" part="step-title" tabindex="-1">${title}</h2>
      ${this.renderSummary(problems)}
      ${body}
      ${this.renderNav(step, isReview)}
    </section>`;
  }

  private renderOptionalSteps(): TemplateResult | typeof nothing {
    const optional = this.resource.value?.bundle?.steps.filter((x) => x.optional) ?? [];
    if (optional.length === 0) return nothing;
    const skip = new Set(this.formState.skipSteps);
    return html`<fieldset class="field group optional-steps" part="field">
      <legend part="field-label">${this.tf('optionalSteps')}</legend><p class="hint">${this.tf('optionalStepsHint')}</p>
      ${optional.map((x) => html`<label class="choice"><input type="checkbox" .checked=${!skip.has(x.matterCode)} @change=${(e: Event) => {
        const keep = (e.target as HTMLInputElement).checked;
        const rest = this.formState.skipSteps.filter((c) => c !== x.matterCode);
        this.update_({ skipSteps: keep ? rest : [...rest, x.matterCode] });
      }} />${x.name ?? x.matterCode}</label>`)}
    </fieldset>`;
  }

  private renderNav(step: number, isReview: boolean): TemplateResult {
    const busy = this.submitting;
    return html`<div part="nav" class="nav">
      ${step > 0 ? html`<button type="button" class="button" @click=${() => this.go(step - 1)}>${this.tf('previous')}</button>` : nothing}
      ${isReview
        ? html`<button type="button" part="submit-button" class="button primary" ?disabled=${busy} @click=${this.submit}>
            ${busy ? html`<span class="spinner" aria-hidden="true"></span>${this.tf('submitting')}` : this.tf('submit')}</button>`
        : html`<button type="button" class="button primary" @click=${this.next}>${this.tf(step === this.stepCount - 2 ? 'toReview' : 'next')}</button>`}
      <p part="draft-status" class="draft-status" role="status">
        ${this.saveFailed ? this.tf('draftFailed') : this.savedAt ? this.tf('draftSaved', { time: formatDate(this.locale, this.savedAt, true) }) : ''}</p>
      ${this.submitError && !this.summaryShown ? html`<p class="error-message" role="alert">${this.submitError}</p>` : nothing}
    </div>`;
  }

  private renderResult(receipt: ApplicationReceipt): TemplateResult {
    const link = (href: string, key: FormKey) =>
      href ? html`<a class="button" href=${href.replace('{caseNumber}', encodeURIComponent(receipt.case.caseNumber))}>${this.tf(key)}</a>` : nothing;
    return html`<section part="result" class="result" aria-labelledby="result-title">
      <h2 id="result-title" tabindex="-1">${this.tf('resultTitle')}</h2>
      <p>${this.tf('resultText')}</p>
      <dl class="answers">
        <dt>${this.tf('caseNumber')}</dt><dd class="case-number">${receipt.case.caseNumber}</dd>
        <dt>${this.tf('accessToken')}</dt><dd class="token">${receipt.accessToken}</dd>
      </dl>
      <div class="actions">${link(this.progressHref, 'viewProgress')}${link(this.ratingHref, 'rate')}</div>
    </section>`;
  }
}

/** A new idempotency key for one application (kept in its draft; http origins lack crypto.randomUUID). */
const newKey = newIdempotencyKey;

/** The path segments of a value pointer (`/values/shareholders/0/name` -> shareholders, 0, name). */
function pathOf(pointer: string): (string | number)[] {
  return pointer.split('/').slice(2).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** The pointer a server error's dotted path names, as the form keys its problems. */
function serverPointer(spec: FormSpec, dotted: string, values: unknown): string {
  const pointer = `/${dotted.split('.').join('/')}`;
  const at = fieldOfPointer(spec, pointer, '/values', values);
  if (at === undefined) return pointer;
  const base = `/values/${at.path.split('.').join('/')}`;
  return at.index === undefined ? base : `${base}/${at.index}/${(at.itemId ?? '').split('.').join('/')}`;
}
