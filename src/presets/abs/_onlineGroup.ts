/** What the ABS's two online Balint groups share. Internal. */
import * as z from 'zod/mini';
import { DecisionDateSchema } from '../../capacity/policy.js';
import { absAccreditation } from '../../credits/absAccreditation.js';
import { CreditAmountSchema } from '../../credits/amount.js';
import { organizerOnlyRefundPolicy } from '../../refunds/organizerOnlyRefundPolicy.js';
import type { RefundPolicy } from '../../refunds/schema.js';
import type { Profession } from '../../eligibility/profile.js';
import type { EligibilityRule } from '../../eligibility/rule.js';
import { ABS, optional } from './_build.js';
import { ABS_PRESETS_SOURCE } from './constants.js';
import type { AbsPresetParameter } from './program.js';
import type { ProgramNote } from './programParts.js';
import { registrationDeadlineParameter, registrationDeadlineShape, registrationWindowOf } from './_registrationDeadline.js';

/** The zone both groups' times and deadlines are read in. */
export const ONLINE_GROUP_ZONE = 'America/New_York';

/** The title the AAFP reviewed both groups under. */
export const ONLINE_GROUP_TITLE = 'Balint Group - Decreasing Isolation with Peer Consultation';

/** The parameters both groups take: the minimum (required, unpublished) and the optional unpublished numbers. */
export const onlineGroupParamsShape = {
  /** The minimum number of participants required to hold a session (not published). */
  minRegistrants: z.int().check(z.minimum(1), z.maximum(100_000)),
  /** A limit on participants (the pages state none). */
  maxSeats: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
  /** By when the ABS decides whether to hold the group (not published). */
  decisionDate: z.optional(DecisionDateSchema),
  /** The AAFP designated maximum (not published). */
  aafpDesignatedMaximum: z.optional(CreditAmountSchema),
  /** The APA CE credit offered (not published). */
  apaDesignatedMaximum: z.optional(CreditAmountSchema),
  ...registrationDeadlineShape,
};

/** The parameters of {@link onlineGroupParamsShape}, described. */
export const ONLINE_GROUP_PARAMETERS: readonly AbsPresetParameter[] = [
  {
    name: 'minRegistrants',
    fact: 'capacity.minRegistrants',
    required: true,
    description: 'The minimum number of participants required to hold a session: the page says a minimum is required but not the number.',
  },
  { name: 'maxSeats', fact: 'capacity.maxSeats', required: false, description: 'A limit on participants: the page states none.' },
  { name: 'decisionDate', fact: 'capacity.decisionDate', required: false, description: 'By when the ABS decides whether enough have registered: not published.' },
  { name: 'aafpDesignatedMaximum', fact: 'accreditation.systems[0].designatedMaximum', required: false, description: 'The AAFP designated maximum credit: not published.' },
  { name: 'apaDesignatedMaximum', fact: 'accreditation.systems[1].designatedMaximum', required: false, description: 'The APA continuing-education credit offered: not published.' },
  registrationDeadlineParameter(ONLINE_GROUP_ZONE, true),
];

type OnlineGroupParams = z.output<z.ZodMiniObject<typeof onlineGroupParamsShape>>;

/**
 * "If cancelled by the ABS or hosts due to insufficient registrants, those
 * registered will receive their money back. Otherwise, no return of fee is
 * possible, including in the event of registrant's partial attendance or
 * inability to complete the sequence of sessions."
 */
export function onlineGroupRefundPolicy(): RefundPolicy {
  return organizerOnlyRefundPolicy({
    id: 'abs-online-groups',
    label: 'ABS online Balint groups: money back only when the ABS or hosts cancel for insufficient registrants',
    timeZone: 'America/New_York',
    reasons: ['insufficient_registrants'],
  });
}

const AUDIENCE: readonly Profession[] = ['physician', 'nurse_practitioner', 'psychologist', 'social_worker', 'other'];
const AUDIENCE_TEXT =
  'This series is appropriate for clinicians new to the Balint Group method as well as experienced Balint Group leaders. Suitable for those in active practice including physicians (primary care, psychiatry, other specialists), nurse practitioners, psychologists, social workers, and others.';

/** Requirements 1 to 3 of both groups' pages. */
const REQUIREMENTS: readonly ProgramNote[] = [
  { code: 'clinically_active_and_presenting', kind: 'attestation', text: 'Registrants must be clinically active and willing to present cases.' },
  {
    code: 'stressful_period',
    kind: 'recommendation',
    text: 'Balint work can stir strong emotions. If the registrant is at an unusually stressful period in their life, we recommend they sign up at another time.',
  },
  {
    code: 'attend_all_sessions',
    kind: 'attestation',
    text: 'Because the success of the group depends in part on cohesion, steady attendance matters. Registrants must intend to attend all sessions of the group.',
  },
];

/** The parts both groups share, each from the parameters of its part. */
export const onlineGroupBuilders = {
  eligibility: (): EligibilityRule => ({ kind: 'clinically_active' }),
  capacity: (params: Pick<OnlineGroupParams, 'minRegistrants' | 'maxSeats' | 'decisionDate' | 'registrationDeadline'>) => ({
    minRegistrants: params.minRegistrants,
    ...optional('maxSeats', params.maxSeats),
    ...optional('decisionDate', params.decisionDate),
    ...registrationWindowOf(params.registrationDeadline, ONLINE_GROUP_ZONE),
  }),
  refunds: onlineGroupRefundPolicy,
  accreditation: (params: Pick<OnlineGroupParams, 'aafpDesignatedMaximum' | 'apaDesignatedMaximum'>) =>
    absAccreditation({
      title: ONLINE_GROUP_TITLE,
      ...optional('aafpDesignatedMaximum', params.aafpDesignatedMaximum),
      ...optional('apaDesignatedMaximum', params.apaDesignatedMaximum),
    }),
};

/** The rest both groups share (not a part), with their own notes. */
export function onlineGroupProgram(notes: { schedule: string; cancellation: string; extra: readonly ProgramNote[] }) {
  return {
    kind: 'online_group' as const,
    organizer: ABS,
    source: ABS_PRESETS_SOURCE,
    audience: { professions: [...AUDIENCE], text: AUDIENCE_TEXT },
    venue: { online: true },
    displayTimeZones: [ONLINE_GROUP_ZONE, 'America/Los_Angeles'],
    registrationPer: 'program' as const,
    notes: [
      { code: 'schedule', kind: 'information' as const, text: notes.schedule },
      ...REQUIREMENTS,
      ...notes.extra,
      { code: 'cancellation_policy', kind: 'policy' as const, text: notes.cancellation },
    ],
  };
}
