import * as z from 'zod/mini';
import { LocalDateSchema, TimeZoneSchema, WallTimeSchema } from '../../common/schemas.js';
import { ExceptionsSchema } from '../../recurrence/exceptions.js';
import type { AbsPresetParameter } from './program.js';
import { paramCheck } from './_parts.js';

/** The series is ongoing: one of `until` and `count` bounds the plan. */
export const untilOrCountCheck = paramCheck<{ until?: string | undefined; count?: number | undefined }>(
  ['until', 'count'],
  z.refine((p) => p.until !== undefined || p.count !== undefined, { message: 'give `until` or `count`: the series is ongoing', path: ['until'] }),
);

/**
 * Parameters of the credentialed leaders' drop-in series
 * ({@link absCredentialedLeadersDropInThursdays},
 * {@link absCredentialedLeadersDropInMondays}). The pages publish neither a
 * time nor a length, and the series is ongoing: the first date to plan
 * from, `until` or `count`, the start time, its zone and the length are
 * parameters.
 *
 * "It generally meets ...": `holidays` chooses what happens when a meeting
 * falls on a US federal holiday (the 4th Thursday of November is
 * Thanksgiving): `as_published` (default: the rule as published, no
 * change), `skip`, or `shift` a week later. `exceptions` records the
 * committee's own changes (skip, add, move).
 *
 * @example
 * ```ts
 * import { AbsDropInParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsDropInParamsSchema.safeParse({ from: '2026-01-01', startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 }).success;
 * //=> false (no until or count)
 * ```
 */
export const AbsDropInParamsSchema = z
  .strictObject(dropInParamsShape())
  .check(untilOrCountCheck.check);

function dropInParamsShape() {
  return {
    from: LocalDateSchema,
    until: z.optional(LocalDateSchema),
    count: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
    startTime: WallTimeSchema,
    timeZone: TimeZoneSchema,
    durationMinutes: z.int().check(z.minimum(1), z.maximum(1440)),
    holidays: z.optional(z.enum(['as_published', 'skip', 'shift'])),
    exceptions: z.optional(ExceptionsSchema),
  };
}

/**
 * Parameters of the drop-in series, see {@link AbsDropInParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsDropInParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsDropInParams = { from: '2026-01-01', count: 6, startTime: '19:00', timeZone: 'America/New_York',
 *   durationMinutes: 60, holidays: 'shift' };
 * ```
 */
export type AbsDropInParams = z.input<typeof AbsDropInParamsSchema>;

/** Validated drop-in parameters. */
export type AbsDropInParamsOutput = z.output<typeof AbsDropInParamsSchema>;

const at = (field: string): string => `schedule.series[0].${field}`;

/** The parameters of the drop-in series, described. */
export const DROP_IN_PARAMETERS: readonly AbsPresetParameter[] = [
  { name: 'from', fact: at('from'), required: true, description: 'The first date to plan from: the series is ongoing and the page gives no start.' },
  { name: 'until', fact: at('until'), required: false, description: 'The last date to plan to (give `until` or `count`): the page gives no end.' },
  { name: 'count', fact: at('count'), required: false, description: 'How many meetings to plan (give `until` or `count`): the page gives no end.' },
  { name: 'startTime', fact: at('startTime'), required: true, description: 'The start time: not published.' },
  { name: 'timeZone', fact: at('timeZone'), required: true, description: 'The zone of the start time: not published.' },
  { name: 'durationMinutes', fact: at('durationMinutes'), required: true, description: 'The length of a meeting: not published.' },
  {
    name: 'holidays',
    fact: at('holidays'),
    required: false,
    description: 'What happens to a meeting on a US federal holiday: the page says only that the series "generally" meets on its day (default: as published, no change).',
  },
  { name: 'exceptions', fact: at('exceptions'), required: false, description: 'Meetings the committee skips, adds or moves: not published.' },
];
