// Domain schemas of @zwfw/core: zod 4 schemas (`XxxSchema`) with their inferred types (`Xxx`),
// canonical enums with labels (`XXX_LABELS`), provincial code tables, and illustrative examples.
export * from './labels.js';
export * from './issue-messages.js';
export * from './matter-enums.js';
export * from './material-enums.js';
export * from './case-status.js';
export * from './case-status-codes.js';
export * from './evaluation-enums.js';
export * from './code-lists.js';
export * from './primitives.js';
export * from './situation.js';
export * from './material.js';
export * from './matter.js';
export * from './bundle.js';
export * from './form-spec.js';
export * from './delivery.js';
export * from './application.js';
export * from './upload.js';
export * from './case.js';
export * from './evaluation.js';
export * from './rectification.js';
export * from './region.js';
export * from './problem.js';
export * from './pagination.js';
export * from './queries.js';
export * from './refine.js';
export * from './examples.js';
