import * as z from 'zod/mini';
import { isValidLocalDate } from '../_lib/civil.js';
import { readTimeZone } from '../_lib/zone.js';
import { LOCAL_DATE_MESSAGE, WALL_TIME_MESSAGE, WALL_TIME_PATTERN } from './_formats.js';

/**
 * The message for a value that is not a string where a written date, time,
 * zone or instant is expected: what to write instead (a `Date` is the usual
 * culprit, and JSON has no dates).
 */
function notAString(what: string, example: string, fromDate: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => {
    const input = issue.input;
    if (input instanceof Date) return `must be ${what} written as a string such as ${example}, not a Date; write ${fromDate}`;
    const received = input === null ? 'null' : Array.isArray(input) ? 'an array' : input === undefined ? 'nothing' : `a ${typeof input}`;
    return `must be ${what} written as a string such as ${example}, received ${received}`;
  };
}

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
  .string({ error: notAString('a calendar date', "'2026-01-10'", 'date.toISOString().slice(0, 10) for its UTC date') })
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
  .string({ error: notAString('a 24-hour time', "'19:00'", 'its hours and minutes as HH:mm') })
  .check(z.regex(WALL_TIME_PATTERN, WALL_TIME_MESSAGE));

/**
 * An IANA time-zone name known to the runtime, e.g. `America/New_York`,
 * in any case; the parsed value is its canonical spelling
 * (`america/new_york` becomes `America/New_York`). Legacy names (`EST`,
 * `EST5EDT`, `PST`, `CET`, ...) are refused with the region zone people
 * mean: they are fixed offsets or aliases, and summer sessions would come
 * out an hour off. Write a fixed offset explicitly (`Etc/GMT+5`) to opt in
 * to one. A misspelt name gets "did you mean".
 *
 * @example
 * ```ts
 * import { TimeZoneSchema } from 'balint-rules';
 *
 * TimeZoneSchema.parse('america/new_york');
 * //=> 'America/New_York'
 * TimeZoneSchema.safeParse('EST').success;
 * //=> false
 * TimeZoneSchema.safeParse('America/Nowhere').success;
 * //=> false
 * ```
 */
export const TimeZoneSchema = z
  .string({ error: notAString('an IANA time-zone name', "'America/New_York'", "the zone's IANA name") })
  .check(
    z.overwrite((name) => readTimeZone(name).zone ?? name),
    z.superRefine((name, ctx) => {
      const { problem } = readTimeZone(name);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, input: name });
    }),
  );

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
  .string({ error: notAString('an ISO-8601 instant', "'2026-01-10T16:00:00Z'", 'date.toISOString()') })
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
