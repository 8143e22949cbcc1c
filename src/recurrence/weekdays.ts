/* The weekday names, in their own module so code that needs no schema can use them. */

/**
 * The days of the week, Monday first (ISO 8601).
 *
 * @example
 * ```ts
 * import { WEEKDAYS } from 'balint-rules/recurrence';
 *
 * WEEKDAYS[0];
 * //=> 'monday'
 * ```
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/**
 * A day of the week, lower case.
 *
 * @example
 * ```ts
 * import type { Weekday } from 'balint-rules/recurrence';
 *
 * const day: Weekday = 'saturday';
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];
