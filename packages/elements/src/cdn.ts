// Entry of the self-contained CDN file a webmaster loads with one <script type="module"> tag: the SDK's
// strict-CSP prelude first (module evaluation follows import order), then every element registered, and the
// classes exported for pages that script them.
import '@zwfw/sdk/strict-csp';
import './define.js';

export * from './index.js';
