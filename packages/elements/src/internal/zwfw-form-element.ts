import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwfwElement } from './zwfw-element.js';

/** What a form element's current value fails, for `ElementInternals.setValidity`. */
export interface ValidityResult {
  flags: ValidityStateFlags;
  /** The message the browser shows and `validationMessage` returns, in the element's locale. */
  message: string;
}

/**
 * The base of every zwfw element that takes part in a `<form>` (the rating now, the smart form next): it is
 * form-associated through ElementInternals, so `new FormData(form)` carries its value, `form.reset()` resets it,
 * the browser restores it on back/forward navigation, `<fieldset disabled>` disables it, and constraint
 * validation (`checkValidity`, `reportValidity`, `:invalid`) covers it like a native control.
 *
 * `:state(user-invalid)` is set once the value is invalid and the user has interacted with the element or a
 * submit was attempted, so pages show errors when they help, not before the user has typed.
 *
 * Subclasses give their value (`formValue`), check it (`validate`), and reset and restore it.
 */
export class ZwfwFormElement extends ZwfwElement {
  static formAssociated = true;

  /** Set by `<fieldset disabled>` or a disabled form. */
  @state() protected formDisabled = false;

  /** Whether the user has interacted with the element, or a submit tried to use it. */
  @state() protected interacted = false;

  /** Whether the last render drew the element disabled. */
  private renderedDisabled = false;

  /** Name of the value in the form's data. */
  @property({ reflect: true }) name = '';

  /** Whether a value is required before the form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the element: it cannot be changed, and its value is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  constructor() {
    super();
    // A submit that finds the element invalid fires `invalid` at it: from then on, show the error.
    this.addEventListener('invalid', () => {
      this.interacted = true;
    });
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity, as a native control's. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the value is invalid, in the element's locale ('' when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the element is disabled by itself or by its fieldset or form. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Checks validity without showing anything; fires `invalid` when invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks validity and shows the problem to the user. */
  reportValidity(): boolean {
    this.interacted = true;
    return this.internals.reportValidity();
  }

  /** @internal The browser calls this for `<fieldset disabled>`. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal The browser calls this on `form.reset()`. */
  formResetCallback(): void {
    this.interacted = false;
    this.resetValue();
  }

  /** @internal The browser calls this to restore the value after back/forward navigation or autofill. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.restoreValue(state);
  }

  /** The value submitted with the form (`null` submits nothing). */
  protected get formValue(): string | File | FormData | null {
    return null;
  }

  /** Whether the current value is valid, and why not. */
  protected validate(): ValidityResult {
    return { flags: {}, message: '' };
  }

  /** The node the browser points at when it reports the problem. */
  protected get validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** Puts the value back to its initial state. */
  protected resetValue(): void {}

  /** Restores a value the browser saved. */
  protected restoreValue(_state: string | File | FormData | null): void {}

  /** Marks the element as interacted with (call on the user's first change or blur). */
  protected markInteracted(): void {
    this.interacted = true;
  }

  protected override update(changed: PropertyValues): void {
    this.renderedDisabled = this.isDisabled;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.internals.setFormValue(this.isDisabled ? null : this.formValue);
    const { flags, message } = this.validate();
    const invalid = Object.values(flags).some(Boolean);
    const anchor = this.validationAnchor;
    if (invalid) this.internals.setValidity(flags, message, anchor);
    else this.internals.setValidity({});
    this.setState('user-invalid', invalid && this.interacted && !this.isDisabled);
    // formDisabledCallback may arrive while Lit reflects `disabled`; Lit then drops the update it requests.
    if (this.renderedDisabled !== this.isDisabled) this.requestUpdate();
  }
}
