import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { quoteRefund, tieredRefundPolicy, type RefundPolicyInput } from '../../src/refunds/index.js';
import { checkRefundPolicy, REFUND_LAWS, refundPolicyArbitrary, type RefundDecider } from '../../src/testing/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { newEngland, onlineGroups, retreat, usd } from '../refunds/_seeds.js';

const law = (check: ReturnType<typeof checkRefundPolicy>, name: string) => check.laws.find((l) => l.law === name);
const broken = (check: ReturnType<typeof checkRefundPolicy>) => check.laws.filter((l) => !l.holds).map((l) => l.law);

/** A tiered policy written by hand with the tiers the wrong way round: more back closer to the event. */
const risingTiers: RefundPolicyInput = {
  timeZone: 'America/New_York',
  rules: [
    { when: { receivedBy: { kind: 'days_before_first_session', days: 30 } }, outcome: { kind: 'refund', percent: '50' } },
    { when: { receivedBy: { kind: 'days_before_first_session', days: 7 } }, outcome: { kind: 'refund', percent: '80' } },
  ],
  otherwise: { kind: 'none' },
};

describe('checkRefundPolicy', () => {
  it('the ABS cancellation policies of the seeds obey every law', () => {
    for (const policy of [onlineGroups, retreat, newEngland]) {
      const check = checkRefundPolicy(policy);
      expect(check.ok, JSON.stringify(check.laws.filter((l) => !l.holds))).toBe(true);
      expect(check.laws.map((l) => l.law)).toEqual([...REFUND_LAWS]);
      expect(law(check, 'refund_never_rises_later')?.precondition?.met).toBe(true);
    }
  });

  it('the library constructors give sound policies', () => {
    const tiered = tieredRefundPolicy({ timeZone: 'Europe/London', tiers: [{ daysBefore: 30, percent: '100' }, { daysBefore: 7, percent: '50' }], withhold: { amount: '25.00', currency: 'GBP' } });
    expect(broken(checkRefundPolicy(tiered))).toEqual([]);
  });

  it('refund_never_rises_later: catches tiers that pay more closer to the event, with the cancellation in words', () => {
    const check = checkRefundPolicy(risingTiers);
    expect(broken(check)).toEqual(['refund_never_rises_later']);
    const found = law(check, 'refund_never_rises_later');
    expect(found?.precondition?.met).toBe(false);
    expect(found?.counterexample?.description).toMatch(/gets \$[\d,.]+ back, but the same cancellation received later, .* gets \$[\d,.]+ back\.$/);
    const value = found?.counterexample?.value as { registration: never; cancellation: { at: string } & Record<string, unknown>; laterAt: string };
    const early = quoteRefund(risingTiers, value.registration, value.cancellation as never);
    const late = quoteRefund(risingTiers, value.registration, { ...(value.cancellation as object), at: value.laterAt } as never);
    expect(Number(late.refund.amount)).toBeGreaterThan(Number(early.refund.amount));
  });

  it('refund_never_rises_later: catches a receivedAfter window (why the law needs its precondition)', () => {
    const policy: RefundPolicyInput = {
      timeZone: 'UTC',
      rules: [{ when: { receivedAfter: { kind: 'date', date: '2026-06-01' } }, outcome: { kind: 'refund', percent: '100' } }],
      otherwise: { kind: 'none' },
    };
    expect(broken(checkRefundPolicy(policy))).toEqual(['refund_never_rises_later']);
  });

  it('organizer_cancellation_refunds_in_full: catches a fee withheld from organizer cancellations, and an earlier rule in the way', () => {
    const withFee: RefundPolicyInput = {
      timeZone: 'America/New_York',
      rules: [{ when: { cancelledBy: 'organizer' }, outcome: { kind: 'refund', percent: '100', withhold: usd('25.00') } }],
      otherwise: { kind: 'none' },
    };
    const shadowed: RefundPolicyInput = {
      timeZone: 'America/New_York',
      rules: [
        { when: { receivedBy: { kind: 'date', date: '2026-01-01' }, inWriting: false }, outcome: { kind: 'none' } },
        ...onlineGroups.rules,
      ],
      otherwise: { kind: 'none' },
    };
    for (const policy of [withFee, shadowed]) {
      const check = checkRefundPolicy(policy);
      expect(broken(check)).toContain('organizer_cancellation_refunds_in_full');
      expect(law(check, 'organizer_cancellation_refunds_in_full')?.counterexample?.description).toMatch(/promises organizer cancellations like this one a full refund, but the registrant gets/);
    }
  });

  it('organizer_cancellation_refunds_in_full: with organizerRefundReasons, catches a policy that has no such rule', () => {
    const check = checkRefundPolicy(retreat, { organizerRefundReasons: ['insufficient_registrants'] });
    expect(broken(check)).toEqual(['organizer_cancellation_refunds_in_full']);
    expect(law(check, 'organizer_cancellation_refunds_in_full')?.counterexample?.description).toMatch(/the check requires a full refund when the organizer cancels for insufficient registrants/i);
    expect(checkRefundPolicy(onlineGroups, { organizerRefundReasons: ['insufficient_registrants'] }).ok).toBe(true);
  });

  it('amounts_in_whole_minor_units: catches a fee written in tenths of a cent', () => {
    const policy: RefundPolicyInput = {
      timeZone: 'UTC',
      rules: [{ when: { cancelledBy: 'registrant' }, outcome: { kind: 'refund', percent: '100', withhold: { amount: '10.005', currency: 'USD', minorUnits: 3 } } }],
      otherwise: { kind: 'none' },
    };
    const check = checkRefundPolicy(policy);
    expect(broken(check)).toEqual(['amounts_in_whole_minor_units']);
    expect(law(check, 'amounts_in_whole_minor_units')?.counterexample?.description).toMatch(/is not a whole number of USD's minor units \(2 decimal places\)/);
  });

  it('refund_never_exceeds_paid: catches a decision function that pays a goodwill bonus on top', () => {
    const bonus: RefundDecider = (policy, registration, cancellation) => {
      const q = quoteRefund(policy, registration, cancellation);
      return { ...q, refund: { amount: (Number(q.refund.amount) + 10).toFixed(2), currency: q.refund.currency } };
    };
    const check = checkRefundPolicy(onlineGroups, { quoteRefund: bonus });
    expect(broken(check)).toContain('refund_never_exceeds_paid');
    expect(law(check, 'refund_never_exceeds_paid')?.counterexample?.description).toMatch(/The refund, \$[\d,.]+, is more than the \$[\d,.]+ paid\./);
  });

  it('reports a decision function that throws as a broken law, in words', () => {
    const check = checkRefundPolicy(onlineGroups, { quoteRefund: () => { throw new TypeError('boom'); } });
    expect(check.ok).toBe(false);
    expect(law(check, 'refund_never_exceeds_paid')?.counterexample?.description).toBe('Deciding this case threw TypeError: boom');
  });

  it('is deterministic by default, and the seed is reported', () => {
    const a = checkRefundPolicy(risingTiers);
    expect(checkRefundPolicy(risingTiers)).toEqual(a);
    expect([a.seed, a.numRuns]).toEqual([42, 200]);
    expect(checkRefundPolicy(risingTiers, { seed: 7, numRuns: 50 }).seed).toBe(7);
  });

  it('does not mutate the policy', () => {
    const frozen = deepFreeze(structuredClone(retreat));
    expect(checkRefundPolicy(frozen, { numRuns: 20 }).ok).toBe(true);
  });

  it('rejects an invalid policy, bad options and fees in two currencies with a ValidationError', () => {
    expect(() => checkRefundPolicy({ timeZone: 'Mars/Base', rules: [], otherwise: { kind: 'none' } })).toThrow(ValidationError);
    expect(() => checkRefundPolicy(onlineGroups, { numRuns: 0 })).toThrow(ValidationError);
    expect(() => checkRefundPolicy(onlineGroups, { quoteRefund: 'quote' as never })).toThrow(ValidationError);
    expect(() => checkRefundPolicy(retreat, { currency: 'EUR' })).toThrow(/must be the currency of the policy's fees, USD/);
    const mixed: RefundPolicyInput = {
      timeZone: 'UTC',
      rules: [{ when: {}, outcome: { kind: 'refund', percent: '100', withhold: usd('1.00') } }],
      otherwise: { kind: 'credit', percent: '100', withhold: { amount: '1.00', currency: 'EUR' } },
    };
    expect(() => checkRefundPolicy(mixed)).toThrow(ValidationError);
  });

  describe('properties', () => {
    it('a policy meeting the monotonicity precondition is never reported as rising later', () => {
      fc.assert(
        fc.property(refundPolicyArbitrary({ currency: 'USD', monotone: true }), (policy) => {
          const found = law(checkRefundPolicy(policy, { numRuns: 25 }), 'refund_never_rises_later');
          expect(found?.precondition?.met).toBe(true);
          expect(found?.holds).toBe(true);
        }),
        { numRuns: 25 },
      );
    });

    it('quoteRefund never lets any policy pay more than was paid, nor amounts off the minor units', () => {
      fc.assert(
        fc.property(fc.constantFrom('USD', 'JPY', 'BHD').chain((currency) => refundPolicyArbitrary({ currency })), (policy) => {
          const check = checkRefundPolicy(policy, { numRuns: 20 });
          expect(law(check, 'refund_never_exceeds_paid')?.holds).toBe(true);
          expect(law(check, 'amounts_in_whole_minor_units')?.holds).toBe(true);
        }),
        { numRuns: 25 },
      );
    });
  });
});
