import * as z from 'zod/mini';
import { validate } from '../../_lib/validate.js';
import { FeeScheduleSchema } from '../../fees/schema.js';
import { finishProgram, unpublishedFacts } from './_build.js';
import { ONLINE_GROUP_PARAMETERS, ONLINE_GROUP_ZONE, onlineGroupBuilders, onlineGroupParamsShape, onlineGroupProgram } from './_onlineGroup.js';
import { programParts, type PresetDefinition } from './_parts.js';
import { deadlineBesideFeesCheck, withRegistrationDeadline } from './_registrationDeadline.js';
import type { AbsPresetParameter, SeriesProgram } from './program.js';

/**
 * Parameters of {@link absOnlineGroupSaturday2026}: the facts its page does
 * not publish. `fees` and `minRegistrants` are required (the page gives no
 * fee for this group, and requires a minimum without its number); the seat
 * limit, decision date and credit maxima are optional.
 *
 * @example
 * ```ts
 * import { AbsOnlineGroupSaturdayParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsOnlineGroupSaturdayParamsSchema.safeParse({ minRegistrants: 6 }).success; // no fees
 * //=> false
 * ```
 */
export const AbsOnlineGroupSaturdayParamsSchema = z
  .strictObject({
    /** The group's fee schedule (not published for this group). */
    fees: FeeScheduleSchema,
    ...onlineGroupParamsShape,
  })
  .check(deadlineBesideFeesCheck.check);

/**
 * Parameters of {@link absOnlineGroupSaturday2026}, see {@link AbsOnlineGroupSaturdayParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsOnlineGroupSaturdayParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsOnlineGroupSaturdayParams = { minRegistrants: 6, fees: { currency: 'USD', timeZone: 'America/New_York',
 *   periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'everyone', label: 'Everyone', prices: { regular: '300.00' } }] } };
 * ```
 */
export type AbsOnlineGroupSaturdayParams = z.input<typeof AbsOnlineGroupSaturdayParamsSchema>;

/** The parameters of {@link absOnlineGroupSaturday2026}, described. */
export const ONLINE_GROUP_SATURDAY_PARAMETERS: readonly AbsPresetParameter[] = [
  {
    name: 'fees',
    fact: 'fees',
    required: true,
    description: 'The fee schedule: the page gives no fee for this group (the February-November group costs $250 for ABS members, $400 for non-members).',
  },
  ...ONLINE_GROUP_PARAMETERS,
];

const NAME = 'Online Balint Group, second Saturdays, January-August 2026';

/** The Saturday group, part by part. */
export const ONLINE_GROUP_SATURDAY: PresetDefinition = {
  subject: 'ABS online group (Saturdays) parameters',
  shape: AbsOnlineGroupSaturdayParamsSchema.shape,
  checks: [deadlineBesideFeesCheck],
  parameters: ONLINE_GROUP_SATURDAY_PARAMETERS,
  sessions: true,
  builders: {
    schedule: () => ({
      kind: 'series',
      series: [
        {
          name: NAME,
          recurrence: 'second Saturday',
          from: '2026-01-01',
          count: 8,
          startTime: '11:00',
          timeZone: ONLINE_GROUP_ZONE,
          durationMinutes: 60,
          firstSessionMinutes: 90,
        },
      ],
    }),
    fees: (p: Pick<z.output<typeof AbsOnlineGroupSaturdayParamsSchema>, 'fees' | 'registrationDeadline'>) => withRegistrationDeadline(p.fees, p.registrationDeadline, ONLINE_GROUP_ZONE),
    ...onlineGroupBuilders,
  },
};

/**
 * The ABS online Balint group led by Eddo de Lang, MD and Darlene Lawrence,
 * MD, as published: eight monthly meetings on the second Saturday, January
 * 10 to August 8, 2026, 11:00am-12:00pm Eastern / 8:00am-9:00am Pacific, the
 * first one 90 minutes; held in English; registrants must be clinically
 * active (the other requirements are quoted as attestations in `notes`);
 * money back only when the ABS or hosts cancel for insufficient registrants;
 * AAFP Prescribed credit with the AMA/AAFP equivalency, and APA CE.
 *
 * Not published, so parameters: the fee (`fees`) and the minimum number of
 * participants (`minRegistrants`), both required; a seat limit, the
 * decision date and the credit maxima, optional. `unpublished` lists them.
 *
 * @param params - see {@link AbsOnlineGroupSaturdayParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when a parameter is missing or invalid
 *
 * @example
 * ```ts
 * import { planSeries } from 'balint-rules/schedule';
 * import { absOnlineGroupSaturday2026 } from 'balint-rules/presets/abs';
 *
 * const group = absOnlineGroupSaturday2026({ minRegistrants: 6, fees: { currency: 'USD', timeZone: 'America/New_York',
 *   periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'everyone', label: 'Everyone', prices: { regular: '300.00' } }] } });
 * planSeries(group.schedule.series[0]).sessions.map((s) => s.date).join(' ');
 * //=> '2026-01-10 2026-02-14 2026-03-14 2026-04-11 2026-05-09 2026-06-13 2026-07-11 2026-08-08'
 * group.capacity;
 * //=> { minRegistrants: 6, waitlist: true }
 * ```
 */
export function absOnlineGroupSaturday2026(params: AbsOnlineGroupSaturdayParams): SeriesProgram<'eligibility' | 'fees' | 'capacity' | 'refunds' | 'accreditation' | 'language' | 'audience' | 'venue' | 'displayTimeZones'> {
  const p = validate(AbsOnlineGroupSaturdayParamsSchema, params, ONLINE_GROUP_SATURDAY.subject);
  return finishProgram({
    id: 'abs-online-group-saturday-2026',
    name: NAME,
    description:
      'An online Balint Group is now forming which will meet monthly on the second Saturday at 11am Eastern/8am Pacific. The series will begin in January and run through August. Because group cohesiveness affects participants’ experience of the group, and a minimum number of participants are required to hold a session, registrants are asked to commit to attending all sessions. Please do not plan to arrive late, leave early or miss sessions, etc.',
    facilitators: [
      { name: 'Eddo de Lang, MD', role: 'leader' },
      { name: 'Darlene Lawrence, MD', role: 'leader' },
    ],
    language: 'en',
    ...programParts(ONLINE_GROUP_SATURDAY, p),
    ...onlineGroupProgram({
      schedule:
        'Time: 11:00am - 12:00pm Eastern Time/8:00am - 9:am Pacific. The initial meeting will be 90 minutes to allow for introductions and an overview of the Balint method, meetings two - eight will be 60 minutes. Number of meetings and Dates: Eight (8) monthly meetings on the second Saturday: January 10, February 14, March 14, April 11, May 9, June 13, July 11, and August 8, 2026.',
      cancellation:
        "If cancelled by the ABS or hosts due to insufficient registrants, those registered will receive their money back. Otherwise, no return of fee is possible, including in the event of registrant's partial attendance or inability to complete the sequence of sessions.",
      extra: [
        { code: 'arrive_on_time', kind: 'request', text: 'Please do not plan to arrive late, leave early or miss sessions, etc.' },
        { code: 'meetings_in_english', kind: 'information', text: 'In welcoming international participants, please know that the meetings will be held in English.' },
      ],
    }),
    unpublished: unpublishedFacts(ONLINE_GROUP_SATURDAY_PARAMETERS, p),
  });
}
