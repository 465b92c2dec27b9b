export * from './values.js';
export * from './rules.js';
export * from './validate.js';
export * from './accept.js';
export * from './normalize.js';
export * from './derive.js';
