import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { requestContext, type ZwfwContext } from '../provider/context.js';

/**
 * The base of every zwfw element: resolves the locale (own `lang`, then the provider's, then the page's),
 * connects to the nearest `<zwfw-provider>`, and offers a typed `emit` for `zwfw-*` events.
 */
export class ZwfwElement extends LitElement {
  /** Context from the nearest provider, if any. */
  protected context: ZwfwContext | undefined;

  private unsubscribe: (() => void) | undefined;

  /** Locale override for this element (`zh-CN`, `zh-TW`, `en`); defaults to the provider's or the page's. */
  @property({ reflect: true }) override lang = '';

  /** The locale strings are rendered in. */
  get locale(): Locale {
    if (this.lang) return resolveLocale(this.lang);
    if (this.context) return this.context.locale;
    return resolveLocale(this.ownerDocument?.documentElement.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const found = requestContext(this);
    this.context = found.context;
    this.unsubscribe = found.subscribe?.((next) => {
      this.context = next;
      this.contextChanged();
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Called when the provider's context changes; subclasses refetch here. */
  protected contextChanged(): void {}

  /** Dispatches a `zwfw-*` event that bubbles out of shadow roots, with a typed detail. */
  protected emit<T>(name: `zwfw-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
