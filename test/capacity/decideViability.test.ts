import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideViability, replayRegistrations, type CapacityPolicy, type RegistrationEvent } from '../../src/capacity/index.js';
import { capacityPolicyArb, registrationEventsArb } from '../_arbitraries/capacity.js';
import { deepFreeze } from '../_arbitraries/eligibility.js';
import { localDateArb } from '../_arbitraries/recurrence.js';

/**
 * The online group starting January 10, 2026: "a minimum number of participants are required to hold a
 * session" (the seeds give no number: 6 here is a parameter), decided by January 2 in New York.
 */
const onlineGroup = { minRegistrants: 6, decisionDate: { date: '2026-01-02', timeZone: 'America/New_York' } };
const registrations: RegistrationEvent[] = ['ana', 'ben', 'cai', 'dee'].map((registrantId, i) => ({
  kind: 'register',
  registrantId,
  at: `2025-12-0${i + 1}T15:00:00Z`,
}));

describe('decideViability', () => {
  it('is pending while short of the minimum until the end of the decision date in its zone', () => {
    expect(decideViability(onlineGroup, 4, { at: '2025-12-20' })).toMatchObject({ verdict: 'pending', shortfall: 2, refundsOwed: null });
    expect(decideViability(onlineGroup, 4, { at: '2026-01-02' }).verdict).toBe('pending');
    // 23:59:59 on January 2 in New York is 04:59:59Z on January 3.
    expect(decideViability(onlineGroup, 4, { at: '2026-01-03T04:59:59Z' }).verdict).toBe('pending');
    expect(decideViability(onlineGroup, 4, { at: '2026-01-03T05:00:00Z' }).verdict).toBe('no_go');
    expect(decideViability(onlineGroup, 4, { at: '2026-01-02' }).reasons).toEqual([
      {
        code: 'below_minimum',
        confirmed: 4,
        minimum: 6,
        shortfall: 2,
        message: '4 registrants are confirmed, 2 short of the minimum of 6; registrations still count until the decision on 2026-01-02 (America/New_York).',
      },
    ]);
  });

  it('"If cancelled by the ABS or hosts due to insufficient registrants, those registered will receive their money back"', () => {
    const roster = replayRegistrations(onlineGroup, registrations);
    const result = decideViability(onlineGroup, roster, { at: '2026-01-03' });
    expect(result).toEqual({
      verdict: 'no_go',
      confirmed: 4,
      minimum: 6,
      shortfall: 2,
      decideBy: { date: '2026-01-02', timeZone: 'America/New_York' },
      reasons: [
        {
          code: 'insufficient_registrants',
          confirmed: 4,
          minimum: 6,
          shortfall: 2,
          message: '4 registrants are confirmed, 2 short of the minimum of 6: the group is cancelled for insufficient registrants.',
        },
      ],
      refundsOwed: {
        refundAll: true,
        cancellation: { by: 'organizer', reason: 'insufficient_registrants' },
        count: 4,
        registrantIds: ['ana', 'ben', 'cai', 'dee'],
        message: 'The group is cancelled for insufficient registrants; all 4 registered are owed a full refund.',
      },
    });
  });

  it('goes ahead once the minimum is met, and always without a minimum', () => {
    expect(decideViability(onlineGroup, 6, { at: '2025-12-01' })).toMatchObject({ verdict: 'go', reasons: [{ code: 'minimum_met' }] });
    expect(decideViability({ maxSeats: 12 }, 0, { at: '2026-03-12' })).toMatchObject({
      verdict: 'go',
      reasons: [{ code: 'no_minimum', message: 'The policy sets no minimum; 0 registrants are confirmed.' }],
    });
  });

  it('without a decision date, stays pending until the organizer decides now', () => {
    expect(decideViability({ minRegistrants: 3 }, 1, { at: '2030-01-01' }).verdict).toBe('pending');
    expect(decideViability({ minRegistrants: 3 }, 1, { at: '2026-01-01', decideNow: true })).toMatchObject({
      verdict: 'no_go',
      refundsOwed: { count: 1, registrantIds: null, message: 'The group is cancelled for insufficient registrants; the 1 registrant is owed a full refund.' },
    });
  });

  it('rejects a count beyond the seats and invalid options', () => {
    expect(() => decideViability({ maxSeats: 12 }, 13, { at: '2026-03-12' })).toThrowError(/Invalid roster: \(root\): has 13 confirmed, more than the policy's 12 seats/);
    expect(() => decideViability({}, -1, { at: '2026-03-12' })).toThrowError(/Invalid roster/);
    expect(() => decideViability({}, 1, { at: 'tomorrow' })).toThrowError(/Invalid viability options: at/);
  });

  describe('properties', () => {
    const dayArb = localDateArb('2025-12-01', '2026-04-30');

    it('a no-go owes a full refund to exactly the confirmed registrants, and only a no-go owes one', () => {
      fc.assert(
        fc.property(capacityPolicyArb, registrationEventsArb, dayArb, fc.boolean(), (policy, events, at, decideNow) => {
          const roster = replayRegistrations(policy, events);
          const result = decideViability(deepFreeze(policy), deepFreeze(roster), { at, decideNow });
          expect(result.refundsOwed !== null).toBe(result.verdict === 'no_go');
          if (result.refundsOwed !== null) {
            expect(result.refundsOwed.registrantIds).toEqual(roster.confirmed);
            expect(result.refundsOwed.cancellation).toEqual({ by: 'organizer', reason: 'insufficient_registrants' });
          }
          expect(result.reasons).toHaveLength(1);
        }),
        { numRuns: 200 },
      );
    });

    it('more confirmed registrants never turn a go into a no-go or pending', () => {
      fc.assert(
        fc.property(capacityPolicyArb, fc.nat(8), fc.nat(8), dayArb, (policy: CapacityPolicy, a, b, at) => {
          const cap = policy.maxSeats ?? 100;
          const [lo, hi] = [Math.min(a, b, cap), Math.min(Math.max(a, b), cap)];
          if (decideViability(policy, lo, { at }).verdict === 'go') expect(decideViability(policy, hi, { at }).verdict).toBe('go');
        }),
        { numRuns: 200 },
      );
    });

    it('with the same registrants, a later date never reopens a decision: no-go stays no-go', () => {
      fc.assert(
        fc.property(capacityPolicyArb, fc.nat(8), dayArb, dayArb, (policy, n, d1, d2) => {
          const count = Math.min(n, policy.maxSeats ?? 100);
          const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const first = decideViability(policy, count, { at: early }).verdict;
          const second = decideViability(policy, count, { at: late }).verdict;
          if (first === 'no_go') expect(second).toBe('no_go');
          if (first === 'go') expect(second).toBe('go');
          if (policy.decisionDate !== undefined && late > policy.decisionDate.date) expect(second).not.toBe('pending');
        }),
        { numRuns: 200 },
      );
    });
  });
});
