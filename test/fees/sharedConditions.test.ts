import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, compileFeeSchedule, quoteFee, type EligibilityRule, type FeeScheduleInput } from '../../src/_all.js';
import { absLeadershipIntensiveFees2026 } from '../../src/presets/abs/index.js';
import { instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';

/** Each category's eligibility reasons in a quote, by category id. */
const eligibilityReasons = (reasons: readonly { code: string }[]): Map<string, unknown> =>
  new Map(
    reasons.flatMap((r) => (r.code === 'category_not_qualified' ? [[(r as unknown as { category: string }).category, (r as unknown as { eligibility: unknown }).eligibility] as const] : [])),
  );

/** The local date of `at` in New York (both schedules below are in that zone). */
const newYorkDate = (at: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(at));

// A schedule whose categories repeat conditions: the same member condition with and without labels, under `not` and `all`, and the same profession condition.
const repeated: FeeScheduleInput = {
  currency: 'USD',
  timeZone: 'America/New_York',
  periods: [{ id: 'regular', label: 'Regular' }],
  categories: [
    { id: 'a', label: 'A', eligibility: { kind: 'member', organization: 'ABS' }, prices: { regular: '100' } },
    { id: 'b', label: 'B', eligibility: { kind: 'not', rule: { kind: 'member', organization: 'ABS', label: 'a member' } }, prices: { regular: '200' } },
    {
      id: 'c',
      label: 'C',
      eligibility: { kind: 'any', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'profession', in: ['resident', 'fellow'] }] },
      prices: { regular: '150' },
    },
    {
      id: 'd',
      label: 'D',
      eligibility: { kind: 'all', rules: [{ kind: 'not', rule: { kind: 'member', organization: 'ABS' } }, { kind: 'profession', in: ['resident', 'fellow'] }] },
      prices: { regular: '90' },
    },
  ],
};

describe('quoteFee with conditions shared between categories', () => {
  for (const [name, schedule] of [
    ['the 2026 intensive table', absLeadershipIntensiveFees2026()],
    ['a table repeating conditions', repeated],
  ] as const) {
    it(`each category's reasons are checkEligibility's for its rule, compiled or not (${name})`, () => {
      const compiled = compileFeeSchedule(schedule);
      fc.assert(
        fc.property(stableProfileArb, instant2026Arb, (profile, at) => {
          const quote = quoteFee(compiled, profile, { at });
          expect(quote).toStrictEqual(quoteFee(schedule, profile, { at }));
          const asOf = newYorkDate(at);
          const found = eligibilityReasons(quote.reasons);
          for (const c of schedule.categories as readonly { id: string; eligibility?: EligibilityRule }[]) {
            const expected = c.eligibility === undefined ? { verdict: 'eligible', reasons: [] } : checkEligibility(c.eligibility, profile, { at: asOf });
            expect(found.get(c.id)).toStrictEqual(expected.verdict === 'eligible' ? undefined : expected.reasons);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('reasons built from one shared finding are separate objects', () => {
    const quote = quoteFee(compileFeeSchedule(repeated), { memberships: [{ organization: 'ABS' }], professions: ['physician'] }, { at: '2026-03-01T12:00:00Z' });
    const inner = [...eligibilityReasons(quote.reasons).values()].flatMap((r) => r as object[]);
    expect(inner.length).toBeGreaterThan(1);
    expect(new Set(inner).size).toBe(inner.length);
  });
});
