import * as z from 'zod/mini';
import { formatDays, formatWallMinutes, parseDays, parseWallMinutes } from '../_lib/civil.js';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { instantToWall, wallToInstant } from '../_lib/zone.js';
import { InstantSchema, LocalDateSchema, TimeZoneSchema, WallTimeSchema } from '../common/schemas.js';
import { TimeZoneTransitionError } from '../errors/TimeZoneTransitionError.js';
import { DstPolicySchema } from './schema.js';

/**
 * A wall-clock date and time in an IANA zone.
 *
 * @example
 * ```ts
 * import { ZonedDateTimeSchema } from 'balint-rules/schedule';
 *
 * ZonedDateTimeSchema.parse({ date: '2026-03-12', time: '20:00', timeZone: 'America/New_York' });
 * ```
 */
export const ZonedDateTimeSchema = z.strictObject({ date: LocalDateSchema, time: WallTimeSchema, timeZone: TimeZoneSchema });

/**
 * A wall-clock date and time in a zone, see {@link ZonedDateTimeSchema}.
 *
 * @example
 * ```ts
 * import type { ZonedDateTime } from 'balint-rules/schedule';
 *
 * const discussion: ZonedDateTime = { date: '2026-03-12', time: '20:00', timeZone: 'America/New_York' };
 * ```
 */
export type ZonedDateTime = z.output<typeof ZonedDateTimeSchema>;

const ToInstantInput = z.strictObject({ at: ZonedDateTimeSchema, dst: z.optional(DstPolicySchema) });

/**
 * The instant of a wall-clock time in a zone. A time skipped by a
 * spring-forward change moves forward by the gap and a repeated time takes
 * the earlier instant (`dst: 'compatible'`, the default); `dst: 'reject'`
 * throws a `TimeZoneTransitionError` instead. (`rfc5545` behaves as
 * `compatible` here: dropping is a series decision.)
 *
 * @example
 * ```ts
 * import { zonedToInstant } from 'balint-rules/schedule';
 *
 * zonedToInstant({ date: '2026-03-08', time: '02:30', timeZone: 'America/New_York' });
 * //=> '2026-03-08T07:30:00.000Z' (03:30 EDT)
 * ```
 */
export function zonedToInstant(at: ZonedDateTime, options: { dst?: z.output<typeof DstPolicySchema> } = {}): string {
  const input = validate(ToInstantInput, { at, ...options }, 'zoned date-time');
  const conversion = wallToInstant(parseDays(input.at.date), parseWallMinutes(input.at.time), input.at.timeZone);
  if (input.dst === 'reject' && conversion.kind !== 'exact') {
    throw new TimeZoneTransitionError(conversion.kind, input.at.date, input.at.time, input.at.timeZone);
  }
  return epochMsToInstant(conversion.earlier);
}

const ToZonedInput = z.strictObject({ instant: InstantSchema, timeZone: TimeZoneSchema });

/**
 * The wall-clock date and time (to the minute) of an instant in a zone.
 *
 * @example
 * ```ts
 * import { instantToZoned } from 'balint-rules/schedule';
 *
 * instantToZoned('2026-01-10T16:00:00Z', 'America/Los_Angeles');
 * //=> { date: '2026-01-10', time: '08:00', timeZone: 'America/Los_Angeles' }
 * ```
 */
export function instantToZoned(instant: string, timeZone: string): ZonedDateTime {
  const input = validate(ToZonedInput, { instant, timeZone }, 'instant');
  const wall = instantToWall(instantToEpochMs(input.instant), input.timeZone);
  return { date: formatDays(wall.days), time: formatWallMinutes(Math.floor(wall.msOfDay / 60_000)), timeZone: input.timeZone };
}
