/**
 * Registers a tag unless it is taken. A CMS page may include the script twice, or the CDN file and an npm
 * bundle side by side; defining a tag twice throws and would break the page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, ctor);
}
