// Minimal elements built on the base classes, to test the foundation apart from any component.
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { MatterSummary } from '@zwfw/sdk';
import { ResourceController } from '../src/internal/controllers/resource.js';
import { ZwfwElement } from '../src/internal/zwfw-element.js';
import { ZwfwFormElement, type ValidityResult } from '../src/internal/zwfw-form-element.js';
import { hostStyles, sharedStyles } from '../src/styles/host.js';
import { commonStrings } from '../src/translations/common.js';

/** Renders its locale and a shared string; colours a box with the primary token. */
export class ProbeElement extends ZwfwElement {
  static override styles = [hostStyles, sharedStyles, css`.box { color: var(--_primary); font-size: var(--_font-size); min-height: var(--_target); }`];
  protected override render() {
    return html`<p class="box" lang=${this.locale}>${this.locale}|${this.t(commonStrings, 'retry')}</p>`;
  }
}

/** Loads a page of matters through the resource controller. */
export class LoaderElement extends ZwfwElement {
  static override styles = [hostStyles, sharedStyles];
  loads = 0;
  signals: AbortSignal[] = [];
  @property() audience: 'natural_person' | 'enterprise' | '' = '';
  readonly resource = new ResourceController(this, {
    args: () => (this.audience ? ([this.audience] as const) : undefined),
    load: async (client, [audience], signal) => {
      this.loads += 1;
      this.signals.push(signal);
      const page = await client.matters.list({ audience, limit: 5 }, { signal }).first();
      return page.items as MatterSummary[];
    },
    isEmpty: (items) => items.length === 0,
  });
  protected override render() {
    return this.resource.render({ ready: (items) => html`<ul>${items.map((m) => html`<li>${m.name}</li>`)}</ul>` });
  }
}

/** A checkbox-like form element: value "yes" when on, required means it must be on. */
export class ProbeFormElement extends ZwfwFormElement {
  static override styles = [hostStyles, sharedStyles];
  @property({ type: Boolean }) checked = false;
  private initial = false;
  override connectedCallback(): void {
    super.connectedCallback();
    this.initial = this.checked;
  }
  protected override get formValue() {
    return this.checked ? 'yes' : null;
  }
  protected override validate(): ValidityResult {
    return this.required && !this.checked ? { flags: { valueMissing: true }, message: '请勾选' } : { flags: {}, message: '' };
  }
  protected override resetValue(): void {
    this.checked = this.initial;
  }
  protected override restoreValue(state: string | File | FormData | null): void {
    this.checked = state === 'yes';
  }
  protected override render() {
    return html`<button type="button" @click=${() => { this.checked = !this.checked; this.markInteracted(); }}>${this.checked ? 'on' : 'off'}</button>`;
  }
}

customElements.define('zwfw-test-probe', ProbeElement);
customElements.define('zwfw-test-loader', LoaderElement);
customElements.define('zwfw-test-form-probe', ProbeFormElement);
