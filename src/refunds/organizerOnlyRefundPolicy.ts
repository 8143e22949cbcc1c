import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { TimeZoneSchema } from '../common/schemas.js';
import { RefundDueSchema, RefundPolicySchema, type RefundPolicy } from './schema.js';

/**
 * Options of {@link organizerOnlyRefundPolicy}.
 *
 * @example
 * ```ts
 * import { OrganizerOnlyRefundOptionsSchema } from 'balint-rules/refunds';
 *
 * OrganizerOnlyRefundOptionsSchema.safeParse({ timeZone: 'America/New_York', reasons: ['insufficient_registrants'] }).success;
 * //=> true
 * ```
 */
export const OrganizerOnlyRefundOptionsSchema = z.strictObject({
  id: z.optional(z.string()),
  label: z.optional(z.string()),
  timeZone: TimeZoneSchema,
  reasons: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  due: z.optional(RefundDueSchema),
});

/**
 * Options of {@link organizerOnlyRefundPolicy}.
 *
 * @example
 * ```ts
 * import type { OrganizerOnlyRefundOptions } from 'balint-rules/refunds';
 *
 * const options: OrganizerOnlyRefundOptions = { timeZone: 'America/New_York', reasons: ['insufficient_registrants'] };
 * ```
 */
export type OrganizerOnlyRefundOptions = z.input<typeof OrganizerOnlyRefundOptionsSchema>;

/**
 * Builds the "no refunds unless the organizer cancels" policy, as data:
 * everything back when the organizer cancels (for one of `reasons`, when
 * given), nothing otherwise, whatever the registrant's attendance. The ABS
 * online groups use it with `reasons: ['insufficient_registrants']`.
 * Throws `ValidationError` on invalid options.
 *
 * @example
 * ```ts
 * import { organizerOnlyRefundPolicy } from 'balint-rules/refunds';
 *
 * organizerOnlyRefundPolicy({ timeZone: 'America/New_York', reasons: ['insufficient_registrants'] });
 * //=> { timeZone: 'America/New_York',
 * //     rules: [{ when: { cancelledBy: 'organizer', reasons: ['insufficient_registrants'] },
 * //               outcome: { kind: 'refund', percent: '100', rounding: 'half_even' } }],
 * //     otherwise: { kind: 'none' } }
 * ```
 */
export function organizerOnlyRefundPolicy(options: OrganizerOnlyRefundOptions): RefundPolicy {
  const o = validate(OrganizerOnlyRefundOptionsSchema, options, 'organizer-only refund options');
  const policy = {
    ...(o.id === undefined ? {} : { id: o.id }),
    ...(o.label === undefined ? {} : { label: o.label }),
    timeZone: o.timeZone,
    rules: [
      {
        when: { cancelledBy: 'organizer' as const, ...(o.reasons === undefined ? {} : { reasons: o.reasons }) },
        outcome: { kind: 'refund' as const, percent: '100', ...(o.due === undefined ? {} : { due: o.due }) },
      },
    ],
    otherwise: { kind: 'none' as const },
  };
  return validate(RefundPolicySchema, policy, 'refund policy');
}
