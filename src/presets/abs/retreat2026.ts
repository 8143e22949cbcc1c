import * as z from 'zod/mini';
import { parseDays } from '../../_lib/civil.js';
import { validate } from '../../_lib/validate.js';
import { LocalDateSchema } from '../../common/schemas.js';
import { FeeScheduleSchema } from '../../fees/schema.js';
import type { RefundPolicy } from '../../refunds/schema.js';
import { ABS, finishProgram, unpublishedFacts } from './_build.js';
import { ORGANIZER_CANCELLATION_UNPUBLISHED, usdFeesCheck, writtenDeadlineRefundPolicy } from './_writtenDeadline.js';
import { allChecks, paramCheck, programParts, type PresetDefinition } from './_parts.js';
import { ABS_PRESETS_SOURCE } from './constants.js';
import { deadlineBesideFeesCheck, registrationDeadlineParameter, registrationDeadlineShape, withRegistrationDeadline } from './_registrationDeadline.js';
import type { AbsPresetParameter, DaysProgram } from './program.js';

/** The retreat's days must not end before they start. */
const fromUntilCheck = paramCheck<{ from: string; until: string }>(
  ['from', 'until'],
  z.refine((p) => parseDays(p.from) <= parseDays(p.until), { message: 'must not be before from', path: ['until'] }),
);
const CHECKS = [fromUntilCheck, deadlineBesideFeesCheck, usdFeesCheck];

/**
 * Parameters of {@link absHealingRetreat2026}: the fee schedule (in USD, the
 * currency of the published $100 administrative fee) and the retreat's
 * first and last days, none of which is published.
 *
 * @example
 * ```ts
 * import { AbsRetreatParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsRetreatParamsSchema.safeParse({ from: '2026-04-18', until: '2026-04-17', fees: { currency: 'USD', timeZone: 'America/Los_Angeles',
 *   periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'everyone', label: 'Everyone', prices: { regular: '650.00' } }] } }).success;
 * //=> false (it ends before it starts)
 * ```
 */
export const AbsRetreatParamsSchema = z
  .strictObject({ fees: FeeScheduleSchema, from: LocalDateSchema, until: LocalDateSchema, ...registrationDeadlineShape })
  .check(...allChecks(CHECKS));

/**
 * Parameters of {@link absHealingRetreat2026}, see {@link AbsRetreatParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsRetreatParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsRetreatParams = { from: '2026-04-17', until: '2026-04-19', fees: { currency: 'USD', timeZone: 'America/Los_Angeles',
 *   periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'everyone', label: 'Everyone', prices: { regular: '650.00' } }] } };
 * ```
 */
export type AbsRetreatParams = z.input<typeof AbsRetreatParamsSchema>;

/** The parameters of {@link absHealingRetreat2026}, described. */
export const RETREAT_PARAMETERS: readonly AbsPresetParameter[] = [
  { name: 'fees', fact: 'fees', required: true, description: 'The registration fee: not published (it must be in USD, like the $100 administrative fee).' },
  { name: 'from', fact: 'schedule.from', required: true, description: 'The first day of the weekend retreat: not published.' },
  { name: 'until', fact: 'schedule.until', required: true, description: 'The last day of the weekend retreat: not published.' },
  registrationDeadlineParameter('America/Los_Angeles', false),
];

const ZONE = 'America/Los_Angeles';
const CANCELLATION =
  'Registrants wishing to cancel their registration must do so in writing by the cancellation deadline of March 12, 2026. For cancellations received by the cancellation date, $100 of the registration fee will be withheld for administrative fees and the refund will be issued within 30 days of acknowledgment of the cancellation. For cancellations received after the cancellation date, no refunds will be available.';

/** The retreat's cancellation policy: every number is published. */
export function retreatRefundPolicy(): RefundPolicy {
  return writtenDeadlineRefundPolicy({
    id: 'abs-healing-mindfulness-compassion-retreat-2026',
    label: 'Healing, Mindfulness and Compassion Retreat cancellation policy',
    timeZone: ZONE,
    deadline: '2026-03-12',
  });
}

type RetreatParams = z.output<typeof AbsRetreatParamsSchema>;

/** The retreat, part by part. */
export const RETREAT: PresetDefinition = {
  subject: 'ABS retreat parameters',
  shape: AbsRetreatParamsSchema.shape,
  checks: CHECKS,
  parameters: RETREAT_PARAMETERS,
  sessions: false,
  builders: {
    schedule: (p: Pick<RetreatParams, 'from' | 'until'>) => ({ kind: 'days', from: p.from, until: p.until, timeZone: ZONE }),
    fees: (p: Pick<RetreatParams, 'fees' | 'registrationDeadline'>) => withRegistrationDeadline(p.fees, p.registrationDeadline, ZONE),
    refunds: retreatRefundPolicy,
  },
};

/**
 * The Healing, Mindfulness and Compassion Retreat at the Ratna Ling
 * Conference Center in Sonoma County, California, as published: a weekend
 * conference for health care professionals; cancellation in writing by
 * March 12, 2026 (through the end of that day in America/Los_Angeles): $100
 * of the registration fee withheld for administrative fees, the rest
 * refunded within 30 days of acknowledgment; nothing after.
 *
 * Not published, so parameters: the fee (`fees`, in USD) and the dates
 * (`from`, `until`), all required.
 *
 * @param params - see {@link AbsRetreatParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when a parameter is missing or invalid (or the fee is not in USD)
 *
 * @example
 * ```ts
 * import { quoteRefund } from 'balint-rules/refunds';
 * import { absHealingRetreat2026 } from 'balint-rules/presets/abs';
 *
 * const retreat = absHealingRetreat2026({ from: '2026-04-17', until: '2026-04-19', fees: { currency: 'USD', timeZone: 'America/Los_Angeles',
 *   periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'everyone', label: 'Everyone', prices: { regular: '650.00' } }] } });
 * const q = quoteRefund(retreat.refunds, { paid: { amount: '650.00', currency: 'USD' } },
 *   { by: 'registrant', inWriting: true, at: '2026-03-12T23:59:00-07:00', acknowledgedAt: '2026-03-13T17:00:00Z' });
 * [q.refund.amount, q.withheld.amount, q.due];
 * //=> ['550.00', '100.00', { days: 30, after: 'acknowledgement', by: '2026-04-12' }]
 * ```
 */
export function absHealingRetreat2026(params: AbsRetreatParams): DaysProgram<'fees' | 'refunds' | 'venue'> {
  const p = validate(AbsRetreatParamsSchema, params, RETREAT.subject);
  return finishProgram({
    id: 'abs-healing-mindfulness-compassion-retreat-2026',
    name: 'Healing, Mindfulness and Compassion Retreat',
    kind: 'retreat',
    organizer: ABS,
    source: ABS_PRESETS_SOURCE,
    description:
      'Health care professionals are invited to attend the Healing, Mindfulness and Compassion Retreat at the beautiful and tranquil Ratna Ling Conference Center in the Redwoods of Sonoma County, California. The weekend conference combines Eastern and Western approaches to healing: Tibetan Yoga and Meditation as well as Balint sessions that address the complex emotional landscape of the clinician-patient relationship. The Balint group format is an empathy-enhancing practice to strengthen treatment alliances, improve care delivery, increase practitioner resilience and decrease professional isolation. Further context on the neuroscience of compassion and its importance in the provision of effective service will increase understanding of the connection between practitioners’ self-care and the care they are able to offer others. The accommodations and architecture are exquisite and the weekend is educational, restful, and rejuvenating.',
    facilitators: [],
    venue: { online: false, name: 'Ratna Ling Conference Center', location: 'the Redwoods of Sonoma County, California' },
    ...programParts(RETREAT, p),
    registrationPer: 'program',
    notes: [{ code: 'cancellation_policy', kind: 'policy', text: CANCELLATION }],
    unpublished: unpublishedFacts(RETREAT_PARAMETERS, p, [{ fact: 'facilitators', description: 'The page names no faculty.' }, ORGANIZER_CANCELLATION_UNPUBLISHED]),
  });
}
