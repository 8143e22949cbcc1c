import * as z from 'zod/mini';
import { parseDays, parseWallMinutes } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { wallToInstant } from '../_lib/zone.js';
import { InstantSchema, LocalDateSchema, TimeZoneSchema, WallTimeSchema } from '../common/schemas.js';

/**
 * A first session's start: an instant, or a wall-clock date and time in a
 * zone (a time skipped by a daylight-saving gap is moved forward by the
 * length of the gap; a time that happens twice means its first occurrence).
 *
 * @example
 * ```ts
 * import { SessionStartSchema } from 'balint-rules/refunds';
 *
 * SessionStartSchema.safeParse({ date: '2026-10-01', time: '08:00', timeZone: 'America/New_York' }).success;
 * //=> true
 * ```
 */
export const SessionStartSchema = z.union([
  InstantSchema,
  z.strictObject({ date: LocalDateSchema, time: WallTimeSchema, timeZone: TimeZoneSchema }),
]);

/**
 * A first session's start, see {@link SessionStartSchema}.
 *
 * @example
 * ```ts
 * import type { SessionStart } from 'balint-rules/refunds';
 *
 * const start: SessionStart = { date: '2026-10-01', time: '08:00', timeZone: 'America/New_York' };
 * ```
 */
export type SessionStart = z.output<typeof SessionStartSchema>;

/** Epoch ms of a validated session start. */
export function sessionStartMs(start: SessionStart): number {
  if (typeof start === 'string') return instantToEpochMs(start);
  return wallToInstant(parseDays(start.date), parseWallMinutes(start.time), start.timeZone).earlier;
}
