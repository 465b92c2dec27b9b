import { defineElement } from '../../internal/define-element.js';
import { ZwfwForm } from './zwfw-form.js';

defineElement('zwfw-form', ZwfwForm);

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-form': ZwfwForm;
  }
}
