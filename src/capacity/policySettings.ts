/** The settings of a capacity policy for waitlist offers and transfers. */
import * as z from 'zod/mini';
import { WindowDateSchema } from '../_lib/registrationWindow.js';
import { InstantSchema } from '../common/schemas.js';
import { NonNegativeMoneySchema } from '../money/schema.js';

/**
 * Waitlist offers: when a seat frees up, the head of the waitlist is offered
 * it for `claimHours` (a whole number of hours, 1 to 720, i.e. up to 30
 * days) instead of taking it at once; the seat is held for them meanwhile.
 * ClubExpress calls this "waitlist hours", Eventbrite "time to respond".
 *
 * @example
 * ```ts
 * import { WaitlistOffersSchema } from 'balint-rules/capacity';
 *
 * WaitlistOffersSchema.parse({ claimHours: 48 });
 * //=> { claimHours: 48 }
 * WaitlistOffersSchema.safeParse({ claimHours: 1.5 }).success;
 * //=> false
 * ```
 */
export const WaitlistOffersSchema = z.strictObject({
  claimHours: z.int().check(z.minimum(1, 'must be at least 1 hour'), z.maximum(720, 'must be at most 720 hours (30 days)')),
});

/**
 * Whether a registrant may hand their place (seat or waitlist position) to a
 * named colleague:
 *
 * - `allowed`: `true` to accept transfers;
 * - `fee`: what the registrant pays for the transfer, exact money (absent: free);
 * - `until`: when transfers close: a local date in a zone (transfers through
 *   the end of that day) or an instant (too late from that instant on),
 *   read like a registration window's `closes` (absent: until the group).
 *
 * A fee or a closing with `allowed: false` is refused (it would say nothing).
 *
 * @example
 * ```ts
 * import { TransferPolicySchema } from 'balint-rules/capacity';
 *
 * TransferPolicySchema.parse({ allowed: true, fee: { amount: '25.00', currency: 'USD' } });
 * //=> { allowed: true, fee: { amount: '25.00', currency: 'USD' } }
 * TransferPolicySchema.safeParse({ allowed: false, fee: { amount: '25.00', currency: 'USD' } }).success;
 * //=> false
 * ```
 */
export const TransferPolicySchema = z
  .strictObject({
    allowed: z.boolean(),
    fee: z.optional(NonNegativeMoneySchema),
    until: z.optional(z.union([WindowDateSchema, InstantSchema])),
  })
  .check(
    z.refine((t) => t.allowed || (t.fee === undefined && t.until === undefined), {
      message: 'a fee or a closing needs allowed: true',
      path: ['allowed'],
    }),
  );

/**
 * Waitlist offers, see {@link WaitlistOffersSchema}.
 *
 * @example
 * ```ts
 * import type { WaitlistOffers } from 'balint-rules/capacity';
 *
 * const twoDays: WaitlistOffers = { claimHours: 48 };
 * ```
 */
export type WaitlistOffers = z.output<typeof WaitlistOffersSchema>;

/**
 * A transfer policy, see {@link TransferPolicySchema}.
 *
 * @example
 * ```ts
 * import type { TransferPolicy } from 'balint-rules/capacity';
 *
 * const withFee: TransferPolicy = { allowed: true, fee: { amount: '25.00', currency: 'USD' } };
 * ```
 */
export type TransferPolicy = z.output<typeof TransferPolicySchema>;
