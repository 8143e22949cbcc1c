import * as z from 'zod/mini';
import { RegistrationWindowSchema } from '../_lib/registrationWindow.js';
import { LocalDateSchema, TimeZoneSchema } from '../common/schemas.js';
import { TransferPolicySchema, WaitlistOffersSchema } from './policySettings.js';

/**
 * The local date by which the organizer decides whether to run the group or
 * cancel it for insufficient registrants, in the organizer's time zone.
 * Registrations through the end of that day count; from the next local day
 * on, a group below its minimum is a no-go.
 *
 * @example
 * ```ts
 * import { DecisionDateSchema } from 'balint-rules/capacity';
 *
 * DecisionDateSchema.parse({ date: '2026-01-02', timeZone: 'America/New_York' });
 * //=> { date: '2026-01-02', timeZone: 'America/New_York' }
 * ```
 */
export const DecisionDateSchema = z.strictObject({ date: LocalDateSchema, timeZone: TimeZoneSchema });

const count = z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(100_000, 'must be at most 100000'));

/**
 * How many may register and what happens when it is full:
 *
 * - `maxSeats`: confirmed seats (absent: no limit). The ABS's diversity
 *   discussion: "we are limiting attendance to 12 participants".
 * - `waitlist`: whether registrations beyond `maxSeats` wait for a seat
 *   (default `true`); without a waitlist they are declined.
 * - `maxWaitlist`: how many may wait (absent: no limit).
 * - `minRegistrants`: how many confirmed registrants are needed to hold the
 *   group (absent: no minimum). The ABS's pages say "a minimum number of
 *   participants are required to hold a session" without the number, so it
 *   is a parameter here.
 * - `decisionDate`: by when the organizer decides to run or cancel, see
 *   {@link DecisionDateSchema} (absent: whenever the organizer decides).
 * - `registrationWindow`: when registration opens and closes, see
 *   {@link RegistrationWindowSchema} (absent: always open). A registration
 *   outside it is refused with a decision, never an exception.
 * - `waitlistOffers`: offer a freed seat to the head of the waitlist for
 *   `claimHours` instead of promoting at once, see {@link WaitlistOffersSchema}
 *   (absent: automatic promotion).
 * - `transfers`: whether a registrant may hand their place to a colleague,
 *   until when and for what fee, see {@link TransferPolicySchema} (absent:
 *   transfers are refused).
 *
 * Strict: an unknown key is refused, never ignored. `{ maxSeat: 12 }` would
 * otherwise mean "no limit"; it is refused with `did you mean "maxSeats"?`.
 * A key this version does not know (say, `registrationDeadline`) is refused
 * too, rather than the policy applied without it.
 *
 * @example
 * ```ts
 * import { CapacityPolicySchema } from 'balint-rules/capacity';
 *
 * // The diversity discussion: 12 seats, a waitlist for spots given back.
 * CapacityPolicySchema.parse({ maxSeats: 12 });
 * //=> { maxSeats: 12, waitlist: true }
 * CapacityPolicySchema.safeParse({ maxSeat: 12 }).success;
 * //=> false
 * ```
 */
export const CapacityPolicySchema = z
  .strictObject({
    maxSeats: z.optional(count),
    waitlist: z._default(z.boolean(), true),
    maxWaitlist: z.optional(count),
    minRegistrants: z.optional(count),
    decisionDate: z.optional(DecisionDateSchema),
    registrationWindow: z.optional(RegistrationWindowSchema),
    waitlistOffers: z.optional(WaitlistOffersSchema),
    transfers: z.optional(TransferPolicySchema),
  })
  .check(
    z.refine((p) => p.minRegistrants === undefined || p.maxSeats === undefined || p.minRegistrants <= p.maxSeats, {
      message: 'must not exceed maxSeats',
      path: ['minRegistrants'],
    }),
    z.refine((p) => p.maxWaitlist === undefined || (p.waitlist && p.maxSeats !== undefined), {
      message: 'needs a waitlist (waitlist: true) and maxSeats',
      path: ['maxWaitlist'],
    }),
  );

/**
 * A validated capacity policy, see {@link CapacityPolicySchema}.
 *
 * @example
 * ```ts
 * import type { CapacityPolicy } from 'balint-rules/capacity';
 *
 * // The diversity discussion: 12 seats, and a waitlist for spots given back.
 * const diversity: CapacityPolicy = { maxSeats: 12, waitlist: true };
 * ```
 */
export type CapacityPolicy = z.output<typeof CapacityPolicySchema>;
/**
 * A capacity policy as accepted on input (`waitlist` may be omitted).
 *
 * @example
 * ```ts
 * import type { CapacityPolicyInput } from 'balint-rules/capacity';
 *
 * const policy: CapacityPolicyInput = { maxSeats: 12 }; // waitlist defaults to true
 * ```
 */
export type CapacityPolicyInput = z.input<typeof CapacityPolicySchema>;
/**
 * A decision date, see {@link DecisionDateSchema}.
 *
 * @example
 * ```ts
 * import type { DecisionDate } from 'balint-rules/capacity';
 *
 * const decideBy: DecisionDate = { date: '2026-01-02', timeZone: 'America/New_York' };
 * ```
 */
export type DecisionDate = z.output<typeof DecisionDateSchema>;
