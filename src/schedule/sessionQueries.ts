import * as z from 'zod/mini';
import { MAX_DAYS, parseDays } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { occurrencesInRange } from '../_lib/recurrence/occurrencesInRange.js';
import { validate } from '../_lib/validate.js';
import { instantToWall } from '../_lib/zone.js';
import { InstantSchema } from '../common/schemas.js';
import { readSeries, type PreparedSeries } from './_compiledSeries.js';
import { sessionPlanner } from './_sessions.js';
import type { CompiledSeries } from './compileSeries.js';
import type { Session } from './planSeries.js';
import type { SeriesInput } from './schema.js';

/**
 * Options of {@link nextSessions}: `limit`, how many sessions to give
 * (default 1, at most 10,000).
 *
 * @example
 * ```ts
 * import { NextSessionsOptionsSchema } from 'balint-rules/schedule';
 *
 * NextSessionsOptionsSchema.parse({});
 * //=> { limit: 1 }
 * ```
 */
export const NextSessionsOptionsSchema = z.strictObject({ limit: z._default(z.int().check(z.minimum(1), z.maximum(10_000)), 1) });

/**
 * Options of {@link nextSessions}, see {@link NextSessionsOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { NextSessionsOptions } from 'balint-rules/schedule';
 *
 * const nextThree: NextSessionsOptions = { limit: 3 };
 * ```
 */
export type NextSessionsOptions = z.input<typeof NextSessionsOptionsSchema>;

/**
 * The sessions of a series dated from local day `lo` to `hi` (inclusive)
 * that `wanted` keeps, at most `limit`, numbered by their place in the
 * series. Callers pass as `lo` the day before the local date of the instant
 * they ask about: a session starts on its own date, or (a wall time a DST gap
 * removed, late in the evening) just after it.
 */
function sessionsInDays(prepared: PreparedSeries, lo: number, hi: number, limit: number, wanted: (session: Session) => boolean): Session[] {
  const planner = sessionPlanner(prepared);
  const first = parseDays(prepared.series.from);
  // The sessions' numbers count what comes before the range, from the series' start.
  const before = lo > first ? occurrencesInRange(prepared.rule, planner.options, first, lo - 1).length : 0;
  // At most one occurrence a date, so two more than `limit` cover the two first days' sessions being unwanted.
  const found = occurrencesInRange(prepared.rule, planner.options, lo, hi, limit + 2);
  const out: Session[] = [];
  for (const [i, occurrence] of found.entries()) {
    const session = planner.session(occurrence, before + i + 1);
    if (wanted(session) && out.length < limit) out.push(session);
  }
  return out;
}

/**
 * The next sessions of a series that start after an instant (strictly
 * after): "when is the next session?". Sessions are planned as
 * `planSessions` plans them (same numbers, times and durations); the dates
 * of a series without a `count` are found from the instant by calendar
 * arithmetic, so a question decades after the start costs about what one
 * next month costs (numbering the sessions counts the dates before, from the
 * start). Past the series' end the answer is shorter or empty.
 *
 * @param series - the series, or a compiled one
 * @param after - the instant to look after (ISO-8601)
 * @param options - `{ limit }` (default 1)
 * @throws {ValidationError} on invalid input
 *
 * @example
 * ```ts
 * import { nextSessions } from 'balint-rules/schedule';
 *
 * const onlineGroup = { recurrence: 'second Saturday', from: '2026-01-01', count: 8, startTime: '11:00',
 *   timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 };
 * nextSessions(onlineGroup, '2026-03-01T00:00:00Z').map((s) => [s.index, s.date, s.start]);
 * //=> [[3, '2026-03-14', '2026-03-14T15:00:00.000Z']]
 * ```
 */
export function nextSessions(series: SeriesInput | CompiledSeries, after: string, options: NextSessionsOptions = {}): Session[] {
  const prepared = readSeries(series);
  const afterMs = instantToEpochMs(validate(InstantSchema, after, 'instant to look after'));
  const { limit } = validate(NextSessionsOptionsSchema, options, 'next sessions options');
  const lo = instantToWall(afterMs, prepared.series.timeZone).days - 1;
  return sessionsInDays(prepared, lo, MAX_DAYS, limit, (s) => instantToEpochMs(s.start) > afterMs);
}

const RangeSchema = z
  .strictObject({ start: InstantSchema, end: InstantSchema })
  .check(z.refine((r) => instantToEpochMs(r.start) <= instantToEpochMs(r.end), { message: 'must not be before start', path: ['end'] }));

/**
 * The sessions of a series that start from `start` (included) to `end` (not
 * included): "which sessions fall between these dates?". Two adjacent
 * ranges share no session and miss none. Planned as `planSessions` plans
 * them, and found from `start` for a series without a `count`.
 *
 * @param series - the series, or a compiled one
 * @param start - the first instant of the range (ISO-8601, included)
 * @param end - the end of the range (ISO-8601, not included), not before `start`
 * @throws {ValidationError} on invalid input, or an `end` before `start`
 *
 * @example
 * ```ts
 * import { sessionsBetween } from 'balint-rules/schedule';
 *
 * const onlineGroup = { recurrence: 'second Saturday', from: '2026-01-01', count: 8, startTime: '11:00',
 *   timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 };
 * sessionsBetween(onlineGroup, '2026-06-01T00:00:00-04:00', '2026-09-01T00:00:00-04:00').map((s) => s.date);
 * //=> ['2026-06-13', '2026-07-11', '2026-08-08']
 * ```
 */
export function sessionsBetween(series: SeriesInput | CompiledSeries, start: string, end: string): Session[] {
  const prepared = readSeries(series);
  const range = validate(RangeSchema, { start, end }, 'session range');
  const [startMs, endMs] = [instantToEpochMs(range.start), instantToEpochMs(range.end)];
  const zone = prepared.series.timeZone;
  const [lo, hi] = [instantToWall(startMs, zone).days - 1, instantToWall(endMs, zone).days];
  return sessionsInDays(prepared, lo, hi, Number.MAX_SAFE_INTEGER, (s) => {
    const ms = instantToEpochMs(s.start);
    return ms >= startMs && ms < endMs;
  });
}
