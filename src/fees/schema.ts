import * as z from 'zod/mini';
import { TimeZoneSchema } from '../common/schemas.js';
import { EligibilityRuleSchema } from '../eligibility/rule.js';
import { Dec } from '../_lib/decimal.js';
import { minorUnitsOf } from '../money/currencies.js';
import { CurrencyCodeSchema, MinorUnitsSchema, NonNegativeDecimalSchema } from '../money/schema.js';
import { LocalDeadlineSchema } from '../_lib/deadlineSchema.js';
import { RegistrationWindowSchema } from '../_lib/registrationWindow.js';

/**
 * An identifier for a category or a period: lower-case letters, digits, `_`
 * and `-`, e.g. `member`, `early_bird`.
 *
 * @example
 * ```ts
 * import { FeeIdSchema } from 'balint-rules/fees';
 *
 * FeeIdSchema.safeParse('member_resident').success;
 * //=> true
 * ```
 */
export const FeeIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a lower-case id such as "early_bird"'));

/**
 * A price period. It applies while every limit it has holds: `until`, a
 * deadline read in the schedule's zone (a date is inclusive through the end
 * of that local day, like a refund deadline), and `firstRegistrants`, the
 * first N registrants (it holds while the registrant's `position` is at
 * most N: registrant #N gets it, #N+1 does not).
 * Every period of a schedule has a limit except the last, which has none.
 *
 * @example
 * ```ts
 * import { PricePeriodSchema } from 'balint-rules/fees';
 *
 * PricePeriodSchema.safeParse({ id: 'early', label: 'Early bird', until: { kind: 'date', date: '2026-07-31' } }).success;
 * //=> true
 * ```
 */
export const PricePeriodSchema = z.strictObject({
  id: FeeIdSchema,
  label: z.string().check(z.minLength(1)),
  until: z.optional(LocalDeadlineSchema),
  firstRegistrants: z.optional(z.int().check(z.minimum(1))),
});

/**
 * A registrant category: who belongs (an eligibility rule; absent: everyone)
 * and its price in each period, by period id, as decimal strings in the
 * schedule's currency.
 *
 * @example
 * ```ts
 * import { FeeCategorySchema } from 'balint-rules/fees';
 *
 * FeeCategorySchema.safeParse({ id: 'member', label: 'ABS members',
 *   eligibility: { kind: 'member', organization: 'ABS' }, prices: { regular: '250.00' } }).success;
 * //=> true
 * ```
 */
export const FeeCategorySchema = z.strictObject({
  id: FeeIdSchema,
  label: z.string().check(z.minLength(1)),
  eligibility: z.optional(EligibilityRuleSchema),
  prices: z.record(z.string(), NonNegativeDecimalSchema),
});

type ScheduleShape = {
  currency: string;
  minorUnits?: number | undefined;
  periods: readonly { id: string; until?: unknown; firstRegistrants?: number | undefined }[];
  categories: readonly { id: string; prices: Record<string, string> }[];
};

function duplicates(ids: readonly string[]): Set<string> {
  return new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
}

/** Cross-field checks: unique ids, limits on every period but the last, complete and non-decreasing price rows. */
function checkTable(s: ScheduleShape, issue: (path: (string | number)[], message: string) => void): void {
  const periodIds = s.periods.map((p) => p.id);
  for (const id of duplicates(periodIds)) issue(['periods', periodIds.lastIndexOf(id), 'id'], `repeats the period id "${id}"`);
  const categoryIds = s.categories.map((c) => c.id);
  for (const id of duplicates(categoryIds)) issue(['categories', categoryIds.lastIndexOf(id), 'id'], `repeats the category id "${id}"`);
  for (const [i, period] of s.periods.entries()) {
    const limited = period.until !== undefined || period.firstRegistrants !== undefined;
    if (i === s.periods.length - 1 && limited) issue(['periods', i], 'the last period must have no limits, so that every registration has a price');
    if (i < s.periods.length - 1 && !limited) issue(['periods', i], 'only the last period may have no limits (the periods after it could never apply)');
  }
  const scale = minorUnitsOf(s.currency, s.minorUnits);
  for (const [i, category] of s.categories.entries()) {
    const keys = Object.keys(category.prices);
    const missing = periodIds.filter((id) => !Object.hasOwn(category.prices, id));
    const extra = keys.filter((k) => !periodIds.includes(k));
    if (missing.length > 0) issue(['categories', i, 'prices'], `has no price for period(s) ${missing.map((m) => `"${m}"`).join(', ')}`);
    if (extra.length > 0) issue(['categories', i, 'prices'], `has prices for unknown period(s) ${extra.map((m) => `"${m}"`).join(', ')}`);
    let previous: InstanceType<typeof Dec> | undefined;
    for (const id of periodIds) {
      const amount = category.prices[id];
      if (amount === undefined || !Object.hasOwn(category.prices, id) || !NonNegativeDecimalSchema.safeParse(amount).success) continue;
      const value = new Dec(amount);
      if (value.decimalPlaces() > scale) issue(['categories', i, 'prices', id], `has more decimal places than ${s.currency} has minor units (${scale})`);
      if (previous !== undefined && value.lessThan(previous)) {
        issue(['categories', i, 'prices', id], 'must not be lower than the price of an earlier period (an early bird never costs more)');
      }
      previous = value;
    }
  }
}

/**
 * A fee schedule: registrant categories times price periods, in one
 * currency. The registrant pays the lowest price of the categories they
 * qualify for, in the first period whose limits hold. Deadlines and the
 * date on which eligibility is checked are read in `timeZone`. Prices never
 * go down from one period to the next; every period but the last has a
 * limit, and the last has none. A free
 * event is a schedule whose prices are `'0'`.
 *
 * `registrationWindow` (optional) says when registration opens and closes,
 * see `RegistrationWindowSchema`: outside it `quoteFee` answers that
 * registration is not open instead of quoting a price. The window is
 * independent of the price periods: an early-bird period ending by date or
 * after the first N registrants is a price, not a closing.
 *
 * @example
 * ```ts
 * import { FeeScheduleSchema } from 'balint-rules/fees';
 *
 * FeeScheduleSchema.safeParse({
 *   currency: 'USD',
 *   timeZone: 'America/New_York',
 *   periods: [{ id: 'regular', label: 'Regular' }],
 *   categories: [
 *     { id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, prices: { regular: '250.00' } },
 *     { id: 'non_member', label: 'Non-members', prices: { regular: '400.00' } },
 *   ],
 * }).success;
 * //=> true
 * ```
 */
export const FeeScheduleSchema = z
  .strictObject({
    id: z.optional(z.string()),
    label: z.optional(z.string()),
    currency: CurrencyCodeSchema,
    minorUnits: z.optional(MinorUnitsSchema),
    timeZone: TimeZoneSchema,
    registrationWindow: z.optional(RegistrationWindowSchema),
    periods: z.array(PricePeriodSchema).check(z.minLength(1)),
    categories: z.array(FeeCategorySchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((s, ctx) => {
      checkTable(s, (path, message) => ctx.issues.push({ code: 'custom', path, message, input: s }));
    }),
  );

/**
 * A price period, see {@link PricePeriodSchema}.
 *
 * @example
 * ```ts
 * import type { PricePeriod } from 'balint-rules/fees';
 *
 * const early: PricePeriod = { id: 'early', label: 'Early bird', until: { kind: 'date', date: '2026-07-31', inclusive: true } };
 * ```
 */
export type PricePeriod = z.output<typeof PricePeriodSchema>;
/**
 * A registrant category, see {@link FeeCategorySchema}.
 *
 * @example
 * ```ts
 * import type { FeeCategory } from 'balint-rules/fees';
 *
 * const member: FeeCategory = { id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, prices: { regular: '250' } };
 * ```
 */
export type FeeCategory = z.output<typeof FeeCategorySchema>;
/**
 * A validated fee schedule, see {@link FeeScheduleSchema}.
 *
 * @example
 * ```ts
 * import type { FeeSchedule } from 'balint-rules/fees';
 *
 * const free: FeeSchedule = {
 *   currency: 'USD',
 *   timeZone: 'America/New_York',
 *   periods: [{ id: 'regular', label: 'Regular' }],
 *   categories: [{ id: 'free', label: 'Everyone', prices: { regular: '0' } }],
 * };
 * ```
 */
export type FeeSchedule = z.output<typeof FeeScheduleSchema>;
/**
 * A fee schedule as accepted on input (deadline defaults may be omitted).
 *
 * @example
 * ```ts
 * import type { FeeScheduleInput } from 'balint-rules/fees';
 *
 * const free: FeeScheduleInput = {
 *   currency: 'USD',
 *   timeZone: 'America/New_York',
 *   periods: [{ id: 'regular', label: 'Regular' }],
 *   categories: [{ id: 'free', label: 'Everyone', prices: { regular: '0' } }],
 * };
 * ```
 */
export type FeeScheduleInput = z.input<typeof FeeScheduleSchema>;
