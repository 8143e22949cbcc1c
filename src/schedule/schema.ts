import * as z from 'zod/mini';
import { untilNotBeforeFrom } from '../_lib/recurrence/dateRange.js';
import type { DeepReadonly } from '../_lib/types.js';
import { LocalDateSchema, TimeZoneSchema, WallTimeSchema } from '../common/schemas.js';
import { ExceptionsSchema, HolidayPolicySchema } from '../recurrence/exceptions.js';
import { RecurrenceRuleSchema } from '../recurrence/schema.js';

/**
 * How to place a session whose wall time a daylight-saving change skips or
 * repeats:
 * - `compatible` (default, as Temporal and most calendars do): a skipped time
 *   moves forward by the gap (02:30 on a spring-forward day becomes 03:30),
 *   a repeated time takes the earlier instant;
 * - `rfc5545`: RFC 5545's strict reading: an occurrence at a skipped time is
 *   dropped and not counted; a repeated time takes the earlier instant;
 * - `reject`: either case throws a `TimeZoneTransitionError`.
 *
 * @example
 * ```ts
 * import { DstPolicySchema } from 'balint-rules/schedule';
 *
 * DstPolicySchema.parse('rfc5545');
 * //=> 'rfc5545'
 * ```
 */
export const DstPolicySchema = z.enum(['compatible', 'rfc5545', 'reject']);

/** Minutes a session may last: 1 minute to 24 hours. */
const Minutes = z.int().check(z.minimum(1), z.maximum(1440));

/**
 * A series of sessions: which dates (a recurrence rule as data or English
 * text), from when, how many or until when, at what wall time in which IANA
 * zone, for how long (the first session may be longer), and the exceptions.
 * Unknown keys are refused (a misspelt `firstSessionMinute` is named, with
 * the key it is a near miss of), `until` must not be before `from`, and
 * the zone is given back in its canonical spelling.
 *
 * @example
 * ```ts
 * import { SeriesSchema } from 'balint-rules/schedule';
 *
 * SeriesSchema.parse({ recurrence: 'second Saturday', from: '2026-01-01', count: 8,
 *   startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 });
 * ```
 */
export const SeriesSchema = z.strictObject({
    /** A name for the series, used in reasons and exports. */
    name: z.optional(z.string()),
    /** A rule as data, or English such as "the 4th Thursday of odd months". */
    recurrence: z.union([z.string().check(z.minLength(1, 'must not be empty')), RecurrenceRuleSchema]),
    /** The series starts on this date (the first session is the first matching date on or after it). */
    from: LocalDateSchema,
    /** The last date a session may fall on, inclusive. */
    until: z.optional(LocalDateSchema),
    /** The number of sessions. */
    count: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
    /** Wall-clock start time in `timeZone`, kept across DST changes. */
    startTime: WallTimeSchema,
    /** IANA time zone the wall time is in. */
    timeZone: TimeZoneSchema,
    /** Length of each session in minutes. */
    durationMinutes: Minutes,
    /** Length of the first session, when it differs (the ABS's groups: 90 minutes, then 60). */
    firstSessionMinutes: z.optional(Minutes),
    exceptions: z.optional(ExceptionsSchema),
    holidays: z.optional(HolidayPolicySchema),
    dst: z.optional(DstPolicySchema),
  })
  .check(untilNotBeforeFrom);

/**
 * A series definition as accepted on input, see {@link SeriesSchema}.
 *
 * @example
 * ```ts
 * import type { SeriesInput } from 'balint-rules/schedule';
 *
 * // The online group: the second Saturday, 11am Eastern, 90 minutes the first time and 60 after.
 * const series: SeriesInput = { recurrence: 'monthly on the second Saturday', from: '2026-01-01', count: 8,
 *   startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 };
 * ```
 */
export type SeriesInput = DeepReadonly<z.input<typeof SeriesSchema>>;
/**
 * A validated series definition.
 *
 * @example
 * ```ts
 * import type { Series } from 'balint-rules/schedule';
 *
 * const series: Series = { recurrence: { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] }, from: '2026-01-01',
 *   count: 8, startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60 };
 * ```
 */
export type Series = z.output<typeof SeriesSchema>;
/**
 * DST handling, see {@link DstPolicySchema}.
 *
 * @example
 * ```ts
 * import type { DstPolicy } from 'balint-rules/schedule';
 *
 * const dst: DstPolicy = 'rfc5545';
 * ```
 */
export type DstPolicy = z.output<typeof DstPolicySchema>;
