import { defineElement } from '../../internal/define-element.js';
import { ZwfwProvider } from './zwfw-provider.js';

defineElement('zwfw-provider', ZwfwProvider);

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-provider': ZwfwProvider;
  }
}
