/**
 * FEE_REASON_CODES is exactly the set of codes a fee quote can carry: every
 * code a quote carries is listed, and every listed code occurs.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { earlyBirdFeeSchedule, FEE_REASON_CODES, flatFeeSchedule, quoteFee, type FeeReason, type FeeReasonCode } from '../../src/fees/index.js';
import { feeScheduleArb, instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';

const member = { kind: 'member', organization: 'ABS' } as const;
// Example prices on the intensive's categories, early for the first 30 registrants through July 31.
const intensive = earlyBirdFeeSchedule({
  currency: 'USD',
  timeZone: 'America/New_York',
  registrationWindow: { opens: '2026-03-01T05:00:00Z', closes: '2026-09-01T04:00:00Z' },
  early: { until: '2026-07-31', firstRegistrants: 30 },
  categories: [
    { id: 'member', label: 'ABS members', eligibility: member, early: '800', regular: '875' },
    { id: 'resident', label: 'Residents', eligibility: { kind: 'profession', in: ['resident'] }, early: '640', regular: '700' },
  ],
});

describe('FEE_REASON_CODES', () => {
  it('is the union FeeReasonCode, and the type of a reason\'s code', () => {
    expectTypeOf<(typeof FEE_REASON_CODES)[number]>().toEqualTypeOf<FeeReasonCode>();
    expectTypeOf<FeeReason['code']>().toEqualTypeOf<FeeReasonCode>();
  });

  it('has no code that can never occur', () => {
    const abs = { memberships: [{ organization: 'ABS' }] };
    const quotes = [
      quoteFee(intensive, abs, { at: '2026-02-01T12:00:00Z', position: 1 }),
      quoteFee(intensive, abs, { at: '2026-09-02T12:00:00Z', position: 1 }),
      quoteFee(intensive, abs, { at: '2026-08-10T12:00:00Z', position: 1 }),
      quoteFee(intensive, abs, { at: '2026-07-01T12:00:00Z', position: 31 }),
      quoteFee(intensive, { professions: ['physician'] }, { at: '2026-07-01T12:00:00Z', position: 5 }),
    ];
    const seen = new Set(quotes.flatMap((q) => q.reasons.map((r) => r.code)));
    expect([...seen].sort()).toEqual([...FEE_REASON_CODES].sort());
  });

  it('lists every code a quote carries', () => {
    fc.assert(
      fc.property(feeScheduleArb, stableProfileArb, instant2026Arb, fc.integer({ min: 1, max: 61 }), (schedule, profile, at, position) => {
        for (const reason of quoteFee(schedule, profile, { at, position }).reasons) expect(FEE_REASON_CODES).toContain(reason.code);
      }),
      { numRuns: 200 },
    );
    const closed = flatFeeSchedule({ currency: 'USD', timeZone: 'UTC', registrationWindow: { closes: '2026-01-01T00:00:00Z' }, categories: [{ id: 'all', label: 'All', price: '1' }] });
    expect(FEE_REASON_CODES).toContain(quoteFee(closed, {}, { at: '2026-02-01T00:00:00Z' }).reasons[0]?.code);
  });
});
