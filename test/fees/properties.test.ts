import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityRule } from '../../src/eligibility/index.js';
import { formatDays } from '../../src/_lib/civil.js';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import { instantToWall } from '../../src/_lib/zone.js';
import { earlyBirdFeeSchedule, FeeScheduleSchema, quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';
import { compareMoney, money } from '../../src/money/index.js';
import { registrantProfileArb } from '../_arbitraries/eligibility.js';
import { feeScheduleArb, instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const positionArb = fc.integer({ min: 1, max: 61 });
const byTime = (a: string, b: string) => instantToEpochMs(a) - instantToEpochMs(b);

describe('quoteFee', () => {
  describe('properties', () => {
    it('the quoted price is one of the table entries, for the period and category it names', () => {
      fc.assert(
        fc.property(feeScheduleArb, registrantProfileArb, instant2026Arb, positionArb, (schedule, profile, at, n) => {
          const q = quoteFee(schedule, profile, { at, position: n });
          if (q.verdict !== 'priced') return;
          const category = schedule.categories.find((c) => c.id === q.category.id);
          const entry = category?.prices[q.period.id] as string;
          expect(compareMoney(q.price, money(entry, schedule.currency))).toBe(0);
          expect(q.price).toEqual(money(entry, schedule.currency));
        }),
        { numRuns: 200 },
      );
    });

    it('the price is the lowest among the categories qualified for, which are exactly those whose rule holds', () => {
      fc.assert(
        fc.property(feeScheduleArb, registrantProfileArb, instant2026Arb, positionArb, (schedule, profile, at, n) => {
          const q = quoteFee(schedule, profile, { at, position: n });
          const asOf = formatDays(instantToWall(instantToEpochMs(at), schedule.timeZone).days);
          const expected = schedule.categories
            .filter((c) => c.eligibility === undefined || checkEligibility(c.eligibility as EligibilityRule, profile, { at: asOf }).verdict === 'eligible')
            .map((c) => c.id);
          expect(q.qualifiedFor.map((c) => c.id)).toEqual(expected);
          expect(q.verdict).toBe(expected.length > 0 ? 'priced' : 'not_qualified');
          if (q.verdict === 'priced') for (const c of q.qualifiedFor) expect(compareMoney(q.price, c.price)).toBeLessThanOrEqual(0);
        }),
        { numRuns: 200 },
      );
    });

    it('qualifying for more categories never raises the price', () => {
      fc.assert(
        fc.property(
          feeScheduleArb,
          registrantProfileArb,
          instant2026Arb,
          positionArb,
          fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
          (schedule, profile, at, n, open) => {
            // Opening some categories to everyone can only add categories the registrant qualifies for.
            const wider: FeeScheduleInput = {
              ...schedule,
              categories: schedule.categories.map((c, i) => {
                if (!open[i]) return c;
                const { eligibility: _e, ...rest } = c;
                return rest;
              }),
            };
            const narrow = quoteFee(schedule, profile, { at, position: n });
            const wide = quoteFee(wider, profile, { at, position: n });
            expect(wide.qualifiedFor.length).toBeGreaterThanOrEqual(narrow.qualifiedFor.length);
            if (narrow.verdict === 'priced') {
              expect(wide.verdict).toBe('priced');
              if (wide.verdict === 'priced') expect(compareMoney(wide.price, narrow.price)).toBeLessThanOrEqual(0);
            }
          },
        ),
        { numRuns: 200 },
      );
    });

    it('an early-bird quote is never higher than the regular one', () => {
      fc.assert(
        fc.property(feeScheduleArb, stableProfileArb, instant2026Arb, positionArb, (schedule, profile, at, n) => {
          const parsed = FeeScheduleSchema.parse(schedule);
          const early = quoteFee(schedule, profile, { at, position: n });
          const regular = quoteFee(schedule, profile, { at: '2027-06-01T00:00:00Z', position: 1001 });
          expect(regular.period?.id).toBe(parsed.periods[parsed.periods.length - 1]?.id);
          if (early.verdict === 'priced' && regular.verdict === 'priced') expect(compareMoney(early.price, regular.price)).toBeLessThanOrEqual(0);
        }),
        { numRuns: 200 },
      );
    });

    it('quotes later in time (and with more registered before) never go down for the same person', () => {
      fc.assert(
        fc.property(feeScheduleArb, stableProfileArb, instant2026Arb, instant2026Arb, positionArb, positionArb, (schedule, profile, t1, t2, n1, n2) => {
          const [a, b] = [t1, t2].sort(byTime) as [string, string];
          const first = quoteFee(schedule, profile, { at: a, position: Math.min(n1, n2) });
          const later = quoteFee(schedule, profile, { at: b, position: Math.max(n1, n2) });
          expect(later.verdict).toBe(first.verdict);
          if (first.verdict === 'priced' && later.verdict === 'priced') expect(compareMoney(first.price, later.price)).toBeLessThanOrEqual(0);
        }),
        { numRuns: 200 },
      );
    });

    it('an early-bird schedule charges the early price until the end of the deadline day in its zone', () => {
      fc.assert(
        fc.property(fc.constantFrom('America/New_York', 'Asia/Tokyo', 'Europe/Berlin', 'America/Los_Angeles'), instant2026Arb, (timeZone, at) => {
          const schedule = earlyBirdFeeSchedule({
            currency: 'USD',
            timeZone,
            early: { until: '2026-07-31' },
            categories: [{ id: 'all', label: 'Everyone', early: '800', regular: '875' }],
          });
          const localDate = formatDays(instantToWall(instantToEpochMs(at), timeZone).days);
          expect(quoteFee(schedule, {}, { at }).price?.amount).toBe(localDate <= '2026-07-31' ? '800.00' : '875.00');
        }),
        { numRuns: 200 },
      );
    });

    it('the quote depends only on its inputs, which it does not mutate', () => {
      fc.assert(
        fc.property(feeScheduleArb, registrantProfileArb, instant2026Arb, positionArb, (schedule, profile, at, n) => {
          const snapshot = JSON.stringify([schedule, profile]);
          const [s, p] = deepFreeze(JSON.parse(snapshot) as [typeof schedule, typeof profile]);
          const first = quoteFee(s, p, deepFreeze({ at, position: n }));
          expect(quoteFee(schedule, profile, { at, position: n })).toEqual(first);
          expect(JSON.stringify([s, p])).toBe(snapshot);
          expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        }),
        { numRuns: 100 },
      );
    });

    it('gives the same answer whatever zone the machine runs in', () => {
      const saved = process.env.TZ;
      try {
        fc.assert(
          fc.property(feeScheduleArb, registrantProfileArb, instant2026Arb, positionArb, fc.constantFrom('America/New_York', 'Asia/Tokyo', 'Pacific/Chatham'), (schedule, profile, at, n, tz) => {
            process.env.TZ = 'UTC';
            const inUtc = quoteFee(schedule, profile, { at, position: n });
            process.env.TZ = tz;
            expect(quoteFee(schedule, profile, { at, position: n })).toEqual(inUtc);
          }),
          { numRuns: 60 },
        );
      } finally {
        process.env.TZ = saved;
      }
    });
  });
});
