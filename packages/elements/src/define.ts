// The side-effect entry: registers every element under its zwfw- tag. `index.js` only exports classes, so
// bundlers and frameworks can register them under other names or lazily.
import { ZwfwProvider } from './provider/zwfw-provider.js';

const elements: Array<[string, CustomElementConstructor]> = [['zwfw-provider', ZwfwProvider]];

for (const [tag, ctor] of elements) {
  // A CMS page may include the script twice; defining a tag twice throws, so skip what is there.
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

declare global {
  interface HTMLElementTagNameMap {
    'zwfw-provider': ZwfwProvider;
  }
}
