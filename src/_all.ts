/**
 * Every area's public API in one module, for the library's own tests and
 * scripts (the fuzz test, the JSON Schema generator). Not a package entry:
 * apps import the root (the core) or an area's subpath.
 */
export * from './index.js';
export { quoteTransfer } from './capacity/index.js';
export * from './money/index.js';
export * from './fees/index.js';
export * from './refunds/index.js';
export * from './submissions/index.js';
export * from './credits/index.js';
export * from './credentialing/index.js';
export * from './ics/index.js';
export * from './presets/abs/index.js';
export * from './pictures/index.js';
