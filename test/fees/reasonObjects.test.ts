import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EligibilityReason } from '../../src/eligibility/index.js';
import { compileFeeSchedule, quoteFee, type FeeReason } from '../../src/fees/index.js';
import { absLeadershipIntensiveFees2026 } from '../../src/presets/abs/index.js';
import { feeScheduleArb, instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';

/** How many eligibility reasons of a quote's categories are an object some other one of them is too (nested reasons included). */
function reasonsRepeated(reasons: readonly FeeReason[]): number {
  const seen = new Set<object>();
  let repeats = 0;
  const walk = (list: readonly EligibilityReason[]): void => {
    for (const r of list) {
      if (seen.has(r)) repeats++;
      seen.add(r);
      if ('reasons' in r) walk(r.reasons);
    }
  };
  for (const r of reasons) if (r.code === 'category_not_qualified') walk(r.eligibility ?? []);
  return repeats;
}

describe('the reasons of a fee quote', () => {
  describe('properties', () => {
    it('a condition shared by several categories explains each of them with a reason of its own, equal to the one each category alone gives', () => {
      const schedule = absLeadershipIntensiveFees2026();
      const compiled = compileFeeSchedule(schedule);
      fc.assert(
        fc.property(stableProfileArb, instant2026Arb, (profile, at) => {
          const quote = quoteFee(compiled, profile, { at });
          // Each category's reasons are objects of their own (an app may annotate one without touching another).
          expect(reasonsRepeated(quote.reasons)).toBe(0);
          expect(quoteFee(schedule, profile, { at })).toStrictEqual(quote);
          for (const reason of quote.reasons) {
            if (reason.code !== 'category_not_qualified') continue;
            const alone = { ...schedule, categories: schedule.categories.filter((c) => c.id === reason.category) };
            const own = quoteFee(alone, profile, { at }).reasons.find((r) => r.code === 'category_not_qualified');
            expect(own).toStrictEqual(reason);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('no two eligibility reasons of any quote are one object', () => {
      fc.assert(
        fc.property(feeScheduleArb, stableProfileArb, instant2026Arb, (schedule, profile, at) => {
          let quote;
          try {
            quote = quoteFee(schedule, profile, { at, position: 1 });
          } catch {
            return; // a schedule this profile cannot be quoted under is another test's business
          }
          expect(reasonsRepeated(quote.reasons)).toBe(0);
        }),
        { numRuns: 200 },
      );
    });
  });
});
