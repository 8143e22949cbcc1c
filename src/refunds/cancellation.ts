import * as z from 'zod/mini';
import { InstantSchema } from '../common/schemas.js';
import { openObject } from '../_lib/objects.js';
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

/** The keys of a registration the library reads. */
const registrationKeys = {
  paid: NonNegativeMoneySchema,
  firstSessionStart: z.optional(SessionStartSchema),
  sessionsAttended: z.optional(z.int().check(z.minimum(0))),
};

/**
 * What the library needs to know about a registration: what was paid, when
 * the first session starts (for deadlines counted from it), and how many
 * sessions were attended. A registration is the app's own record, so it may
 * carry the app's data too (a name, an email): those keys are kept and not
 * read. A key that is a near miss of one the library reads
 * (`sessionAttended`, `firstSessionstart`) is refused with a hint, since it
 * is far likelier a typo than the app's data.
 *
 * @example
 * ```ts
 * import { RefundRegistrationSchema } from 'balint-rules/refunds';
 *
 * RefundRegistrationSchema.safeParse({ paid: { amount: '875.00', currency: 'USD' }, email: 'ana@example.org' }).success;
 * //=> true
 * RefundRegistrationSchema.safeParse({ paid: { amount: '875.00', currency: 'USD' }, sessionAttended: 2 }).success;
 * //=> false
 * ```
 */
export const RefundRegistrationSchema = openObject(registrationKeys);

/**
 * A cancellation (or transfer request): who, why, `at` the instant it was
 * received (the moment the refund is decided for), in writing or not, and
 * when the organizer acknowledged it. Strict: an unknown key is refused
 * (with "did you mean" for a near miss such as `acknowlegedAt`), never
 * ignored.
 *
 * @example
 * ```ts
 * import { CancellationSchema } from 'balint-rules/refunds';
 *
 * CancellationSchema.safeParse({ by: 'registrant', at: '2026-03-10T18:00:00Z', inWriting: true }).success;
 * //=> true
 * CancellationSchema.safeParse({ by: 'registrant', at: '2026-03-10T18:00:00Z', acknowlegedAt: '2026-03-11T09:00:00Z' }).success;
 * //=> false
 * ```
 */
export const CancellationSchema = z.strictObject({
  by: CancellingPartySchema,
  reason: z.optional(z.string()),
  request: z._default(CancellationRequestSchema, 'cancel'),
  at: InstantSchema,
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
 * A registration, see {@link RefundRegistrationSchema}: the keys the library
 * reads (the app's record may have more; it is typed without an index
 * signature so that an app's own interface fits).
 *
 * @example
 * ```ts
 * import type { RefundRegistration } from 'balint-rules/refunds';
 *
 * const registration: RefundRegistration = { paid: { amount: '875.00', currency: 'USD' }, sessionsAttended: 0 };
 * ```
 */
export type RefundRegistration = z.input<z.ZodMiniObject<typeof registrationKeys>>;
/**
 * A cancellation as accepted on input, see {@link CancellationSchema}.
 *
 * @example
 * ```ts
 * import type { Cancellation } from 'balint-rules/refunds';
 *
 * const cancellation: Cancellation = { by: 'registrant', at: '2026-09-14T12:00:00-04:00', inWriting: true };
 * ```
 */
export type Cancellation = z.input<typeof CancellationSchema>;
