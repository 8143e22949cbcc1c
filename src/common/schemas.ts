import * as z from 'zod/mini';
import { isValidLocalDate } from '../_lib/civil.js';
import { isValidTimeZone } from '../_lib/zone.js';
import { LOCAL_DATE_MESSAGE, WALL_TIME_MESSAGE, WALL_TIME_PATTERN } from './_formats.js';

/**
 * A local calendar date, `YYYY-MM-DD`, in years 0001-9999.
 *
 * @example
 * ```ts
 * import { LocalDateSchema } from 'balint-rules';
 *
 * LocalDateSchema.safeParse('2026-02-30').success;
 * //=> false
 * ```
 */
export const LocalDateSchema = z
  .string()
  .check(z.refine(isValidLocalDate, LOCAL_DATE_MESSAGE));

/**
 * A wall-clock time, `HH:mm` on a 24-hour clock (00:00-23:59).
 *
 * @example
 * ```ts
 * import { WallTimeSchema } from 'balint-rules';
 *
 * WallTimeSchema.safeParse('19:00').success;
 * //=> true
 * ```
 */
export const WallTimeSchema = z
  .string()
  .check(z.regex(WALL_TIME_PATTERN, WALL_TIME_MESSAGE));

/**
 * An IANA time-zone name known to the runtime, e.g. `America/New_York`.
 *
 * @example
 * ```ts
 * import { TimeZoneSchema } from 'balint-rules';
 *
 * TimeZoneSchema.safeParse('America/Nowhere').success;
 * //=> false
 * ```
 */
export const TimeZoneSchema = z
  .string()
  .check(z.refine(isValidTimeZone, 'must be an IANA time-zone name such as "America/New_York"'));

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether `value` is an ISO-8601 instant with a `Z` or numeric offset.
 *
 * @example
 * ```ts
 * import { isInstant } from 'balint-rules/common';
 *
 * isInstant('2026-03-12T23:59:00-04:00');
 * //=> true
 * isInstant('2026-03-12 23:59');
 * //=> false
 * ```
 */
export function isInstant(value: string): boolean {
  if (typeof value !== 'string') return false;
  const m = INSTANT.exec(value);
  return m !== null && isValidLocalDate(`${m[1]}-${m[2]}-${m[3]}`);
}

/**
 * An instant: ISO-8601 date-time with `Z` or a numeric UTC offset,
 * e.g. `2026-01-10T16:00:00.000Z` or `2026-03-12T23:59:00-04:00`.
 *
 * @example
 * ```ts
 * import { InstantSchema } from 'balint-rules';
 *
 * InstantSchema.safeParse('2026-03-12T23:59:00-04:00').success;
 * //=> true
 * ```
 */
export const InstantSchema = z
  .string()
  .check(z.refine(isInstant, 'must be an ISO-8601 instant with an offset, e.g. 2026-01-10T16:00:00Z'));

/**
 * A local date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { LocalDate } from 'balint-rules/common';
 *
 * const date: LocalDate = '2026-01-10';
 * ```
 */
export type LocalDate = string;
/**
 * A wall-clock time `HH:mm`.
 *
 * @example
 * ```ts
 * import type { WallTime } from 'balint-rules/common';
 *
 * const time: WallTime = '11:00';
 * ```
 */
export type WallTime = string;
/**
 * An IANA time-zone name.
 *
 * @example
 * ```ts
 * import type { TimeZone } from 'balint-rules/common';
 *
 * const zone: TimeZone = 'America/New_York';
 * ```
 */
export type TimeZone = string;
/**
 * An ISO-8601 instant with offset.
 *
 * @example
 * ```ts
 * import type { Instant } from 'balint-rules/common';
 *
 * const start: Instant = '2026-01-10T16:00:00.000Z';
 * ```
 */
export type Instant = string;
