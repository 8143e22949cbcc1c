import * as z from 'zod/mini';
import { InstantSchema } from '../common/schemas.js';
import { NonNegativeMoneySchema } from '../money/schema.js';
import { SessionStartSchema } from './sessionStart.js';

/**
 * Who can cancel: the organizer (the ABS, the hosts) or the registrant.
 *
 * @example
 * ```ts
 * import { CANCELLING_PARTIES } from 'balint-rules/refunds';
 *
 * CANCELLING_PARTIES;
 * //=> ['organizer', 'registrant']
 * ```
 */
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

/**
 * Who cancelled.
 *
 * @example
 * ```ts
 * import type { CancellingParty } from 'balint-rules/refunds';
 *
 * const by: CancellingParty = 'organizer';
 * ```
 */
export type CancellingParty = (typeof CANCELLING_PARTIES)[number];
/**
 * A registration, see {@link RefundRegistrationSchema}.
 *
 * @example
 * ```ts
 * import type { RefundRegistration } from 'balint-rules/refunds';
 *
 * const registration: RefundRegistration = { paid: { amount: '875.00', currency: 'USD' }, sessionsAttended: 0 };
 * ```
 */
export type RefundRegistration = z.input<typeof RefundRegistrationSchema>;
/**
 * A cancellation as accepted on input, see {@link CancellationSchema}.
 *
 * @example
 * ```ts
 * import type { Cancellation } from 'balint-rules/refunds';
 *
 * const cancellation: Cancellation = { by: 'registrant', receivedAt: '2026-09-14T12:00:00-04:00', inWriting: true };
 * ```
 */
export type Cancellation = z.input<typeof CancellationSchema>;
