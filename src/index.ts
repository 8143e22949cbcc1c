/**
 * balint-rules: the rules of Balint groups as data.
 *
 * The root re-exports every area; import a subpath (`balint-rules/recurrence`,
 * `balint-rules/schedule`, ...) to pull in only that area.
 *
 * @module balint-rules
 */
export * from './errors/index.js';
export * from './common/index.js';
export * from './recurrence/index.js';
export * from './schedule/index.js';
export * from './eligibility/index.js';
export * from './capacity/index.js';
export * from './money/index.js';
export * from './fees/index.js';
export * from './refunds/index.js';
export * from './submissions/index.js';
export * from './credits/index.js';
export * from './credentialing/index.js';
export * from './ics/index.js';
export * from './presets/abs/index.js';
