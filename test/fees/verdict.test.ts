/**
 * A fee quote's verdict: `priced`, `not_qualified`, or `closed` outside the
 * registration window (before it opens or after it closes; the first
 * reason's code says which). The quote narrows on it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatFeeSchedule, freeFeeSchedule, quoteFee, type FeeQuote } from '../../src/fees/index.js';
import { feeScheduleArb, instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';

// The 2025 Spokane intensive: registration closed at the end of March 12, 2025 (Pacific time).
const spokane2025 = flatFeeSchedule({
  currency: 'USD',
  timeZone: 'America/Los_Angeles',
  registrationWindow: { opens: '2024-11-01T08:00:00Z', closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } },
  categories: [
    { id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, price: '875' },
    { id: 'non_member', label: 'Non-members', price: '975' },
  ],
});
// The diversity discussions: free, for ABS members leading a Balint group.
const discussion = freeFeeSchedule({
  currency: 'USD',
  timeZone: 'America/New_York',
  eligibility: { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] },
});

/** What each verdict promises about the rest of the quote. */
function consistent(q: FeeQuote): void {
  if (q.verdict === 'priced') {
    expect(q.qualifiedFor.length).toBeGreaterThan(0);
    expect(q.reasons.at(-1)?.code).toBe('lowest_price');
  } else if (q.verdict === 'not_qualified') {
    expect([q.price, q.category, q.qualifiedFor]).toEqual([null, null, []]);
    expect(q.reasons.at(-1)?.code).toBe('no_category_qualified');
  } else {
    expect([q.price, q.category, q.period, q.qualifiedFor]).toEqual([null, null, null, []]);
    expect(['registration_not_open_yet', 'registration_closed']).toContain(q.reasons[0]?.code);
  }
}

describe('the verdict of a fee quote', () => {
  it('priced: a price in the window', () => {
    const q = quoteFee(spokane2025, {}, { at: '2025-03-12T21:00:00-07:00' });
    expect([q.verdict, q.price]).toEqual(['priced', { amount: '975.00', currency: 'USD' }]);
  });

  it('not_qualified: no category applies', () => {
    const q = quoteFee(discussion, { memberships: [{ organization: 'ABS' }], leadsGroup: false }, { at: '2026-03-01T12:00:00Z' });
    expect([q.verdict, q.period?.id]).toEqual(['not_qualified', 'regular']);
  });

  it('closed, before the window opens and after it closes, the reason saying which', () => {
    const before = quoteFee(spokane2025, {}, { at: '2024-10-31T12:00:00Z' });
    const after = quoteFee(spokane2025, {}, { at: '2025-03-13T00:00:00-07:00' });
    expect([before.verdict, before.reasons[0]?.code]).toEqual(['closed', 'registration_not_open_yet']);
    expect([after.verdict, after.reasons[0]?.code]).toEqual(['closed', 'registration_closed']);
  });

  it('every quote keeps the promise of its verdict', () => {
    fc.assert(
      fc.property(feeScheduleArb, stableProfileArb, instant2026Arb, fc.integer({ min: 1, max: 61 }), (schedule, profile, at, position) => {
        consistent(quoteFee(schedule, profile, { at, position }));
      }),
      { numRuns: 200 },
    );
    for (const at of ['2024-10-31T12:00:00Z', '2025-01-15T12:00:00Z', '2025-03-13T08:00:00Z']) consistent(quoteFee(spokane2025, {}, { at }));
  });
});
