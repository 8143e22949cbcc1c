import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { addMoney, compareMoney, currencyMinorUnits, MoneySchema, type Money } from '../../src/money/index.js';
import { organizerOnlyRefundPolicy, quoteRefund, tieredRefundPolicy, type RefundPolicyInput } from '../../src/refunds/index.js';
import { currencyArb, percentArb } from '../_arbitraries/money.js';
import {
  cancellationArb,
  instantArb,
  monotoneRefundPolicyArb,
  refundPolicyArb,
  refundRegistrationArb,
  refundZoneArb,
} from '../_arbitraries/refunds.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const caseArb = currencyArb.chain((currency) =>
  fc.record({ policy: refundPolicyArb(currency), registration: refundRegistrationArb(currency), cancellation: cancellationArb }),
);

const le = (a: Money, b: Money): boolean => compareMoney(a, b) <= 0;

describe('quoteRefund', () => {
  describe('properties', () => {
    it('a refund is never negative and never exceeds what was paid', () => {
      fc.assert(
        fc.property(caseArb, ({ policy, registration, cancellation }) => {
          const q = quoteRefund(policy, registration, cancellation);
          const zero = { amount: '0', currency: q.paid.currency };
          expect(le(zero, q.refund) && le(q.refund, q.paid)).toBe(true);
          expect(le(zero, q.credit) && le(zero, q.withheld)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('refund plus withheld fee (and credit plus withheld fee) never exceeds what was paid', () => {
      fc.assert(
        fc.property(caseArb, ({ policy, registration, cancellation }) => {
          const q = quoteRefund(policy, registration, cancellation);
          expect(le(addMoney(q.refund, q.withheld), q.paid)).toBe(true);
          expect(le(addMoney(q.credit, q.withheld), q.paid)).toBe(true);
          expect(compareMoney(q.refund, { amount: '0', currency: q.paid.currency }) === 0 || compareMoney(q.credit, { amount: '0', currency: q.paid.currency }) === 0).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('amounts are written in the currency minor units', () => {
      fc.assert(
        fc.property(caseArb, ({ policy, registration, cancellation }) => {
          const q = quoteRefund(policy, registration, cancellation);
          const scale = currencyMinorUnits(q.paid.currency);
          for (const m of [q.paid, q.refund, q.credit, q.withheld]) {
            expect(MoneySchema.safeParse(m).success).toBe(true);
            expect(m.amount.split('.')[1]?.length ?? 0).toBe(scale);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('the first matching rule decides, and every rule before it has a condition that did not hold', () => {
      fc.assert(
        fc.property(caseArb, ({ policy, registration, cancellation }) => {
          const q = quoteRefund(policy, registration, cancellation);
          const last = q.rule.source === 'rule' ? q.rule.index : policy.rules.length;
          for (let i = 0; i < last; i++) {
            expect(q.reasons.some((r) => r.rule === i && r.held === false)).toBe(true);
          }
          if (q.rule.source === 'rule') {
            const i = q.rule.index;
            expect(q.reasons.filter((r) => r.rule === i && r.held !== undefined).every((r) => r.held)).toBe(true);
            expect(q.verdict).toBe(policy.rules[i]?.outcome.kind);
          } else {
            expect(q.verdict).toBe(policy.otherwise.kind);
          }
          expect(typeof q.message).toBe('string');
          expect(q.message.endsWith('.')).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it('a later cancellation never gets more back than an earlier one (no receivedAfter, cash non-increasing down the rules)', () => {
      const arb = currencyArb.chain((currency) =>
        fc.record({
          policy: monotoneRefundPolicyArb(currency),
          registration: refundRegistrationArb(currency),
          cancellation: cancellationArb,
          later: instantArb,
        }),
      );
      fc.assert(
        fc.property(arb, ({ policy, registration, cancellation, later }) => {
          const [t1, t2] = [cancellation.at, later].sort((a, b) => instantToEpochMs(a) - instantToEpochMs(b)) as [string, string];
          const { acknowledgedAt: _ack, ...rest } = cancellation;
          const early = quoteRefund(policy, registration, { ...rest, at: t1 });
          const late = quoteRefund(policy, registration, { ...rest, at: t2 });
          expect(le(late.refund, early.refund)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('tiered policies never give a later cancellation more back', () => {
      const arb = currencyArb.chain((currency) =>
        fc.record({
          tiers: fc.uniqueArray(fc.record({ daysBefore: fc.integer({ min: 0, max: 90 }), percent: percentArb }), {
            minLength: 1,
            maxLength: 4,
            selector: (t) => t.daysBefore,
          }),
          zone: refundZoneArb,
          registration: refundRegistrationArb(currency),
          times: fc.tuple(instantArb, instantArb),
        }),
      );
      fc.assert(
        fc.property(arb, ({ tiers, zone, registration, times }) => {
          // Sort percentages so that the tiers are valid: further out never gets less.
          const byDays = [...tiers].sort((a, b) => b.daysBefore - a.daysBefore);
          const percents = byDays.map((t) => t.percent).sort((a, b) => Number(b) - Number(a));
          const policy = tieredRefundPolicy({ timeZone: zone, tiers: byDays.map((t, i) => ({ ...t, percent: percents[i] as string })) });
          const [t1, t2] = [...times].sort((a, b) => instantToEpochMs(a) - instantToEpochMs(b)) as [string, string];
          const early = quoteRefund(policy, registration, { by: 'registrant', at: t1 });
          const late = quoteRefund(policy, registration, { by: 'registrant', at: t2 });
          expect(le(late.refund, early.refund)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it('an organizer cancellation under a policy that refunds it returns everything', () => {
      const arb = currencyArb.chain((currency) =>
        fc.record({ registration: refundRegistrationArb(currency), cancellation: cancellationArb, zone: refundZoneArb, percent: percentArb }),
      );
      fc.assert(
        fc.property(arb, ({ registration, cancellation, zone, percent }) => {
          const organizer = { ...cancellation, by: 'organizer' as const };
          for (const policy of [
            organizerOnlyRefundPolicy({ timeZone: zone }),
            tieredRefundPolicy({ timeZone: zone, tiers: [{ daysBefore: 14, percent }], withhold: { amount: '0', currency: registration.paid.currency } }),
          ]) {
            const q = quoteRefund(policy, registration, organizer);
            expect(q.refund).toEqual(q.paid);
            expect(q.withheld.amount).toMatch(/^0(\.0+)?$/);
          }
        }),
        { numRuns: 150 },
      );
    });

    it('the decision depends only on its inputs, which it does not mutate', () => {
      fc.assert(
        fc.property(caseArb, ({ policy, registration, cancellation }) => {
          const snapshot = JSON.stringify([policy, registration, cancellation]);
          const frozen = deepFreeze(JSON.parse(snapshot) as [RefundPolicyInput, typeof registration, typeof cancellation]);
          const first = quoteRefund(...frozen);
          const second = quoteRefund(policy, registration, cancellation);
          expect(second).toEqual(first);
          expect(JSON.parse(JSON.stringify(first))).toEqual(first);
          expect(JSON.stringify(frozen)).toBe(snapshot);
        }),
        { numRuns: 150 },
      );
    });

    it('gives the same answer whatever zone the machine runs in', () => {
      const saved = process.env.TZ;
      try {
        fc.assert(
          fc.property(caseArb, fc.constantFrom('UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Chatham'), ({ policy, registration, cancellation }, tz) => {
            process.env.TZ = 'UTC';
            const inUtc = quoteRefund(policy, registration, cancellation);
            process.env.TZ = tz;
            expect(quoteRefund(policy, registration, cancellation)).toEqual(inUtc);
          }),
          { numRuns: 60 },
        );
      } finally {
        process.env.TZ = saved;
      }
    });
  });

  it('a policy with a receivedAfter window can pay a later cancellation more (why the monotonicity law needs its precondition)', () => {
    const policy: RefundPolicyInput = {
      timeZone: 'UTC',
      rules: [{ when: { receivedAfter: { kind: 'date', date: '2026-06-01' } }, outcome: { kind: 'refund', percent: '100' } }],
      otherwise: { kind: 'none' },
    };
    const paid = { paid: { amount: '100', currency: 'USD' } };
    const at = (ms: number) => quoteRefund(policy, paid, { by: 'registrant', at: epochMsToInstant(ms) }).refund.amount;
    const june2 = instantToEpochMs('2026-06-02T00:00:00Z');
    expect([at(june2 - 1), at(june2)]).toEqual(['0.00', '100.00']);
  });
});
