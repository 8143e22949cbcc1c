/**
 * balint-rules: the rules of Balint groups as data.
 *
 * The root holds the everyday core: errors, the common schemas, recurrence
 * rules, sessions in time zones, eligibility, and capacity with waitlists
 * (within a 40 KB min+gzip budget for `import *`; `quoteTransfer`, which
 * quotes money, is on `balint-rules/capacity` only). The areas with heavier
 * dependencies or data have their own subpaths only: `balint-rules/money`,
 * `/fees`, `/refunds` (decimal.js), `/credits`, `/credentialing`,
 * `/submissions`, `/ics`, `/presets/abs` and `/testing`. Import a subpath
 * (`balint-rules/recurrence`, ...) to pull in only that area.
 *
 * @module balint-rules
 */
export * from './errors/index.js';
export * from './common/index.js';
export * from './recurrence/index.js';
export * from './schedule/index.js';
export * from './eligibility/index.js';
export * from './capacity/core.js';
