import '@zwfw/sdk/strict-csp';
import '../src/components/matter-search/define.js';
