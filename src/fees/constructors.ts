import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { TimeZoneSchema, LocalDateSchema } from '../common/schemas.js';
import { EligibilityRuleSchema } from '../eligibility/rule.js';
import { CurrencyCodeSchema, NonNegativeDecimalSchema } from '../money/schema.js';
import { LocalDeadlineSchema } from '../_lib/deadlineSchema.js';
import { RegistrationWindowSchema, type RegistrationWindow } from '../_lib/registrationWindow.js';
import { FeeIdSchema, FeeScheduleSchema, type FeeSchedule } from './schema.js';

const common = {
  id: z.optional(z.string()),
  label: z.optional(z.string()),
  currency: CurrencyCodeSchema,
  timeZone: TimeZoneSchema,
  registrationWindow: z.optional(RegistrationWindowSchema),
};

const categoryBase = {
  id: FeeIdSchema,
  label: z.string().check(z.minLength(1)),
  eligibility: z.optional(EligibilityRuleSchema),
};

/** The options every constructor passes through as they are: id, label and registration window. */
const named = (o: { id?: string | undefined; label?: string | undefined; registrationWindow?: RegistrationWindow | undefined }) => ({
  ...(o.id === undefined ? {} : { id: o.id }),
  ...(o.label === undefined ? {} : { label: o.label }),
  ...(o.registrationWindow === undefined ? {} : { registrationWindow: o.registrationWindow }),
});

const rule = (c: { eligibility?: unknown }) => (c.eligibility === undefined ? {} : { eligibility: c.eligibility });

/**
 * Options of {@link flatFeeSchedule}.
 *
 * @example
 * ```ts
 * import { FlatFeeOptionsSchema } from 'balint-rules/fees';
 *
 * FlatFeeOptionsSchema.safeParse({ currency: 'USD', timeZone: 'America/New_York',
 *   categories: [{ id: 'everyone', label: 'Everyone', price: '100' }] }).success;
 * //=> true
 * ```
 */
export const FlatFeeOptionsSchema = z.strictObject({
  ...common,
  categories: z.array(z.strictObject({ ...categoryBase, price: NonNegativeDecimalSchema })).check(z.minLength(1)),
});

/**
 * Options of {@link flatFeeSchedule}.
 *
 * @example
 * ```ts
 * import type { FlatFeeOptions } from 'balint-rules/fees';
 *
 * const options: FlatFeeOptions = { currency: 'USD', timeZone: 'UTC', categories: [{ id: 'everyone', label: 'Everyone', price: '100' }] };
 * ```
 */
export type FlatFeeOptions = z.input<typeof FlatFeeOptionsSchema>;

/**
 * Builds a schedule with one price per category and no early bird, as data
 * (one period, id `regular`). Throws `ValidationError` on invalid options.
 *
 * @example
 * ```ts
 * import { flatFeeSchedule } from 'balint-rules/fees';
 *
 * // The ABS's online groups: $250 for ABS members, $400 for non-members.
 * flatFeeSchedule({
 *   currency: 'USD',
 *   timeZone: 'America/New_York',
 *   categories: [
 *     { id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, price: '250.00' },
 *     { id: 'non_member', label: 'Non-members', eligibility: { kind: 'not', rule: { kind: 'member', organization: 'ABS' } }, price: '400.00' },
 *   ],
 * }).categories.map((c) => c.prices);
 * //=> [{ regular: '250.00' }, { regular: '400.00' }]
 * ```
 */
export function flatFeeSchedule(options: FlatFeeOptions): FeeSchedule {
  const o = validate(FlatFeeOptionsSchema, options, 'flat fee options');
  const schedule = {
    ...named(o),
    currency: o.currency,
    timeZone: o.timeZone,
    periods: [{ id: 'regular', label: 'Regular' }],
    categories: o.categories.map((c) => ({ id: c.id, label: c.label, ...rule(c), prices: { regular: c.price } })),
  };
  return validate(FeeScheduleSchema, schedule, 'fee schedule');
}

/**
 * Options of {@link earlyBirdFeeSchedule}: the early-bird limits (`until` a
 * date or deadline in `timeZone`, and/or the `firstRegistrants`), and for
 * each category its `early` and `regular` price.
 *
 * @example
 * ```ts
 * import { EarlyBirdFeeOptionsSchema } from 'balint-rules/fees';
 *
 * EarlyBirdFeeOptionsSchema.safeParse({ currency: 'USD', timeZone: 'America/New_York', early: { until: '2026-07-31' },
 *   categories: [{ id: 'member', label: 'ABS members', early: '800', regular: '875' }] }).success;
 * //=> true
 * ```
 */
export const EarlyBirdFeeOptionsSchema = z.strictObject({
  ...common,
  early: z
    .strictObject({
      until: z.optional(z.union([LocalDateSchema, LocalDeadlineSchema])),
      firstRegistrants: z.optional(z.int().check(z.minimum(1))),
      label: z.optional(z.string().check(z.minLength(1))),
    })
    .check(z.refine((e) => e.until !== undefined || e.firstRegistrants !== undefined, 'needs `until` or `firstRegistrants`')),
  regularLabel: z.optional(z.string().check(z.minLength(1))),
  categories: z
    .array(z.strictObject({ ...categoryBase, early: NonNegativeDecimalSchema, regular: NonNegativeDecimalSchema }))
    .check(z.minLength(1)),
});

/**
 * Options of {@link earlyBirdFeeSchedule}.
 *
 * @example
 * ```ts
 * import type { EarlyBirdFeeOptions } from 'balint-rules/fees';
 *
 * const options: EarlyBirdFeeOptions = {
 *   currency: 'USD',
 *   timeZone: 'America/New_York',
 *   early: { until: '2026-07-31' },
 *   categories: [{ id: 'everyone', label: 'Everyone', early: '800', regular: '875' }],
 * };
 * ```
 */
export type EarlyBirdFeeOptions = z.input<typeof EarlyBirdFeeOptionsSchema>;

/**
 * Builds an early-bird schedule, as data: period `early` (until a date,
 * inclusive through the end of that local day in `timeZone`, and/or for the
 * first N registrants), then `regular`. Throws `ValidationError` on invalid
 * options, including an early price above the regular one.
 *
 * @example
 * ```ts
 * import { earlyBirdFeeSchedule } from 'balint-rules/fees';
 *
 * earlyBirdFeeSchedule({
 *   currency: 'USD',
 *   timeZone: 'America/New_York',
 *   early: { until: '2026-07-31' },
 *   categories: [{ id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, early: '800', regular: '875' }],
 * }).periods;
 * //=> [{ id: 'early', label: 'Early bird', until: { kind: 'date', date: '2026-07-31', inclusive: true } },
 * //    { id: 'regular', label: 'Regular' }]
 * ```
 */
export function earlyBirdFeeSchedule(options: EarlyBirdFeeOptions): FeeSchedule {
  const o = validate(EarlyBirdFeeOptionsSchema, options, 'early-bird fee options');
  const until = o.early.until === undefined ? {} : { until: typeof o.early.until === 'string' ? { kind: 'date' as const, date: o.early.until } : o.early.until };
  const schedule = {
    ...named(o),
    currency: o.currency,
    timeZone: o.timeZone,
    periods: [
      { id: 'early', label: o.early.label ?? 'Early bird', ...until, ...(o.early.firstRegistrants === undefined ? {} : { firstRegistrants: o.early.firstRegistrants }) },
      { id: 'regular', label: o.regularLabel ?? 'Regular' },
    ],
    categories: o.categories.map((c) => ({ id: c.id, label: c.label, ...rule(c), prices: { early: c.early, regular: c.regular } })),
  };
  return validate(FeeScheduleSchema, schedule, 'fee schedule');
}

/**
 * Options of {@link freeFeeSchedule}.
 *
 * @example
 * ```ts
 * import { FreeFeeOptionsSchema } from 'balint-rules/fees';
 *
 * FreeFeeOptionsSchema.safeParse({ currency: 'USD', timeZone: 'America/New_York' }).success;
 * //=> true
 * ```
 */
export const FreeFeeOptionsSchema = z.strictObject({
  ...common,
  categoryLabel: z.optional(z.string().check(z.minLength(1))),
  eligibility: z.optional(EligibilityRuleSchema),
});

/**
 * Options of {@link freeFeeSchedule}.
 *
 * @example
 * ```ts
 * import type { FreeFeeOptions } from 'balint-rules/fees';
 *
 * const options: FreeFeeOptions = { currency: 'USD', timeZone: 'America/New_York' };
 * ```
 */
export type FreeFeeOptions = z.input<typeof FreeFeeOptionsSchema>;

/**
 * Builds the schedule of a free event, as data: one category (`free`,
 * everyone or those meeting `eligibility`) at a price of zero. The ABS's
 * diversity discussions cost $0.00 for ABS members leading a Balint group.
 *
 * @example
 * ```ts
 * import { freeFeeSchedule } from 'balint-rules/fees';
 *
 * freeFeeSchedule({ currency: 'USD', timeZone: 'America/New_York' }).categories;
 * //=> [{ id: 'free', label: 'Everyone', prices: { regular: '0' } }]
 * ```
 */
export function freeFeeSchedule(options: FreeFeeOptions): FeeSchedule {
  const o = validate(FreeFeeOptionsSchema, options, 'free fee options');
  return flatFeeSchedule({
    ...named(o),
    currency: o.currency,
    timeZone: o.timeZone,
    categories: [{ id: 'free', label: o.categoryLabel ?? 'Everyone', ...rule(o), price: '0' } as FlatFeeOptions['categories'][number]],
  });
}
