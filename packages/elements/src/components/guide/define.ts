import { defineElement } from '../../internal/define-element.js';
import { ZwfwGuide } from './zwfw-guide.js';

defineElement('zwfw-guide', ZwfwGuide);

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-guide': ZwfwGuide;
  }
}
