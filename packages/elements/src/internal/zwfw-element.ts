import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localeOfTag, resolveLocale, type Locale } from '@zwfw/core';
import type { ZwfwClient } from '@zwfw/sdk';
import { zwfwContext, type ZwfwContextValue, type ZwfwTheme } from '../context/context.js';
import { formatMessage, type MessageVars } from '../translations/format.js';
import type { StringTable } from '../translations/types.js';
import { sharedClient } from './client-registry.js';
import { ensureContextRoot } from './context-root.js';
import { MissingConfigError } from './errors.js';
import { unwatchPageLang, watchPageLang } from './page-lang.js';

const darkQuery = (): MediaQueryList | undefined =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

/**
 * The base of every zwfw element. It finds the nearest `<zwfw-provider>` through `@lit/context`, resolves the
 * locale (own `lang`, then the provider's, then `<html lang>`) and follows changes to any of them, hands
 * out the page's shared SDK client, translates strings with page overrides, and exposes the colour scheme and
 * 适老化 mode as custom states (`:state(dark)`, `:state(elderly)`) the shared styles key on.
 *
 * Outside any provider an element works from its own `base-url` (and `publishable-key`) attributes.
 */
export class ZwfwElement extends LitElement {
  // `lang` is not a Lit property on purpose: declaring it made every element reflect `lang=""`, which screen
  // readers announce as an unknown language. The native attribute is observed instead.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Custom states and, for form elements, form association. */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The nearest provider's context, kept current. */
  protected context: ZwfwContextValue | undefined;

  private readonly consumer = new ContextConsumer(this, {
    context: zwfwContext,
    subscribe: true,
    callback: (value) => {
      this.context = value;
      this.requestUpdate();
    },
  });

  private colorScheme: MediaQueryList | undefined;

  /** API base URL for this element alone; overrides the provider's (an element outside any provider needs it). */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** Publishable key for this element alone; defaults to the provider's. */
  @property({ attribute: 'publishable-key' }) publishableKey = '';

  /** Colour scheme for this element alone: `light`, `dark` or `auto`; defaults to the provider's, else light. */
  @property() theme: ZwfwTheme | '' = '';

  /** 适老化 mode for this element alone: text of at least 18px, targets of at least 44px, stronger contrast. */
  @property({ type: Boolean }) elderly = false;

  /** The locale strings are rendered in: own `lang`, else the provider's, else the page's. */
  get locale(): Locale {
    return localeOfTag(this.getAttribute('lang')) ?? this.context?.locale ?? resolveLocale(this.ownerDocument.documentElement.lang);
  }

  /** The colour scheme in effect (`auto` resolved against the reader's system). */
  get resolvedTheme(): 'light' | 'dark' {
    const theme = this.theme || this.context?.theme || 'light';
    if (theme !== 'auto') return theme;
    return darkQuery()?.matches ? 'dark' : 'light';
  }

  /** Whether 适老化 mode is on, from the element or its provider. */
  get elderlyMode(): boolean {
    return this.elderly || (this.context?.elderly ?? false);
  }

  /**
   * The page's shared client for this element's settings, or the configuration error that prevents one.
   * Stable between calls with the same settings, so loads keyed on it refetch only when settings change.
   * @internal
   */
  get resolvedClient(): ZwfwClient | Error {
    const ctx = this.context;
    const locale = this.locale;
    // The provider's client, unless this element has settings of its own. A client the page handed the provider
    // (no base-url of the provider's) is used whatever the element's language: its key and its cache are the
    // page's choice; the element's strings still follow its own locale.
    if (!this.baseUrl && !this.publishableKey && ctx?.client && (ctx.locale === locale || !ctx.baseUrl)) return ctx.client;
    const baseUrl = this.baseUrl || ctx?.baseUrl || ctx?.client?.baseUrl || '';
    if (!baseUrl) return new MissingConfigError();
    try {
      return sharedClient({ baseUrl, publishableKey: this.publishableKey || ctx?.publishableKey || '', locale });
    } catch (error) {
      return error as Error;
    }
  }

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
    watchPageLang(this);
    this.colorScheme = darkQuery();
    this.colorScheme?.addEventListener('change', this.onColorScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPageLang(this);
    this.colorScheme?.removeEventListener('change', this.onColorScheme);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** @internal Called by the page-language watcher. */
  pageLangChanged(): void {
    this.requestUpdate();
  }

  private onColorScheme = (): void => this.requestUpdate();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('dark', this.resolvedTheme === 'dark');
    this.setState('elderly', this.elderlyMode);
  }

  /** Adds or removes a custom state (`:state(name)`), which pages may style. */
  protected setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers before CustomStateSet (Chromium < 125) only lose the state styling, not the element.
    }
  }

  /**
   * A string of `table` in the element's locale, with the page's override if the provider has one.
   * @internal
   */
  t<K extends string>(table: StringTable<K>, key: K, vars?: MessageVars): string {
    const locale = this.locale;
    const override = this.context?.messages[locale]?.[`${table.ns}.${key}`];
    return formatMessage(locale, override ?? table[locale][key], vars);
  }

  /** Dispatches one of the typed `zwfw-*` event classes. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /** @internal Whether the element found a provider (for tests and diagnostics). */
  get hasProvider(): boolean {
    return this.context !== undefined;
  }
}
