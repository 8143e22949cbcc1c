import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { Dec } from '../_lib/decimal.js';
import { RoundingModeSchema } from '../money/rounding.js';
import { NonNegativeMoneySchema, PercentSchema } from '../money/schema.js';
import { LocalDateSchema, TimeZoneSchema } from '../common/schemas.js';
import { ValidationError } from '../errors/ValidationError.js';
import { RefundDeadlineSchema } from '../_lib/deadlineSchema.js';
import { RefundDueSchema, RefundPolicySchema, type RefundPolicy, type RefundRuleInput } from './schema.js';

/**
 * Options of {@link tieredRefundPolicy}.
 *
 * @example
 * ```ts
 * import { TieredRefundOptionsSchema } from 'balint-rules/refunds';
 *
 * TieredRefundOptionsSchema.safeParse({ timeZone: 'America/New_York',
 *   tiers: [{ daysBefore: 30, percent: '100' }, { daysBefore: 7, percent: '50' }] }).success;
 * //=> true
 * ```
 */
export const TieredRefundOptionsSchema = z.strictObject({
  id: z.optional(z.string()),
  label: z.optional(z.string()),
  timeZone: TimeZoneSchema,
  tiers: z
    .array(z.strictObject({ daysBefore: z.int().check(z.minimum(0), z.maximum(3660)), percent: PercentSchema }))
    .check(
      z.minLength(1),
      z.refine((tiers) => new Set(tiers.map((t) => t.daysBefore)).size === tiers.length, 'must not repeat a number of days'),
    ),
  withhold: z.optional(NonNegativeMoneySchema),
  rounding: z.optional(RoundingModeSchema),
  as: z.optional(z.enum(['refund', 'credit'])),
  creditValidUntil: z.optional(LocalDateSchema),
  due: z.optional(RefundDueSchema),
  inWriting: z.optional(z.boolean()),
  transferUntil: z.optional(RefundDeadlineSchema),
  organizerCancellation: z.optional(z.enum(['full_refund', 'same_as_registrant'])),
});

/**
 * Options of {@link tieredRefundPolicy}.
 *
 * @example
 * ```ts
 * import type { TieredRefundOptions } from 'balint-rules/refunds';
 *
 * const options: TieredRefundOptions = { timeZone: 'UTC', tiers: [{ daysBefore: 30, percent: '100' }] };
 * ```
 */
export type TieredRefundOptions = z.input<typeof TieredRefundOptionsSchema>;

/**
 * Builds a "refund tiers by days before the event" policy, as data, whose
 * first rule gives a full refund when the organizer cancels (option
 * `organizerCancellation`, default `'full_refund'`).
 *
 * The tiers, e.g. 100% up to 30 days before the first session, 50% up to 7,
 * nothing after, are sorted by days (furthest first) and must not give more
 * the later the cancellation. Options:
 * - `withhold`: a flat fee withheld from every tier (never below zero);
 * - `as: 'credit'`: a credit toward a future event instead of cash (`creditValidUntil`);
 * - `transferUntil`: transfers to a colleague allowed until a deadline (a
 *   transfer request after it is treated as a cancellation);
 * - `inWriting`: requests must be in writing to get anything;
 * - `organizerCancellation`: `full_refund` (the default) puts a first rule
 *   giving everything back when the organizer cancels; `same_as_registrant`
 *   leaves it out, so an organizer's cancellation gets what the tiers give.
 * Throws `ValidationError` on invalid options.
 *
 * @example
 * ```ts
 * import { tieredRefundPolicy } from 'balint-rules/refunds';
 *
 * tieredRefundPolicy({ timeZone: 'America/New_York', tiers: [{ daysBefore: 7, percent: '50' }, { daysBefore: 30, percent: '100' }] })
 *   .rules.map((r) => r.when.receivedBy);
 * //=> [undefined,
 * //    { kind: 'days_before_first_session', days: 30, inclusive: true },
 * //    { kind: 'days_before_first_session', days: 7, inclusive: true }]
 * ```
 */
export function tieredRefundPolicy(options: TieredRefundOptions): RefundPolicy {
  const o = validate(TieredRefundOptionsSchema, options, 'tiered refund options');
  const tiers = [...o.tiers].sort((a, b) => b.daysBefore - a.daysBefore);
  for (let i = 1; i < tiers.length; i++) {
    if (new Dec((tiers[i] as (typeof tiers)[number]).percent).greaterThan((tiers[i - 1] as (typeof tiers)[number]).percent)) {
      const at = o.tiers.indexOf(tiers[i] as (typeof tiers)[number]);
      throw new ValidationError('tiered refund options', [
        { path: ['tiers', at, 'percent'], code: 'custom', message: 'must not refund a larger percentage closer to the event' },
      ]);
    }
  }
  const rules: RefundRuleInput[] = [];
  if ((o.organizerCancellation ?? 'full_refund') === 'full_refund') {
    rules.push({ id: 'organizer', label: 'Cancelled by the organizer', when: { cancelledBy: 'organizer' }, outcome: { kind: 'refund', percent: '100' } });
  }
  if (o.transferUntil !== undefined) {
    rules.push({ id: 'transfer', label: 'Transfer to a colleague', when: { request: 'transfer', receivedBy: o.transferUntil }, outcome: { kind: 'transfer' } });
  }
  for (const tier of tiers) {
    const fraction = {
      percent: tier.percent,
      ...(o.withhold === undefined ? {} : { withhold: o.withhold }),
      ...(o.rounding === undefined ? {} : { rounding: o.rounding }),
    };
    rules.push({
      id: `${tier.daysBefore}-days`,
      label: `Cancelled at least ${tier.daysBefore} days before`,
      when: {
        ...(o.inWriting === undefined ? {} : { inWriting: o.inWriting }),
        receivedBy: { kind: 'days_before_first_session', days: tier.daysBefore },
      },
      outcome:
        o.as === 'credit'
          ? { kind: 'credit', ...fraction, ...(o.creditValidUntil === undefined ? {} : { validUntil: o.creditValidUntil }) }
          : { kind: 'refund', ...fraction, ...(o.due === undefined ? {} : { due: o.due }) },
    });
  }
  const policy = {
    ...(o.id === undefined ? {} : { id: o.id }),
    ...(o.label === undefined ? {} : { label: o.label }),
    timeZone: o.timeZone,
    rules,
    otherwise: { kind: 'none' as const },
  };
  return validate(RefundPolicySchema, policy, 'refund policy');
}
