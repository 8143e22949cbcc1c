/**
 * Inputs at their edges: fees in another currency than the payment wherever
 * they are written (a credit, the `otherwise` outcome), keys present but
 * undefined (validated the long way, with the same defaults), counts and
 * times out of range, and the rule a transfer deadline adds to a tiered
 * policy.
 */
import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError } from '../../src/money/index.js';
import { quoteRefund, tieredRefundPolicy, type Cancellation, type RefundPolicyInput, type RefundRuleInput } from '../../src/refunds/index.js';
import { rejection } from '../_helpers/rejection.js';
import { usd } from './_seeds.js';

const policyOf = (rules: RefundRuleInput[], otherwise: RefundPolicyInput['otherwise'] = { kind: 'none' }): RefundPolicyInput => ({ timeZone: 'UTC', rules, otherwise });
const received: Cancellation = { by: 'registrant', at: '2026-01-01T00:00:00Z' };
const issues = (run: () => unknown) => rejection(run).issues.map((i) => [i.path, i.message]);
const eur = { amount: '1', currency: 'EUR' };

describe('fees in another currency than the payment', () => {
  it('are refused in a credit and in the otherwise outcome too, whether or not that outcome applies', () => {
    const credit = policyOf([{ when: { inWriting: true }, outcome: { kind: 'credit', percent: '100', withhold: eur } }]);
    expect(() => quoteRefund(credit, { paid: usd('10') }, received)).toThrow(CurrencyMismatchError);
    const otherwise = policyOf([], { kind: 'refund', percent: '100', withhold: eur });
    expect(() => quoteRefund(otherwise, { paid: usd('10') }, received)).toThrow(CurrencyMismatchError);
    expect(() => quoteRefund(otherwise, { paid: usd('10') }, received)).toThrow('Cannot withhold a fee across amounts in USD and EUR');
  });
});

describe('keys present with the value undefined', () => {
  it('a cancellation gets the same defaults: a cancellation, not in writing', () => {
    const policy = policyOf([{ when: { request: 'cancel', inWriting: false }, outcome: { kind: 'refund', percent: '100' } }]);
    const cancellation = { ...received, reason: undefined, acknowledgedAt: undefined } as unknown as Cancellation;
    expect(quoteRefund(policy, { paid: usd('10') }, cancellation).reasons.map((r) => r.code)).toEqual(['writing_as_required', 'request_matches', 'rule_matched', 'full_refund']);
  });

  it('a cancellation validated the long way still has its acknowledgement checked and counted from', () => {
    const policy = policyOf([], { kind: 'refund', percent: '100', due: { days: 30, after: 'acknowledgement' } });
    const slow = (acknowledgedAt: string) => ({ ...received, reason: undefined, acknowledgedAt }) as unknown as Cancellation;
    expect(quoteRefund(policy, { paid: usd('10') }, slow('2026-01-02T00:00:00Z')).due).toEqual({ days: 30, after: 'acknowledgement', by: '2026-02-01' });
    expect(issues(() => quoteRefund(policy, { paid: usd('10') }, slow('2025-12-31T23:59:59.999Z')))).toEqual([[['acknowledgedAt'], 'must not be before at (when the cancellation was received)']]);
  });

  it('a registration without a count has attended no sessions', () => {
    const policy = policyOf([{ when: { sessionsAttended: { max: 0 } }, outcome: { kind: 'refund', percent: '100' } }]);
    const registration = { paid: usd('10'), sessionsAttended: undefined, firstSessionStart: undefined } as never;
    expect(quoteRefund(policy, registration, received).verdict).toBe('refund');
  });
});

describe('counts and times out of range', () => {
  it('sessions attended are a whole number from 0, on the registration and in a rule', () => {
    expect(issues(() => quoteRefund(policyOf([]), { paid: usd('10'), sessionsAttended: -1 }, received))).toEqual([[['sessionsAttended'], 'must be at least 0']]);
    expect(issues(() => quoteRefund(policyOf([]), { paid: usd('10'), sessionsAttended: 1.5 }, received))).toEqual([[['sessionsAttended'], 'expected int, received number']]);
    for (const bound of ['min', 'max'] as const) {
      const policy = policyOf([{ when: { sessionsAttended: { [bound]: -1 } }, outcome: { kind: 'none' } }]);
      expect(issues(() => quoteRefund(policy, { paid: usd('10') }, received))).toEqual([[['rules', 0, 'when', 'sessionsAttended', bound], 'must be at least 0']]);
    }
  });

  it('a first session given on the wall clock of its own zone', () => {
    const policy = policyOf([{ when: { receivedBy: { kind: 'hours_before_first_session', hours: 0 } }, outcome: { kind: 'refund', percent: '100' } }]);
    const registration = { paid: usd('10'), firstSessionStart: { date: '2026-01-01', time: '00:00', timeZone: 'Asia/Tokyo' } };
    // Midnight in Tokyo is 15:00 UTC the day before: a request at that instant is in time, one a millisecond later is not.
    expect(quoteRefund(policy, registration, { ...received, at: '2025-12-31T15:00:00Z' }).verdict).toBe('refund');
    expect(quoteRefund(policy, registration, { ...received, at: '2025-12-31T15:00:00.001Z' }).verdict).toBe('none');
    expect(issues(() => quoteRefund(policy, { paid: usd('10'), firstSessionStart: { ...registration.firstSessionStart, time: '25:00' } }, received))).toEqual([
      [['firstSessionStart', 'time'], 'must be a 24-hour time written HH:mm'],
    ]);
  });
});

describe('a tiered policy with a transfer deadline', () => {
  it('adds a named transfer rule after the organizer rule and before the tiers', () => {
    const policy = tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 1, percent: '50' }], transferUntil: { kind: 'date', date: '2026-01-01' } });
    expect(policy.rules.map((r) => r.id)).toEqual(['organizer', 'transfer', '1-days']);
    expect(policy.rules[1]).toEqual({
      id: 'transfer',
      label: 'Transfer to a colleague',
      when: { request: 'transfer', receivedBy: { kind: 'date', date: '2026-01-01', inclusive: true } },
      outcome: { kind: 'transfer' },
    });
    const q = quoteRefund(policy, { paid: usd('10'), firstSessionStart: '2026-02-01T00:00:00Z' }, { ...received, request: 'transfer' });
    expect(q.reasons.find((r) => r.code === 'rule_matched')?.message).toBe('Transfer to a colleague of the policy applies');
  });
});
