/**
 * A "first N registrants" price goes to registrants #1 through #N: the
 * registrant's `position` is 1-based, and the period applies while
 * `position <= N`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlyBirdFeeSchedule, FeeQuoteOptionsSchema, quoteFee } from '../../src/fees/index.js';
import { issuesOf } from '../refunds/_helpers.js';

// The ABS's 2026 leadership intensive table (ABS members $800 early, $875 regular),
// with its early bird given to the first 30 registrants instead of by date.
const firstThirty = earlyBirdFeeSchedule({
  currency: 'USD',
  timeZone: 'America/New_York',
  early: { firstRegistrants: 30 },
  categories: [
    { id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, early: '800.00', regular: '875.00' },
    { id: 'non_member', label: 'Non-members', early: '900.00', regular: '975.00' },
  ],
});
const member = { memberships: [{ organization: 'ABS' }] };
const at = '2026-07-01T16:00:00Z';

describe('position, the registrant\'s place in the order of registration', () => {
  it('registrant #30 gets the "first 30 registrants" price, and is told so', () => {
    const q = quoteFee(firstThirty, member, { at, position: 30 });
    expect([q.verdict, q.price, q.period]).toEqual(['priced', { amount: '800.00', currency: 'USD' }, { id: 'early', label: 'Early bird' }]);
    expect(q.reasons[0]).toStrictEqual({
      code: 'period_applies',
      period: 'early',
      firstRegistrants: 30,
      position: 30,
      message: 'Early bird pricing applies to registrations among the first 30 registrants; you are registrant #30.',
    });
  });

  it('registrant #31 does not, and pays the regular price', () => {
    const q = quoteFee(firstThirty, member, { at, position: 31 });
    expect([q.price, q.period?.id]).toEqual([{ amount: '875.00', currency: 'USD' }, 'regular']);
    expect(q.reasons[0]).toStrictEqual({
      code: 'period_sold_out',
      period: 'early',
      firstRegistrants: 30,
      position: 31,
      message: 'Early bird pricing was for the first 30 registrants; you are registrant #31.',
    });
  });

  it('registrant #1 is the first: position 0 and fractions are refused', () => {
    expect(quoteFee(firstThirty, member, { at, position: 1 }).price).toEqual({ amount: '800.00', currency: 'USD' });
    expect(FeeQuoteOptionsSchema.safeParse({ at, position: 0 }).success).toBe(false);
    expect(issuesOf(() => quoteFee(firstThirty, member, { at, position: 0 }))[0]?.path).toEqual(['position']);
    expect(issuesOf(() => quoteFee(firstThirty, member, { at, position: 1.5 }))[0]?.path).toEqual(['position']);
  });

  it('a "first N registrants" period applies exactly to registrants #1 through #N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 400 }), (n, position) => {
        const schedule = earlyBirdFeeSchedule({
          currency: 'USD',
          timeZone: 'UTC',
          early: { firstRegistrants: n },
          categories: [{ id: 'everyone', label: 'Everyone', early: '10', regular: '20' }],
        });
        expect(quoteFee(schedule, {}, { at, position }).period?.id).toBe(position <= n ? 'early' : 'regular');
      }),
    );
  });
});
