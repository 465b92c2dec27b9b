import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwfwElement } from '../base/zwfw-element.js';
import { resolveLocale } from '../i18n/locale.js';
import { CONTEXT_REQUEST_EVENT, type ContextRequestDetail, type ZwfwContext } from './context.js';
import { providerStyles } from './zwfw-provider.styles.js';

/**
 * @tagname zwfw-provider
 * @summary Gives every zwfw element inside it the API base URL, the partner's publishable key, the locale
 * and the theme.
 *
 * @slot - The zwfw elements (and any other content) of the page section.
 * @cssprop --zwfw-color-primary - Brand colour for buttons, links and focus rings.
 * @cssprop --zwfw-color-text - Body text colour.
 * @cssprop --zwfw-color-danger - Error text and borders.
 * @cssprop --zwfw-font-family - Font stack.
 */
export class ZwfwProvider extends ZwfwElement {
  static override styles = providerStyles;

  private readonly listeners = new Set<(context: ZwfwContext) => void>();

  private lastNotified: string | undefined;

  /** Base URL of the one-network API (the reference server, or a province's own). */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** The partner's publishable key; needed for applications, progress and ratings, not for the catalogue. */
  @property({ attribute: 'publishable-key' }) publishableKey = '';

  /** Locale given to descendants: `zh-CN` (default), `zh-TW` or `en`. */
  @property() override lang = '';

  constructor() {
    super();
    this.addEventListener(CONTEXT_REQUEST_EVENT, this.handleContextRequest as EventListener);
  }

  /** The context descendants receive. */
  get value(): ZwfwContext {
    return {
      baseUrl: this.baseUrl,
      publishableKey: this.publishableKey,
      locale: this.lang ? resolveLocale(this.lang) : resolveLocale(this.ownerDocument?.documentElement.lang),
    };
  }

  private handleContextRequest = (event: CustomEvent<ContextRequestDetail>): void => {
    // The provider's own request (from ZwfwElement.connectedCallback) must reach an outer provider.
    if (event.target === this) return;
    event.stopPropagation();
    event.detail.context = this.value;
    event.detail.subscribe = (onChange) => {
      this.listeners.add(onChange);
      return () => this.listeners.delete(onChange);
    };
  };

  protected override updated(): void {
    // Compare values, not changed-property flags: the first render and no-op sets must not make every
    // descendant refetch.
    const value = this.value;
    const key = `${value.baseUrl}\n${value.publishableKey}\n${value.locale}`;
    if (this.lastNotified !== undefined && key !== this.lastNotified) {
      for (const listener of this.listeners) listener(value);
    }
    this.lastNotified = key;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
