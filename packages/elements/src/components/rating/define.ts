import { defineElement } from '../../internal/define-element.js';
import { ZwfwRating } from './zwfw-rating.js';

defineElement('zwfw-rating', ZwfwRating);

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-rating': ZwfwRating;
  }
}
