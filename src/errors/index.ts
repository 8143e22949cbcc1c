/**
 * The library's one error hierarchy: every error it throws on purpose is a
 * {@link BalintError}.
 *
 * @module errors
 */
export { BalintError } from './BalintError.js';
export { ValidationError, formatPath, type ValidationIssue } from './ValidationError.js';
export { RecurrenceSyntaxError } from './RecurrenceSyntaxError.js';
export { UnsupportedError } from './UnsupportedError.js';
export { TimeZoneTransitionError } from './TimeZoneTransitionError.js';
