import { defineElement } from '../../internal/define-element.js';
import { ZwfwBusinessRegistration } from './zwfw-business-registration.js';

defineElement('zwfw-business-registration', ZwfwBusinessRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-business-registration': ZwfwBusinessRegistration;
  }
}
