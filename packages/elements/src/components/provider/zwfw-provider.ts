import { ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ZwfwClient } from '@zwfw/sdk';
import { zwfwContext, type ZwfwContextValue } from '../../context/context.js';
import { appearanceTokens, type Appearance } from '../../internal/appearance.js';
import { sharedClient } from '../../internal/client-registry.js';
import { ZwfwElement } from '../../internal/zwfw-element.js';
import type { MessageOverrides, Msg } from '../../translations/types.js';
import { providerStyles } from './zwfw-provider.styles.js';

const NO_MESSAGES: MessageOverrides = Object.freeze({});

function mergeMessages(outer: MessageOverrides | undefined, own: MessageOverrides | undefined): MessageOverrides {
  if (!own) return outer ?? NO_MESSAGES;
  if (!outer) return own;
  const merged: Record<string, Readonly<Record<string, Msg>>> = { ...outer };
  for (const [locale, strings] of Object.entries(own)) merged[locale] = { ...outer[locale as keyof MessageOverrides], ...strings };
  return merged as MessageOverrides;
}

const sameValue = (a: ZwfwContextValue | undefined, b: ZwfwContextValue): boolean =>
  a !== undefined && (Object.keys(b) as Array<keyof ZwfwContextValue>).every((k) => Object.is(a[k], b[k]));

/**
 * @tagname zwfw-provider
 * @summary Gives every zwfw element inside it one shared SDK client (one cache, one search-index download, one
 * draft store), the locale, string overrides, the colour scheme, 适老化 mode and the partner's appearance.
 *
 * A nested provider inherits whatever it does not set from the outer one. Elements outside any provider work
 * from their own `base-url` attribute.
 *
 * @slot - The zwfw elements (and any other content) of the page section.
 */
export class ZwfwProvider extends ZwfwElement {
  static override styles = providerStyles;

  private readonly provider = new ContextProvider(this, { context: zwfwContext });

  private appliedTokens: string[] = [];

  /** A ready SDK client to share instead of one built from `base-url` and `publishable-key`. */
  @property({ attribute: false }) client: ZwfwClient | undefined;

  /** Page overrides of any element string, per locale: `{ en: { 'search.placeholder': 'Find a service' } }`. */
  @property({ attribute: false }) messages: MessageOverrides | undefined;

  /** The partner's brand (colours, radius, font, density), mapped to the `--zwfw-*` tokens of this section. */
  @property({ attribute: false }) appearance: Appearance | undefined;

  /** The context the provider gives its elements now. */
  get value(): ZwfwContextValue | undefined {
    return this.provider.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const next = this.computeValue();
    if (!sameValue(this.provider.value, next)) this.provider.setValue(next);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('appearance')) this.applyAppearance();
  }

  private computeValue(): ZwfwContextValue {
    const outer = this.context;
    const locale = this.locale;
    const baseUrl = this.baseUrl || outer?.baseUrl || '';
    const publishableKey = this.publishableKey || outer?.publishableKey || '';
    let client = this.client;
    if (!client && outer?.client && !this.baseUrl && !this.publishableKey && outer.locale === locale) client = outer.client;
    if (!client && baseUrl) {
      try {
        client = sharedClient({ baseUrl, publishableKey, locale });
      } catch (error) {
        // A bad base-url: elements show the configuration state; the webmaster reads the fix here.
        console.error(`[zwfw] <zwfw-provider>: ${(error as Error).message}`);
      }
    }
    return {
      client,
      baseUrl,
      publishableKey,
      locale,
      messages: mergeMessages(outer?.messages, this.messages),
      theme: this.theme || outer?.theme || 'light',
      elderly: this.elderly || (outer?.elderly ?? false),
    };
  }

  private applyAppearance(): void {
    for (const name of this.appliedTokens) this.style.removeProperty(name);
    const { tokens, problems } = appearanceTokens(this.appearance);
    for (const problem of problems) console.error(`[zwfw] <zwfw-provider>: ${problem}`);
    // Set through the CSSOM, which a strict CSP allows (it blocks style attributes in markup, not this).
    for (const [name, value] of Object.entries(tokens)) this.style.setProperty(name, value);
    this.appliedTokens = Object.keys(tokens);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
