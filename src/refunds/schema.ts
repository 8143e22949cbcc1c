import * as z from 'zod/mini';
import { LocalDateSchema, TimeZoneSchema } from '../common/schemas.js';
import { RoundingModeSchema } from '../money/rounding.js';
import { NonNegativeMoneySchema, PercentSchema } from '../money/schema.js';
import { CancellationRequestSchema, CancellingPartySchema } from './cancellation.js';
import { RefundDeadlineSchema } from '../_lib/deadlineSchema.js';

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
 * RefundOutcomeSchema.parse({ kind: 'refund', percent: '100', due: { days: 30, after: 'acknowledgement' } });
 * //=> { kind: 'refund', percent: '100', rounding: 'half_even', due: { days: 30, after: 'acknowledgement' } }
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
 * When money is due, see {@link RefundDueSchema}.
 *
 * @example
 * ```ts
 * import type { RefundDue } from 'balint-rules/refunds';
 *
 * const due: RefundDue = { days: 30, after: 'acknowledgement' };
 * ```
 */
export type RefundDue = z.output<typeof RefundDueSchema>;
/**
 * An outcome, see {@link RefundOutcomeSchema}.
 *
 * @example
 * ```ts
 * import type { RefundOutcome } from 'balint-rules/refunds';
 *
 * const outcome: RefundOutcome = { kind: 'refund', percent: '100', rounding: 'half_even' };
 * ```
 */
export type RefundOutcome = z.output<typeof RefundOutcomeSchema>;
/**
 * Conditions of a rule, see {@link RefundConditionsSchema}.
 *
 * @example
 * ```ts
 * import type { RefundConditions } from 'balint-rules/refunds';
 *
 * const when: RefundConditions = { cancelledBy: 'organizer', reasons: ['insufficient_registrants'] };
 * ```
 */
export type RefundConditions = z.output<typeof RefundConditionsSchema>;
/**
 * A rule, see {@link RefundRuleSchema}.
 *
 * @example
 * ```ts
 * import type { RefundRule } from 'balint-rules/refunds';
 *
 * const rule: RefundRule = { when: { cancelledBy: 'organizer' }, outcome: { kind: 'refund', percent: '100', rounding: 'half_even' } };
 * ```
 */
export type RefundRule = z.output<typeof RefundRuleSchema>;
/**
 * A validated refund policy, see {@link RefundPolicySchema}.
 *
 * @example
 * ```ts
 * import type { RefundPolicy } from 'balint-rules/refunds';
 *
 * const policy: RefundPolicy = { timeZone: 'America/New_York', rules: [], otherwise: { kind: 'none' } };
 * ```
 */
export type RefundPolicy = z.output<typeof RefundPolicySchema>;
/**
 * A refund policy as accepted on input (defaults may be omitted).
 *
 * @example
 * ```ts
 * import type { RefundPolicyInput } from 'balint-rules/refunds';
 *
 * const policy: RefundPolicyInput = {
 *   timeZone: 'America/New_York',
 *   rules: [{ when: { cancelledBy: 'organizer' }, outcome: { kind: 'refund', percent: '100' } }],
 *   otherwise: { kind: 'none' },
 * };
 * ```
 */
export type RefundPolicyInput = z.input<typeof RefundPolicySchema>;
/**
 * A rule as accepted on input.
 *
 * @example
 * ```ts
 * import type { RefundRuleInput } from 'balint-rules/refunds';
 *
 * const rule: RefundRuleInput = { when: { request: 'transfer' }, outcome: { kind: 'transfer' } };
 * ```
 */
export type RefundRuleInput = z.input<typeof RefundRuleSchema>;
/**
 * An outcome as accepted on input.
 *
 * @example
 * ```ts
 * import type { RefundOutcomeInput } from 'balint-rules/refunds';
 *
 * const outcome: RefundOutcomeInput = { kind: 'credit', percent: '100', validUntil: '2027-12-31' };
 * ```
 */
export type RefundOutcomeInput = z.input<typeof RefundOutcomeSchema>;
