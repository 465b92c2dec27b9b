import { defineElement } from '../../internal/define-element.js';
import { ZwfwProgress } from './zwfw-progress.js';

defineElement('zwfw-progress', ZwfwProgress);

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-progress': ZwfwProgress;
  }
}
