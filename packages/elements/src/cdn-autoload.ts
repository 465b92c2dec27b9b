// Entry of the CDN autoloader (`zwfw-elements.autoload.js`), for pages that use a few elements: one tag, and each
// element's own file (`zwfw-<name>.js` beside this one) is loaded the first time its tag appears. The
// versioned autoloader (`zwfw-elements.autoload-<version>.js`) loads the versioned element files, so a pinned page never
// mixes releases. Not part of the npm entries: the element files exist only in the CDN folder.
import '@zwfw/sdk/strict-csp';
import { autoload } from './internal/autoload.js';

const suffix = /\/zwfw-elements\.autoload(-[^/]+)?\.js(?:[?#].*)?$/.exec(import.meta.url)?.[1] ?? '';
autoload({ load: (tag) => import(new URL(`./${tag}${suffix}.js`, import.meta.url).href) });
