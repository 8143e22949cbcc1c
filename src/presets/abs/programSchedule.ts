import * as z from 'zod/mini';
import { parseDays } from '../../_lib/civil.js';
import { instantToEpochMs } from '../../_lib/instant.js';
import { InstantSchema, LocalDateSchema, TimeZoneSchema } from '../../common/schemas.js';
import { SeriesSchema, type Series } from '../../schedule/schema.js';

const SeriesScheduleSchema = z.strictObject({ kind: z.literal('series'), series: z.array(SeriesSchema).check(z.minLength(1)) });

const EventSchema = z
  .strictObject({ start: InstantSchema, end: InstantSchema, timeZone: TimeZoneSchema })
  .check(z.refine((e) => instantToEpochMs(e.end) > instantToEpochMs(e.start), { message: 'must be after start', path: ['end'] }));

const EventsScheduleSchema = z.strictObject({ kind: z.literal('events'), events: z.array(EventSchema).check(z.minLength(1)) });

const DaysScheduleSchema = z
  .strictObject({ kind: z.literal('days'), from: LocalDateSchema, until: LocalDateSchema, timeZone: TimeZoneSchema })
  .check(z.refine((d) => parseDays(d.from) <= parseDays(d.until), { message: 'must not be before from', path: ['until'] }));

/**
 * When a program meets:
 * - `series`: one or several series of sessions (plan them with `planSeries`);
 * - `events`: single events at start instants, with their end and zone;
 * - `days`: the local dates a course runs, when the pages publish no times.
 *
 * @example
 * ```ts
 * import { ProgramScheduleSchema } from 'balint-rules/presets/abs';
 *
 * ProgramScheduleSchema.safeParse({ kind: 'events', events: [{ start: '2026-01-22T21:00:00.000Z',
 *   end: '2026-01-22T22:00:00.000Z', timeZone: 'America/New_York' }] }).success;
 * //=> true
 * ```
 */
export const ProgramScheduleSchema = z.discriminatedUnion('kind', [SeriesScheduleSchema, EventsScheduleSchema, DaysScheduleSchema]);

/**
 * A schedule, see {@link ProgramScheduleSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramSchedule } from 'balint-rules/presets/abs';
 *
 * const days: ProgramSchedule = { kind: 'days', from: '2026-10-01', until: '2026-10-04', timeZone: 'America/New_York' };
 * ```
 */
export type ProgramSchedule = z.output<typeof ProgramScheduleSchema>;

/**
 * A schedule of series (at least one), see {@link ProgramScheduleSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramSeriesSchedule } from 'balint-rules/presets/abs';
 *
 * const s: ProgramSeriesSchedule = { kind: 'series', series: [{ recurrence: { kind: 'dates', dates: ['2026-03-12'] },
 *   from: '2026-03-12', startTime: '20:00', timeZone: 'America/New_York', durationMinutes: 60 }] };
 * ```
 */
export type ProgramSeriesSchedule = { readonly kind: 'series'; readonly series: [Series, ...Series[]] };

/**
 * A schedule of single events (at least one), see {@link ProgramScheduleSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramEventsSchedule } from 'balint-rules/presets/abs';
 *
 * const s: ProgramEventsSchedule = { kind: 'events', events: [{ start: '2026-01-22T21:00:00.000Z',
 *   end: '2026-01-22T22:00:00.000Z', timeZone: 'America/New_York' }] };
 * ```
 */
export type ProgramEventsSchedule = { readonly kind: 'events'; readonly events: [ProgramEvent, ...ProgramEvent[]] };

/**
 * A single event: its start and end instants and the zone its page states
 * its time in.
 *
 * @example
 * ```ts
 * import type { ProgramEvent } from 'balint-rules/presets/abs';
 *
 * const e: ProgramEvent = { start: '2026-01-22T21:00:00.000Z', end: '2026-01-22T22:00:00.000Z', timeZone: 'America/New_York' };
 * ```
 */
export type ProgramEvent = Extract<ProgramSchedule, { kind: 'events' }>['events'][number];

/**
 * A schedule of days, see {@link ProgramScheduleSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramDaysSchedule } from 'balint-rules/presets/abs';
 *
 * const s: ProgramDaysSchedule = { kind: 'days', from: '2026-03-20', until: '2026-03-22', timeZone: 'America/Los_Angeles' };
 * ```
 */
export type ProgramDaysSchedule = Extract<ProgramSchedule, { kind: 'days' }>;
