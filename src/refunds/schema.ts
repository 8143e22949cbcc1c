import * as z from 'zod/mini';
import { InstantSchema, LocalDateSchema, TimeZoneSchema } from '../common/schemas.js';
import { RoundingModeSchema } from '../money/rounding.js';
import { NonNegativeMoneySchema, PercentSchema } from '../money/schema.js';
import { RefundDeadlineSchema, SessionStartSchema } from './deadline.js';

/** Who cancelled: the organizer (the ABS, the hosts) or the registrant. */
export const CANCELLING_PARTIES = ['organizer', 'registrant'] as const;

/**
 * Who cancelled.
 *
 * @example
 * ```ts
 * import { CancellingPartySchema } from 'balint-rules/refunds';
 *
 * CancellingPartySchema.safeParse('organizer').success;
 * //=> true
 * ```
 */
export const CancellingPartySchema = z.enum(CANCELLING_PARTIES);

/**
 * What a registrant asks for: to cancel, or to transfer the place to a
 * colleague (a substitution).
 *
 * @example
 * ```ts
 * import { CancellationRequestSchema } from 'balint-rules/refunds';
 *
 * CancellationRequestSchema.safeParse('transfer').success;
 * //=> true
 * ```
 */
export const CancellationRequestSchema = z.enum(['cancel', 'transfer']);

/**
 * When the money is due: within `days` days of the organizer's
 * acknowledgement of the cancellation, or of its receipt.
 *
 * @example
 * ```ts
 * import { RefundDueSchema } from 'balint-rules/refunds';
 *
 * RefundDueSchema.parse({ days: 30, after: 'acknowledgement' });
 * //=> { days: 30, after: 'acknowledgement' }
 * ```
 */
export const RefundDueSchema = z.strictObject({
  days: z.int().check(z.minimum(0), z.maximum(3660)),
  after: z.enum(['acknowledgement', 'receipt']),
});

const fraction = {
  /** Percentage of what was paid, 0-100. */
  percent: PercentSchema,
  /** A fixed amount withheld (an administration fee), never taking the result below zero. */
  withhold: z.optional(NonNegativeMoneySchema),
  /** How a percentage is rounded to the currency's minor units. */
  rounding: z._default(RoundingModeSchema, 'half_even'),
};

/**
 * What a cancellation gets:
 * - `refund`: `percent` of what was paid, less a fixed `withhold` (never below zero), due as `due` says;
 * - `credit`: the same computed amount as a credit toward a future event, until `validUntil`;
 * - `transfer`: the place may be transferred to a colleague; no money moves;
 * - `none`: nothing.
 *
 * @example
 * ```ts
 * import { RefundOutcomeSchema } from 'balint-rules/refunds';
 *
 * RefundOutcomeSchema.parse({ kind: 'refund', percent: '100', withhold: { amount: '100.00', currency: 'USD' },
 *   due: { days: 30, after: 'acknowledgement' } }).rounding;
 * //=> 'half_even'
 * ```
 */
export const RefundOutcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('refund'), ...fraction, due: z.optional(RefundDueSchema) }),
  z.strictObject({ kind: z.literal('credit'), ...fraction, validUntil: z.optional(LocalDateSchema) }),
  z.strictObject({ kind: z.literal('transfer') }),
  z.strictObject({ kind: z.literal('none') }),
]);

/**
 * The conditions of a rule; all that are present must hold (none: always).
 * - `cancelledBy`: who cancelled;
 * - `reasons`: the cancellation's `reason` is one of these (e.g. `insufficient_registrants`);
 * - `inWriting`: whether the request must have been (true) or not been (false) in writing;
 * - `request`: `cancel` or `transfer`;
 * - `receivedBy`: received within the deadline; `receivedAfter`: received past it;
 * - `sessionsAttended`: partial attendance, `min`/`max` sessions attended (absent on the registration: 0).
 *
 * @example
 * ```ts
 * import { RefundConditionsSchema } from 'balint-rules/refunds';
 *
 * RefundConditionsSchema.safeParse({ cancelledBy: 'organizer', reasons: ['insufficient_registrants'] }).success;
 * //=> true
 * ```
 */
export const RefundConditionsSchema = z.strictObject({
  cancelledBy: z.optional(CancellingPartySchema),
  reasons: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  inWriting: z.optional(z.boolean()),
  request: z.optional(CancellationRequestSchema),
  receivedBy: z.optional(RefundDeadlineSchema),
  receivedAfter: z.optional(RefundDeadlineSchema),
  sessionsAttended: z.optional(
    z
      .strictObject({ min: z.optional(z.int().check(z.minimum(0))), max: z.optional(z.int().check(z.minimum(0))) })
      .check(z.refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max')),
  ),
});

/**
 * One rule of a refund policy: when its conditions hold (and no earlier rule
 * matched), its outcome applies. `id` and `label` are reported back.
 *
 * @example
 * ```ts
 * import { RefundRuleSchema } from 'balint-rules/refunds';
 *
 * RefundRuleSchema.safeParse({ id: 'late', when: {}, outcome: { kind: 'none' } }).success;
 * //=> true
 * ```
 */
export const RefundRuleSchema = z.strictObject({
  id: z.optional(z.string()),
  label: z.optional(z.string()),
  when: RefundConditionsSchema,
  outcome: RefundOutcomeSchema,
});

/**
 * A refund policy: an ordered list of rules, the first whose conditions hold
 * wins, and a required `otherwise` outcome when none does. Dates in
 * deadlines are read in `timeZone`, the organizer's zone.
 *
 * @example
 * ```ts
 * import { RefundPolicySchema } from 'balint-rules/refunds';
 *
 * RefundPolicySchema.safeParse({
 *   timeZone: 'America/New_York',
 *   rules: [{ when: { cancelledBy: 'organizer', reasons: ['insufficient_registrants'] },
 *             outcome: { kind: 'refund', percent: '100' } }],
 *   otherwise: { kind: 'none' },
 * }).success;
 * //=> true
 * ```
 */
export const RefundPolicySchema = z.strictObject({
  id: z.optional(z.string()),
  label: z.optional(z.string()),
  timeZone: TimeZoneSchema,
  rules: z.array(RefundRuleSchema),
  otherwise: RefundOutcomeSchema,
});

/**
 * What the library needs to know about a registration: what was paid, when
 * the first session starts (for deadlines counted from it), and how many
 * sessions were attended. Other keys are ignored.
 *
 * @example
 * ```ts
 * import { RefundRegistrationSchema } from 'balint-rules/refunds';
 *
 * RefundRegistrationSchema.safeParse({ paid: { amount: '875.00', currency: 'USD' } }).success;
 * //=> true
 * ```
 */
export const RefundRegistrationSchema = z.object({
  paid: NonNegativeMoneySchema,
  firstSessionStart: z.optional(SessionStartSchema),
  sessionsAttended: z.optional(z.int().check(z.minimum(0))),
});

/**
 * A cancellation (or transfer request): who, why, when it was received, in
 * writing or not, and when the organizer acknowledged it. Other keys are
 * ignored.
 *
 * @example
 * ```ts
 * import { CancellationSchema } from 'balint-rules/refunds';
 *
 * CancellationSchema.safeParse({ by: 'registrant', receivedAt: '2026-03-10T18:00:00Z', inWriting: true }).success;
 * //=> true
 * ```
 */
export const CancellationSchema = z.object({
  by: CancellingPartySchema,
  reason: z.optional(z.string()),
  request: z._default(CancellationRequestSchema, 'cancel'),
  receivedAt: InstantSchema,
  inWriting: z._default(z.boolean(), false),
  acknowledgedAt: z.optional(InstantSchema),
});

/** Who cancelled. */
export type CancellingParty = (typeof CANCELLING_PARTIES)[number];
/** When money is due, see {@link RefundDueSchema}. */
export type RefundDue = z.output<typeof RefundDueSchema>;
/** An outcome, see {@link RefundOutcomeSchema}. */
export type RefundOutcome = z.output<typeof RefundOutcomeSchema>;
/** Conditions of a rule, see {@link RefundConditionsSchema}. */
export type RefundConditions = z.output<typeof RefundConditionsSchema>;
/** A rule, see {@link RefundRuleSchema}. */
export type RefundRule = z.output<typeof RefundRuleSchema>;
/** A validated refund policy, see {@link RefundPolicySchema}. */
export type RefundPolicy = z.output<typeof RefundPolicySchema>;
/** A refund policy as accepted on input (defaults may be omitted). */
export type RefundPolicyInput = z.input<typeof RefundPolicySchema>;
/** A rule as accepted on input. */
export type RefundRuleInput = z.input<typeof RefundRuleSchema>;
/** An outcome as accepted on input. */
export type RefundOutcomeInput = z.input<typeof RefundOutcomeSchema>;
/** A registration, see {@link RefundRegistrationSchema}. */
export type RefundRegistration = z.input<typeof RefundRegistrationSchema>;
/** A cancellation as accepted on input, see {@link CancellationSchema}. */
export type Cancellation = z.input<typeof CancellationSchema>;
