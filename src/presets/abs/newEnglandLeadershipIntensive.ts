import * as z from 'zod/mini';
import { validate } from '../../_lib/validate.js';
import type { RefundPolicy } from '../../refunds/schema.js';
import { finishProgram, unpublishedFacts } from './_build.js';
import { INTENSIVE_PARAMETERS, intensiveBuilders, intensiveParamsShape, intensiveProgram } from './_intensive.js';
import { programParts, type PresetDefinition } from './_parts.js';
import { deadlineBesideFeesCheck, registrationDeadlineParameter } from './_registrationDeadline.js';
import { ORGANIZER_CANCELLATION_UNPUBLISHED, usdFeesCheck, writtenDeadlineRefundPolicy } from './_writtenDeadline.js';
import type { AbsPresetParameter, DaysProgram } from './program.js';

/**
 * Parameters of {@link absNewEnglandLeadershipIntensive}: the first day of
 * the course (required: not published) and optionally another fee schedule.
 *
 * @example
 * ```ts
 * import { AbsNewEnglandIntensiveParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsNewEnglandIntensiveParamsSchema.safeParse({ firstDay: '2026-10-08' }).success;
 * //=> true
 * ```
 */
export const AbsNewEnglandIntensiveParamsSchema = z.strictObject(intensiveParamsShape).check(deadlineBesideFeesCheck.check, usdFeesCheck.check);

/**
 * Parameters of {@link absNewEnglandLeadershipIntensive}, see {@link AbsNewEnglandIntensiveParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsNewEnglandIntensiveParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsNewEnglandIntensiveParams = { firstDay: '2026-10-08' };
 * ```
 */
export type AbsNewEnglandIntensiveParams = z.input<typeof AbsNewEnglandIntensiveParamsSchema>;

const ZONE = 'America/New_York';

/** The parameters of {@link absNewEnglandLeadershipIntensive}, described. */
export const NEW_ENGLAND_INTENSIVE_PARAMETERS: readonly AbsPresetParameter[] = [...INTENSIVE_PARAMETERS, registrationDeadlineParameter(ZONE, false)];

const CANCELLATION =
  'Registrants wishing to cancel their registration must do so in writing by the cancellation deadline of September 15, 2026. For cancellations received by the cancellation date, $100 of the registration fee will be withheld for administrative fees and the refund will occur within 30 days of acknowledgment of cancellation. For cancellations received after the deadline, no refunds will be available.';

/** The New England intensive's cancellation policy: every number is published. */
export function newEnglandIntensiveRefundPolicy(): RefundPolicy {
  return writtenDeadlineRefundPolicy({
    id: 'abs-new-england-leadership-intensive-2026',
    label: 'New England Balint Leadership Intensive cancellation policy',
    timeZone: ZONE,
    deadline: '2026-09-15',
  });
}

/** The New England intensive, part by part. */
export const NEW_ENGLAND_INTENSIVE: PresetDefinition = {
  subject: 'ABS New England intensive parameters',
  shape: intensiveParamsShape,
  checks: [deadlineBesideFeesCheck, usdFeesCheck],
  parameters: NEW_ENGLAND_INTENSIVE_PARAMETERS,
  sessions: false,
  builders: { ...intensiveBuilders(ZONE), refunds: newEnglandIntensiveRefundPolicy },
};

/**
 * The New England Balint Leadership Intensive, as published: a four-day
 * course at the Babson Executive Conference Center at Babson College
 * (conference room rate $239 per night), for physicians (primary care,
 * psychiatry, other specialists), psychologists, social workers, other
 * mental health care providers, veterinarians and pastoral care providers,
 * who must commit to attending all sessions in their entirety (quoted in
 * `notes`). Cancellation: in writing by September 15, 2026 (through the end
 * of that day in America/New_York): $100 withheld for administrative fees,
 * the rest refunded within 30 days of acknowledgment; nothing after.
 *
 * Not published, so a parameter: the first day (`firstDay`). Fees default
 * to {@link absLeadershipIntensiveFees2026}.
 *
 * @param params - see {@link AbsNewEnglandIntensiveParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when a parameter is missing or invalid
 *
 * @example
 * ```ts
 * import { quoteRefund } from 'balint-rules/refunds';
 * import { absNewEnglandLeadershipIntensive } from 'balint-rules/presets/abs';
 *
 * const { refunds } = absNewEnglandLeadershipIntensive({ firstDay: '2026-10-08' });
 * const paid = { amount: '875.00', currency: 'USD' };
 * quoteRefund(refunds, { paid }, { by: 'registrant', inWriting: true, at: '2026-09-15T23:59:00-04:00' }).refund;
 * //=> { amount: '775.00', currency: 'USD' }
 * quoteRefund(refunds, { paid }, { by: 'registrant', inWriting: true, at: '2026-09-16T00:00:00-04:00' }).refund;
 * //=> { amount: '0.00', currency: 'USD' }
 * ```
 */
export function absNewEnglandLeadershipIntensive(params: AbsNewEnglandIntensiveParams): DaysProgram<'fees' | 'refunds' | 'venue' | 'audience'> {
  const p = validate(AbsNewEnglandIntensiveParamsSchema, params, NEW_ENGLAND_INTENSIVE.subject);
  const rest = intensiveProgram('New England');
  return finishProgram({
    ...rest,
    ...programParts(NEW_ENGLAND_INTENSIVE, p),
    id: 'abs-new-england-leadership-intensive-2026',
    name: 'New England Balint Leadership Intensive',
    venue: {
      online: false,
      name: 'Babson Executive Conference Center',
      location: 'Babson College, 20 minutes from downtown Boston and Logan International Airport',
      roomRate: {
        price: { amount: '239.00', currency: 'USD' },
        per: 'night',
        text: 'The ABS has negotiated a conference rate of $239 per night which includes full breakfast and access to the state of the art Len Green Recreation and Athletics Complex (LGRAC) on campus.',
      },
    },
    notes: [
      ...rest.notes,
      {
        code: 'residing_recommended',
        kind: 'recommendation',
        text: 'Residing at the conference center is strongly recommended, even for local attendees, so that you may benefit from the retreat-like nature of the course.',
      },
      { code: 'cancellation_policy', kind: 'policy', text: CANCELLATION },
      { code: 'grievance_policy', kind: 'information', text: 'Any concerns should be brought to the attention of Eran Metzger, metzger@hsl.harvard.edu.' },
    ],
    unpublished: unpublishedFacts(NEW_ENGLAND_INTENSIVE_PARAMETERS, p, [
      { fact: 'facilitators', description: 'The page names no faculty.' },
      ORGANIZER_CANCELLATION_UNPUBLISHED,
    ]),
  });
}
