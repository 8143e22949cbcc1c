/** Arbitraries for fee schedules: valid schedules only (unique ids, complete rows that never go down from one period to the next, an unlimited last period). */
import fc from 'fast-check';
import * as z from 'zod/mini';
import type { FeeScheduleInput } from '../fees/schema.js';
import { minorUnitsOf } from '../money/currencies.js';
import { CurrencyCodeSchema } from '../money/schema.js';
import { dateWindowInOrder, dateWindowShape, readOptions, ZonePoolSchema } from './_options.js';
import { EligibilityPoolsSchema, eligibilityRules } from './eligibility.js';
import { amountOf, currencyArbitrary } from './money.js';
import { localDates, zones } from './time.js';

/**
 * Options of {@link feeScheduleArbitrary}.
 *
 * @example
 * ```ts
 * import type { FeeScheduleArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: FeeScheduleArbitraryOptions = { currency: 'USD', timeZones: ['America/New_York'], eligibility: { organizations: ['ABS'] } };
 * ```
 */
export type FeeScheduleArbitraryOptions = z.input<typeof FeeScheduleOptionsSchema>;

const FeeScheduleOptionsSchema = z
  .strictObject({
    /** The schedule's currency (default: any of `TEST_CURRENCIES`). */
    currency: z.optional(CurrencyCodeSchema),
    /** Zones (default New York, Los Angeles, Berlin, Tokyo, UTC). */
    timeZones: z.optional(ZonePoolSchema),
    /** Window of early-period deadlines (default 2026-01-01 to 2026-12-31). */
    ...dateWindowShape,
    /** Pools for the categories' eligibility rules. */
    eligibility: z.optional(EligibilityPoolsSchema),
  })
  .check(dateWindowInOrder('2026-01-01', '2026-12-31'));

/**
 * A fee schedule with 1-3 price periods (limited by a date, by the first N
 * registrants, or both; the last unlimited) and 1-4 categories, open to
 * everyone or restricted by an eligibility rule, with prices that never go
 * down from one period to the next.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { feeScheduleArbitrary } from 'balint-rules/testing';
 * import { FeeScheduleSchema } from 'balint-rules/fees';
 *
 * fc.sample(feeScheduleArbitrary({ currency: 'EUR' }), 20).every((s) => s.currency === 'EUR' && FeeScheduleSchema.safeParse(s).success);
 * //=> true
 * ```
 */
export function feeScheduleArbitrary(options: FeeScheduleArbitraryOptions = {}): fc.Arbitrary<FeeScheduleInput> {
  const o = readOptions(FeeScheduleOptionsSchema, options, 'feeScheduleArbitrary');
  const limits = fc
    .record(
      {
        until: localDates({ from: o.from ?? '2026-01-01', until: o.until ?? '2026-12-31' }).map((date) => ({ kind: 'date' as const, date })),
        firstRegistrants: fc.integer({ min: 1, max: 50 }),
      },
      { requiredKeys: [] },
    )
    .filter((l) => l.until !== undefined || l.firstRegistrants !== undefined);
  return fc
    .record({
      currency: o.currency === undefined ? currencyArbitrary() : fc.constant(o.currency),
      timeZone: zones(o.timeZones ?? ['America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'UTC']),
      limits: fc.array(limits, { maxLength: 2 }),
      categories: fc.array(
        fc.record({
          eligibility: fc.option(eligibilityRules({ depth: 2, ...o.eligibility }), { nil: undefined }),
          start: fc.integer({ min: 0, max: 100_000 }),
          steps: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ currency, timeZone, limits: periodLimits, categories }) => {
      const scale = minorUnitsOf(currency);
      const periods = [...periodLimits.map((l, i) => ({ id: `p${i}`, label: `Period ${i + 1}`, ...l })), { id: 'regular', label: 'Regular' }];
      return {
        currency,
        timeZone,
        periods,
        categories: categories.map((c, i) => {
          let units = BigInt(c.start);
          const prices: Record<string, string> = {};
          for (const [j, period] of periods.entries()) {
            if (j > 0) units += BigInt(c.steps[j - 1] ?? 0);
            prices[period.id] = amountOf(units, scale);
          }
          return { id: `c${i}`, label: `Category ${i + 1}`, ...(c.eligibility === undefined ? {} : { eligibility: c.eligibility }), prices };
        }),
      };
    });
}
