/**
 * fast-check arbitraries for fee schedules: valid schedules only (unique
 * ids, complete rows that never go down from one period to the next, an
 * unlimited last period), with early-bird deadlines in 2026.
 */
import fc from 'fast-check';
import type { RegistrantProfile } from '../../src/eligibility/profile.js';
import type { FeeScheduleInput } from '../../src/fees/schema.js';
import { currencyMinorUnits } from '../../src/money/currencies.js';
import { eligibilityRuleArb, registrantProfileArb } from './eligibility.js';
import { currencyArb, minorToAmount } from './money.js';
import { localDateArb } from './recurrence.js';

export const feeZoneArb = fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'UTC');

const periodLimitsArb = fc.record(
  { until: localDateArb('2026-01-01', '2026-12-31').map((date) => ({ kind: 'date' as const, date })), firstRegistrants: fc.integer({ min: 1, max: 50 }) },
  { requiredKeys: [] },
).filter((l) => l.until !== undefined || l.firstRegistrants !== undefined);

/** A schedule with 1-3 periods and 1-4 categories (eligibility from the eligibility arbitraries, or everyone). */
export const feeScheduleArb: fc.Arbitrary<FeeScheduleInput> = fc
  .record({
    currency: currencyArb,
    timeZone: feeZoneArb,
    limits: fc.array(periodLimitsArb, { maxLength: 2 }),
    categories: fc.array(
      fc.record({
        eligibility: fc.option(eligibilityRuleArb(2), { nil: undefined }),
        start: fc.integer({ min: 0, max: 100_000 }),
        steps: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ currency, timeZone, limits, categories }) => {
    const scale = currencyMinorUnits(currency);
    const periods = [...limits.map((l, i) => ({ id: `p${i}`, label: `Period ${i + 1}`, ...l })), { id: 'regular', label: 'Regular' }];
    return {
      currency,
      timeZone,
      periods,
      categories: categories.map((c, i) => {
        let units = BigInt(c.start);
        const prices: Record<string, string> = {};
        for (const [j, period] of periods.entries()) {
          if (j > 0) units += BigInt(c.steps[j - 1] ?? 0);
          prices[period.id] = minorToAmount(units, scale);
        }
        return { id: `c${i}`, label: `Category ${i + 1}`, ...(c.eligibility === undefined ? {} : { eligibility: c.eligibility }), prices };
      }),
    };
  });

/** Schedules in one random currency; re-exported for symmetry with the other areas. */
export { currencyArb as feeCurrencyArb };

/** A profile whose memberships and credentials have no end dates, so eligibility does not change over 2026. */
export const stableProfileArb: fc.Arbitrary<RegistrantProfile> = registrantProfileArb.map((p) => ({
  ...p,
  ...(p.memberships === undefined ? {} : { memberships: p.memberships.map((m) => ({ organization: m.organization })) }),
  ...(p.credentials === undefined ? {} : { credentials: p.credentials.map((c) => ({ credential: c.credential, issued: '2000-01-01' })) }),
}));

/** An instant in 2026 (UTC). */
export const instant2026Arb: fc.Arbitrary<string> = fc
  .integer({ min: Date.UTC(2026, 0, 1) / 1000, max: Date.UTC(2026, 11, 31, 23, 59, 59) / 1000 })
  .map((s) => new Date(s * 1000).toISOString());
