// The side-effect entry: registers every element under its zwfw- tag (skipping tags already defined).
// `index.js` only exports classes, so bundlers and frameworks can register them under other names or lazily;
// `components/<name>/define.js` registers one element.
import './components/provider/define.js';
import './components/matter-search/define.js';
import './components/guide/define.js';
import './components/progress/define.js';
import './components/rating/define.js';
import './components/form/define.js';
import './components/business-registration/define.js';
import './components/partner-cases/define.js';
