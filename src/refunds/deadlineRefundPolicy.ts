import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { LocalDateSchema, TimeZoneSchema } from '../common/schemas.js';
import { RoundingModeSchema } from '../money/rounding.js';
import { NonNegativeMoneySchema, PercentSchema } from '../money/schema.js';
import { LocalDeadlineSchema } from '../_lib/deadlineSchema.js';
import { RefundDueSchema, RefundPolicySchema, type RefundPolicy } from './schema.js';

/**
 * Options of {@link deadlineRefundPolicy}.
 *
 * @example
 * ```ts
 * import { DeadlineRefundOptionsSchema } from 'balint-rules/refunds';
 *
 * DeadlineRefundOptionsSchema.safeParse({ timeZone: 'America/Los_Angeles', deadline: '2026-03-12' }).success;
 * //=> true
 * ```
 */
export const DeadlineRefundOptionsSchema = z.strictObject({
  id: z.optional(z.string()),
  label: z.optional(z.string()),
  timeZone: TimeZoneSchema,
  deadline: z.union([LocalDateSchema, LocalDeadlineSchema]),
  percent: z.optional(PercentSchema),
  withhold: z.optional(NonNegativeMoneySchema),
  rounding: z.optional(RoundingModeSchema),
  inWriting: z.optional(z.boolean()),
  due: z.optional(RefundDueSchema),
  organizerReasons: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
});

/**
 * Options of {@link deadlineRefundPolicy}.
 *
 * @example
 * ```ts
 * import type { DeadlineRefundOptions } from 'balint-rules/refunds';
 *
 * const options: DeadlineRefundOptions = { timeZone: 'America/New_York', deadline: '2026-09-15', inWriting: true };
 * ```
 */
export type DeadlineRefundOptions = z.input<typeof DeadlineRefundOptionsSchema>;

/**
 * Builds the "cancel by a date, less an administration fee" policy, as data:
 * a registrant's cancellation received by `deadline` (a date, inclusive
 * through the end of that day in `timeZone`, or a date-time deadline) gets
 * `percent` (default 100) of what was paid less `withhold`, due as `due`
 * says; later ones get nothing. `inWriting: true` requires a written request.
 * `organizerReasons` adds a first rule refunding everything when the
 * organizer cancels for one of those reasons. Throws `ValidationError` on
 * invalid options.
 *
 * @example
 * ```ts
 * import { deadlineRefundPolicy } from 'balint-rules/refunds';
 *
 * const retreat = deadlineRefundPolicy({
 *   label: 'Healing, Mindfulness and Compassion Retreat',
 *   timeZone: 'America/Los_Angeles',
 *   deadline: '2026-03-12',
 *   inWriting: true,
 *   withhold: { amount: '100.00', currency: 'USD' },
 *   due: { days: 30, after: 'acknowledgement' },
 * });
 * retreat.rules[0]?.when;
 * //=> { cancelledBy: 'registrant', inWriting: true, receivedBy: { kind: 'date', date: '2026-03-12', inclusive: true } }
 * ```
 */
export function deadlineRefundPolicy(options: DeadlineRefundOptions): RefundPolicy {
  const o = validate(DeadlineRefundOptionsSchema, options, 'deadline refund options');
  const receivedBy = typeof o.deadline === 'string' ? { kind: 'date' as const, date: o.deadline } : o.deadline;
  const organizer =
    o.organizerReasons === undefined
      ? []
      : [{ when: { cancelledBy: 'organizer' as const, reasons: o.organizerReasons }, outcome: { kind: 'refund' as const, percent: '100' } }];
  const policy = {
    ...(o.id === undefined ? {} : { id: o.id }),
    ...(o.label === undefined ? {} : { label: o.label }),
    timeZone: o.timeZone,
    rules: [
      ...organizer,
      {
        when: { cancelledBy: 'registrant' as const, ...(o.inWriting === undefined ? {} : { inWriting: o.inWriting }), receivedBy },
        outcome: {
          kind: 'refund' as const,
          percent: o.percent ?? '100',
          ...(o.withhold === undefined ? {} : { withhold: o.withhold }),
          ...(o.rounding === undefined ? {} : { rounding: o.rounding }),
          ...(o.due === undefined ? {} : { due: o.due }),
        },
      },
    ],
    otherwise: { kind: 'none' as const },
  };
  return validate(RefundPolicySchema, policy, 'refund policy');
}
