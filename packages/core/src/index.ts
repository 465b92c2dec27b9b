/**
 * @zwfw/core: the zwfw domain model. Pure (no I/O), runs in browsers and Node.
 * @packageDocumentation
 */
export * from './schemas/index.js';
export * from './validators/index.js';
export * from './calendar/index.js';
export * from './contract/index.js';
export * from './forms/index.js';
export * from './search/index.js';
