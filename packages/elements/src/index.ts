/**
 * @zwfw/elements: Lit custom elements for one-network government services. This entry only exports classes
 * (no side effects); import `@zwfw/elements/define` to register the `zwfw-*` tags.
 * @packageDocumentation
 */
export { ZwfwElement } from './base/zwfw-element.js';
export { ZwfwProvider } from './provider/zwfw-provider.js';
export * from './provider/context.js';
export * from './i18n/index.js';
