import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { compileFeeSchedule, quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';
import { registrantProfileArb } from '../_arbitraries/eligibility.js';
import { feeScheduleArb, instant2026Arb } from '../_arbitraries/fees.js';

const absMember = { kind: 'member', organization: 'ABS' } as const;

/** A leadership intensive's fee table with the 2025 Spokane intensive's registration deadline (March 12, 2025). */
const spokane2025: FeeScheduleInput = {
  currency: 'USD',
  timeZone: 'America/Los_Angeles',
  registrationWindow: { closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } },
  periods: [{ id: 'regular', label: 'Regular' }],
  categories: [
    { id: 'member', label: 'ABS members', eligibility: absMember, prices: { regular: '875' } },
    { id: 'non_member', label: 'Non-members', eligibility: { kind: 'not', rule: absMember }, prices: { regular: '975' } },
  ],
};

describe('quoteFee and the registration window', () => {
  it('the 2025 Spokane intensive: a non-member registering on March 12 is quoted $975.00', () => {
    const q = quoteFee(spokane2025, {}, { at: '2025-03-12T20:00:00-07:00' });
    expect(q.price).toEqual({ amount: '975.00', currency: 'USD' });
  });

  it('the 2025 Spokane intensive: on March 13 registration is closed, and no price is quoted', () => {
    expect(quoteFee(spokane2025, {}, { at: '2025-03-13T09:00:00-07:00' })).toEqual({
      verdict: 'closed',
      price: null,
      category: null,
      period: null,
      qualifiedFor: [],
      reasons: [
        {
          code: 'registration_closed',
          boundaryAt: '2025-03-13T07:00:00.000Z',
          message: 'Registration closed at the end of March 12, 2025 (America/Los_Angeles).',
        },
      ],
      message: 'Registration closed at the end of March 12, 2025 (America/Los_Angeles). No fee is quoted.',
    });
  });

  it('before the window opens, the quote says when it opens', () => {
    const schedule = { ...spokane2025, registrationWindow: { opens: '2024-11-01T16:00:00Z' } };
    expect(quoteFee(schedule, {}, { at: '2024-10-31T12:00:00Z' }).reasons[0]).toEqual({
      code: 'registration_not_open_yet',
      boundaryAt: '2024-11-01T16:00:00.000Z',
      message: 'Registration opens at 2024-11-01T16:00:00Z.',
    });
  });

  it('an early-bird period is independent of the window: it may end before the window closes', () => {
    const schedule: FeeScheduleInput = {
      ...spokane2025,
      periods: [
        { id: 'early', label: 'Early bird', until: { kind: 'date', date: '2025-01-31' } },
        { id: 'regular', label: 'Regular' },
      ],
      categories: [{ id: 'all', label: 'Everyone', prices: { early: '900', regular: '975' } }],
    };
    expect(quoteFee(schedule, {}, { at: '2025-01-31T12:00:00Z' }).price?.amount).toBe('900.00');
    expect(quoteFee(schedule, {}, { at: '2025-03-01T12:00:00Z' }).price?.amount).toBe('975.00');
    expect(quoteFee(schedule, {}, { at: '2025-03-14T12:00:00Z' }).price).toBeNull();
  });

  it('a misspelt window key is refused with "did you mean"', () => {
    const misspelt = { ...spokane2025, registrationWindow: { closses: '2025-03-13T07:00:00Z' } } as unknown as FeeScheduleInput;
    expect(() => quoteFee(misspelt, {}, { at: '2025-03-01T00:00:00Z' })).toThrow(/registrationWindow\.closses: unknown key "closses"; did you mean "closes"\?/);
  });

  it('a window never changes a quote made while registration is open', () => {
    fc.assert(
      fc.property(feeScheduleArb, registrantProfileArb, instant2026Arb, fc.integer({ min: 1, max: 90 * 86_400_000 }), (schedule, profile, at, length) => {
        const atMs = instantToEpochMs(at);
        const windowed = { ...schedule, registrationWindow: { opens: epochMsToInstant(atMs - length), closes: epochMsToInstant(atMs + length) } };
        expect(quoteFee(windowed, profile, { at, position: 4 })).toEqual(quoteFee(schedule, profile, { at, position: 4 }));
      }),
      { numRuns: 150 },
    );
  });

  it('after the window closes, no price is quoted, whoever registers', () => {
    fc.assert(
      fc.property(feeScheduleArb, registrantProfileArb, instant2026Arb, fc.integer({ min: 0, max: 90 * 86_400_000 }), (schedule, profile, at, late) => {
        const windowed = compileFeeSchedule({ ...schedule, registrationWindow: { closes: epochMsToInstant(instantToEpochMs(at) - late) } });
        const q = quoteFee(windowed, profile, { at, position: 4 });
        expect([q.price, q.period, q.reasons.map((r) => r.code)]).toEqual([null, null, ['registration_closed']]);
      }),
      { numRuns: 150 },
    );
  });
});
