import * as z from 'zod/mini';
import { validate } from '../../_lib/validate.js';
import { LocalDateSchema } from '../../common/schemas.js';
import { LocalDeadlineSchema, type LocalDeadlineInput } from '../../_lib/deadlineSchema.js';
import type { RefundPolicy } from '../../refunds/schema.js';
import { finishProgram, unpublishedFacts } from './_build.js';
import { INTENSIVE_PARAMETERS, intensiveBuilders, intensiveParamsShape, intensiveProgram } from './_intensive.js';
import { programParts, type PresetDefinition } from './_parts.js';
import { deadlineBesideFeesCheck, registrationDeadlineParameter } from './_registrationDeadline.js';
import { ORGANIZER_CANCELLATION_UNPUBLISHED, usdFeesCheck, writtenDeadlineRefundPolicy } from './_writtenDeadline.js';
import type { AbsPresetParameter, DaysProgram } from './program.js';

/**
 * Parameters of {@link absSpokaneLeadershipIntensive}: the first day of the
 * course and the cancellation deadline (required: neither is published), and
 * optionally another fee schedule.
 *
 * @example
 * ```ts
 * import { AbsSpokaneIntensiveParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsSpokaneIntensiveParamsSchema.safeParse({ firstDay: '2026-04-23' }).success; // no refundDeadline
 * //=> false
 * ```
 */
export const AbsSpokaneIntensiveParamsSchema = z
  .strictObject({
    ...intensiveParamsShape,
    /** The cancellation deadline, a date (inclusive, Pacific time) or a date-time deadline (not published). */
    refundDeadline: z.union([LocalDateSchema, LocalDeadlineSchema]),
  })
  .check(deadlineBesideFeesCheck.check, usdFeesCheck.check);

/**
 * Parameters of {@link absSpokaneLeadershipIntensive}, see {@link AbsSpokaneIntensiveParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsSpokaneIntensiveParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsSpokaneIntensiveParams = { firstDay: '2026-04-23', refundDeadline: '2026-03-23' };
 * ```
 */
export type AbsSpokaneIntensiveParams = z.input<typeof AbsSpokaneIntensiveParamsSchema>;

/** The parameters of {@link absSpokaneLeadershipIntensive}, described. */
export const SPOKANE_INTENSIVE_PARAMETERS: readonly AbsPresetParameter[] = [
  ...INTENSIVE_PARAMETERS,
  {
    name: 'refundDeadline',
    fact: 'refunds.rules[0].when.receivedBy',
    required: true,
    description:
      'The cancellation deadline: not published for Spokane. The rest of the policy is the one the ABS publishes for its New England intensive (in writing, $100 withheld, refund within 30 days of acknowledgment).',
  },
  registrationDeadlineParameter('America/Los_Angeles', false),
];

const ZONE = 'America/Los_Angeles';

/** The Spokane intensive's cancellation policy, with its unpublished deadline. */
export function spokaneIntensiveRefundPolicy(deadline: string | LocalDeadlineInput): RefundPolicy {
  return writtenDeadlineRefundPolicy({
    id: 'abs-spokane-leadership-intensive',
    label: 'Spokane Balint Leadership Intensive cancellation policy (the deadline is a parameter)',
    timeZone: ZONE,
    deadline,
  });
}

/** The Spokane intensive, part by part. */
export const SPOKANE_INTENSIVE: PresetDefinition = {
  subject: 'ABS Spokane intensive parameters',
  shape: AbsSpokaneIntensiveParamsSchema.shape,
  checks: [deadlineBesideFeesCheck, usdFeesCheck],
  parameters: SPOKANE_INTENSIVE_PARAMETERS,
  sessions: false,
  builders: {
    ...intensiveBuilders(ZONE),
    refunds: (p: { refundDeadline: string | LocalDeadlineInput }) => spokaneIntensiveRefundPolicy(p.refundDeadline),
  },
};

/**
 * The Spokane Balint Leadership Intensive, as published: a four-day course
 * at the Ruby River Hotel on the Spokane River, for physicians (primary
 * care, psychiatry, other specialists), psychologists, social workers, other
 * mental health care providers, veterinarians and pastoral care providers,
 * who must commit to attending all sessions in their entirety (quoted in
 * `notes`). Times are read in America/Los_Angeles (Spokane, Washington).
 *
 * Not published, so parameters: the first day (`firstDay`) and the
 * cancellation deadline (`refundDeadline`), both required. The Spokane page
 * shows no cancellation policy: the preset applies the one the ABS
 * publishes for its New England intensive (in writing by the deadline, $100
 * withheld, refund within 30 days of acknowledgment, nothing after) with
 * the deadline given. Fees default to {@link absLeadershipIntensiveFees2026}.
 *
 * @param params - see {@link AbsSpokaneIntensiveParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when a parameter is missing or invalid
 *
 * @example
 * ```ts
 * import { absSpokaneLeadershipIntensive } from 'balint-rules/presets/abs';
 *
 * const intensive = absSpokaneLeadershipIntensive({ firstDay: '2026-04-23', refundDeadline: '2026-03-23' });
 * [intensive.schedule.from, intensive.schedule.until, intensive.venue.name];
 * //=> ['2026-04-23', '2026-04-26', 'Ruby River Hotel']
 * ```
 */
export function absSpokaneLeadershipIntensive(params: AbsSpokaneIntensiveParams): DaysProgram<'fees' | 'refunds' | 'venue' | 'audience'> {
  const p = validate(AbsSpokaneIntensiveParamsSchema, params, SPOKANE_INTENSIVE.subject);
  return finishProgram({
    ...intensiveProgram('Spokane'),
    ...programParts(SPOKANE_INTENSIVE, p),
    id: 'abs-spokane-leadership-intensive',
    name: 'Spokane Balint Leadership Intensive',
    venue: {
      online: false,
      name: 'Ruby River Hotel',
      location: 'Spokane, Washington',
      text: 'The conference will be held at the Ruby River Hotel where hometown hospitality and peaceful river views greet every guest. Located on the Spokane River with easy access to the Centennial Trail and Riverfront Park, perfect for a leisurely walk or bike ride.',
    },
    unpublished: unpublishedFacts(SPOKANE_INTENSIVE_PARAMETERS, p, [
      { fact: 'facilitators', description: 'The page names no faculty.' },
      ORGANIZER_CANCELLATION_UNPUBLISHED,
    ]),
  });
}
