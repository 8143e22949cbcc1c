import * as z from 'zod/mini';
import { validate } from '../../_lib/validate.js';
import { flatFeeSchedule } from '../../fees/constructors.js';
import type { FeeSchedule } from '../../fees/schema.js';
import { absMemberRule, finishProgram, unpublishedFacts } from './_build.js';
import type { SeriesProgram } from './program.js';
import { ONLINE_GROUP_PARAMETERS, ONLINE_GROUP_ZONE, onlineGroupBuilders, onlineGroupParamsShape, onlineGroupProgram } from './_onlineGroup.js';
import { programParts, type PresetDefinition } from './_parts.js';
import { withRegistrationDeadline } from './_registrationDeadline.js';

/**
 * Parameters of {@link absOnlineGroupTuesday2026}: the facts its page does
 * not publish. `minRegistrants` is required (the page requires a minimum
 * without its number); the seat limit, decision date and credit maxima are
 * optional.
 *
 * @example
 * ```ts
 * import { AbsOnlineGroupTuesdayParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsOnlineGroupTuesdayParamsSchema.safeParse({ minRegistrants: 6, maxSeats: 12 }).success;
 * //=> true
 * ```
 */
export const AbsOnlineGroupTuesdayParamsSchema = z.strictObject(onlineGroupParamsShape);

/**
 * Parameters of {@link absOnlineGroupTuesday2026}, see {@link AbsOnlineGroupTuesdayParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsOnlineGroupTuesdayParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsOnlineGroupTuesdayParams = { minRegistrants: 6 };
 * ```
 */
export type AbsOnlineGroupTuesdayParams = z.input<typeof AbsOnlineGroupTuesdayParamsSchema>;

const NAME = 'Online Balint Group, second Tuesdays, February-November 2026';

/** "Fee: $250 for ABS Members, $400 for non-members". */
function fees(): FeeSchedule {
  return flatFeeSchedule({
    id: 'abs-online-group-tuesday-2026',
    label: NAME,
    currency: 'USD',
    timeZone: 'America/New_York',
    categories: [
      { id: 'member', label: 'ABS Members', eligibility: absMemberRule, price: '250.00' },
      { id: 'non_member', label: 'Non-members', eligibility: { kind: 'not', rule: absMemberRule, label: 'a non-member' }, price: '400.00' },
    ],
  });
}

/** The Tuesday group, part by part. */
export const ONLINE_GROUP_TUESDAY: PresetDefinition = {
  subject: 'ABS online group (Tuesdays) parameters',
  shape: onlineGroupParamsShape,
  checks: [],
  parameters: ONLINE_GROUP_PARAMETERS,
  sessions: true,
  builders: {
    schedule: () => ({
      kind: 'series',
      series: [
        {
          name: NAME,
          recurrence: 'second Tuesday',
          from: '2026-02-01',
          count: 10,
          startTime: '19:00',
          timeZone: ONLINE_GROUP_ZONE,
          durationMinutes: 60,
          firstSessionMinutes: 90,
        },
      ],
    }),
    fees: (p: { registrationDeadline?: string | undefined }) => withRegistrationDeadline(fees(), p.registrationDeadline, ONLINE_GROUP_ZONE),
    ...onlineGroupBuilders,
  },
};

/**
 * The ABS online Balint group led by Lisa Buck, MD and Albert Lichtenstein,
 * PhD, as published: ten monthly meetings on the second Tuesday, February 10
 * to November 10, 2026, 7:00pm-8:00pm Eastern / 4:00-5:00 Pacific, the
 * first one 90 minutes (7:00-8:30pm); $250 for ABS Members, $400 for
 * non-members; registrants must be clinically active (the other
 * requirements are quoted as attestations in `notes`); money back only when
 * the ABS or hosts cancel for insufficient registrants; AAFP Prescribed
 * credit with the AMA/AAFP equivalency, and APA CE.
 *
 * Not published, so parameters: the minimum number of participants
 * (`minRegistrants`, required); a seat limit, the decision date and the
 * credit maxima, optional. `unpublished` lists them.
 *
 * @param params - see {@link AbsOnlineGroupTuesdayParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when a parameter is missing or invalid
 *
 * @example
 * ```ts
 * import { quoteFee } from 'balint-rules/fees';
 * import { absOnlineGroupTuesday2026 } from 'balint-rules/presets/abs';
 *
 * const group = absOnlineGroupTuesday2026({ minRegistrants: 6 });
 * quoteFee(group.fees, { memberships: [{ organization: 'ABS' }] }, { at: '2026-01-15T15:00:00Z' }).price;
 * //=> { amount: '250.00', currency: 'USD' }
 * quoteFee(group.fees, {}, { at: '2026-01-15T15:00:00Z' }).price;
 * //=> { amount: '400.00', currency: 'USD' }
 * ```
 */
export function absOnlineGroupTuesday2026(params: AbsOnlineGroupTuesdayParams): SeriesProgram<'eligibility' | 'fees' | 'capacity' | 'refunds' | 'accreditation' | 'audience' | 'venue' | 'displayTimeZones'> {
  const p = validate(AbsOnlineGroupTuesdayParamsSchema, params, ONLINE_GROUP_TUESDAY.subject);
  return finishProgram({
    id: 'abs-online-group-tuesday-2026',
    name: NAME,
    description: 'This series is appropriate for clinicians new to the Balint Group method as well as experienced Balint Group leaders.',
    facilitators: [
      { name: 'Lisa Buck, MD', role: 'leader' },
      { name: 'Albert Lichtenstein, PhD', role: 'leader' },
    ],
    ...programParts(ONLINE_GROUP_TUESDAY, p),
    ...onlineGroupProgram({
      schedule:
        'Time:The first meeting will be 90 minutes 7:00pm - 8:30pm Eastern Time/4:00pm - 5:30pm Pacific Time. Subsequent meetings will be 60 minutes 7:00pm - 8:00pm Eastern/4:00 - 5:00 Pacific. Number of meetings and Dates: Ten (10) monthly meetings on the following Tuesdays: February 10, March 10, April 14, May 12, June 9, July14, August 11, Sept 8, October13, and November 10, 2026.',
      cancellation:
        "If canceled by the ABS or hosts due to insufficient registrants, those registered will receive their money back. Otherwise, no return of fee is possible, including in the event of registrant's partial attendance or inability to complete the sequence of sessions.",
      extra: [],
    }),
    unpublished: unpublishedFacts(ONLINE_GROUP_PARAMETERS, p),
  });
}
