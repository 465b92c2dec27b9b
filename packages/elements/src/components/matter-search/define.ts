import { defineElement } from '../../internal/define-element.js';
import { ZwfwMatterSearch } from './zwfw-matter-search.js';

defineElement('zwfw-matter-search', ZwfwMatterSearch);

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-matter-search': ZwfwMatterSearch;
  }
}
