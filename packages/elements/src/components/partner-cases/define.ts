import { defineElement } from '../../internal/define-element.js';
import { ZwfwPartnerCases } from './zwfw-partner-cases.js';

defineElement('zwfw-partner-cases', ZwfwPartnerCases);

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-partner-cases': ZwfwPartnerCases;
  }
}
