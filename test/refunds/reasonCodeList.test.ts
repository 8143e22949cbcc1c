/**
 * REFUND_REASON_CODES is every code a refund quote's reasons carry, and only
 * those: each code has an example, and every code a quote carries over the
 * arbitraries is in the list (`RefundReason['code']` is typed by the list).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteRefund, REFUND_REASON_CODES, type Cancellation, type RefundOutcomeInput, type RefundReasonCode, type RefundRuleInput } from '../../src/refunds/index.js';
import { currencyArb } from '../_arbitraries/money.js';
import { cancellationArb, refundPolicyArb, refundRegistrationArb } from '../_arbitraries/refunds.js';
import { usd } from './_seeds.js';

const full: RefundOutcomeInput = { kind: 'refund', percent: '100' };
const cancel = (facts: Partial<Cancellation> = {}): Cancellation => ({ by: 'registrant', at: '2026-03-01T12:00:00Z', ...facts });
const deadline = { kind: 'date', date: '2026-03-12' } as const;

/** The codes of a quote under one rule, `otherwise` giving nothing. */
function codes(when: RefundRuleInput['when'], outcome: RefundOutcomeInput, cancellation: Cancellation, sessionsAttended = 0): RefundReasonCode[] {
  const policy = { timeZone: 'America/New_York', rules: [{ when, outcome }], otherwise: { kind: 'none' as const } };
  return quoteRefund(policy, { paid: usd('100.00'), sessionsAttended }, cancellation).reasons.map((r) => r.code);
}

const EXAMPLES: RefundReasonCode[][] = [
  codes({ cancelledBy: 'registrant' }, full, cancel()), // cancelled_by_party, rule_matched, full_refund
  codes({ cancelledBy: 'registrant' }, full, cancel({ by: 'organizer' })), // cancelled_by_other_party, no_rule_matched, no_refund
  codes({ reasons: ['illness'] }, full, cancel({ reason: 'illness' })), // reason_covered
  codes({ reasons: ['illness'] }, full, cancel({ reason: 'weather' })), // reason_not_covered
  codes({ inWriting: true }, full, cancel({ inWriting: true })), // writing_as_required
  codes({ inWriting: true }, full, cancel()), // not_in_writing
  codes({ inWriting: false }, full, cancel({ inWriting: true })), // in_writing
  codes({ request: 'transfer' }, { kind: 'transfer' }, cancel({ request: 'transfer' })), // request_matches, transfer_allowed
  codes({ request: 'transfer' }, full, cancel()), // request_differs
  codes({ receivedBy: deadline }, full, cancel()), // received_by_deadline
  codes({ receivedBy: deadline }, full, cancel({ at: '2026-03-20T12:00:00Z' })), // received_after_deadline
  codes({ receivedAfter: deadline }, full, cancel({ at: '2026-03-20T12:00:00Z' })), // received_after_start
  codes({ receivedAfter: deadline }, full, cancel()), // received_before_start
  codes({ sessionsAttended: { min: 1 } }, full, cancel(), 1), // attendance_in_range
  codes({ sessionsAttended: { min: 1 } }, full, cancel()), // attendance_out_of_range
  codes({}, { kind: 'refund', percent: '50' }, cancel()), // partial_refund
  codes({}, { kind: 'refund', percent: '100', withhold: usd('10.00') }, cancel()), // administration_fee_withheld
  codes({}, { kind: 'credit', percent: '100' }, cancel()), // credit_issued
];

describe('REFUND_REASON_CODES', () => {
  it('lists each code once', () => {
    expect(new Set(REFUND_REASON_CODES).size).toBe(REFUND_REASON_CODES.length);
  });

  it('has no code that never occurs: every code has an example', () => {
    const seen = new Set(EXAMPLES.flat());
    expect(REFUND_REASON_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });

  it('law: every code a quote carries is in the list', () => {
    const known = new Set<string>(REFUND_REASON_CODES);
    const cases = currencyArb.chain((currency) => fc.record({ policy: refundPolicyArb(currency), registration: refundRegistrationArb(currency), cancellation: cancellationArb }));
    fc.assert(
      fc.property(cases, ({ policy, registration, cancellation }) => {
        const carried = quoteRefund(policy, registration, cancellation).reasons.map((r) => r.code);
        expect(carried.filter((code) => !known.has(code))).toEqual([]);
      }),
    );
  });
});
