// The v1 HTTP contract of zwfw: operations as data, typed helpers, and the OpenAPI generator.
export * from './params.js';
export * from './verifier.js';
export * from './operations.js';
export * from './routes.js';
export * from './types.js';
export * from './paths.js';
export * from './components.js';
export * from './openapi.js';
