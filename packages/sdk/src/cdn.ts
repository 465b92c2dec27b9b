// Entry of the self-contained CDN file: the strict-CSP prelude first (module evaluation follows import
// order), then the SDK's public API.
import './strict-csp.js';

export * from './index.js';
