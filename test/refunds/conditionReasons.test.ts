/**
 * Every condition of a rule reports what it found: a code that says whether
 * it held, `held` itself, and a clause the quote's sentence is built from.
 * These pin each condition both ways (held and not), in the words a
 * registrant reads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteRefund, type Cancellation, type RefundPolicyInput, type RefundReason, type RefundRuleInput } from '../../src/refunds/index.js';

type RefundConditions = RefundRuleInput['when'];
import { refundCaseArb } from './_cases.js';
import { usd } from './_seeds.js';

/** A policy of one rule with these conditions, refunding everything; nothing otherwise. */
const oneRule = (when: RefundConditions): RefundPolicyInput => ({
  timeZone: 'America/New_York',
  rules: [{ when, outcome: { kind: 'refund', percent: '100' } }],
  otherwise: { kind: 'none' },
});

const cancel = (extra: Partial<Cancellation> = {}): Cancellation => ({ by: 'registrant', at: '2026-01-01T00:00:00Z', ...extra });

/** The condition checks of a quote: [code, held, message]. */
function checks(when: RefundConditions, cancellation: Cancellation = cancel(), sessionsAttended?: number): [string, boolean | undefined, string][] {
  const registration = sessionsAttended === undefined ? { paid: usd('100') } : { paid: usd('100'), sessionsAttended };
  return quoteRefund(oneRule(when), registration, cancellation)
    .reasons.filter((r) => r.held !== undefined)
    .map((r) => [r.code, r.held, r.message]);
}

/** The codes a condition check reports when it held. */
const HELD_CODES = new Set(['cancelled_by_party', 'reason_covered', 'writing_as_required', 'request_matches', 'received_by_deadline', 'received_after_start', 'attendance_in_range']);

describe('the reasons of each condition', () => {
  it('who cancelled: the party, and the one the rule wanted when it differs', () => {
    expect(checks({ cancelledBy: 'registrant' }, cancel({ by: 'organizer' }))).toEqual([
      ['cancelled_by_other_party', false, 'the cancellation was made by the organizer, not the registrant'],
    ]);
    expect(checks({ cancelledBy: 'organizer' }, cancel({ by: 'organizer' }))).toEqual([['cancelled_by_party', true, 'the cancellation was made by the organizer']]);
  });

  it('the reason: covered, not covered (with what the rule covers, in words), or not given', () => {
    const when = { reasons: ['insufficient_registrants', 'leader-unavailable', 'severe_weather'] };
    expect(checks(when)).toEqual([
      ['reason_not_covered', false, 'no reason was given (the rule covers insufficient registrants, leader unavailable and severe weather)'],
    ]);
    expect(checks(when, cancel({ reason: 'schedule__conflict' }))).toEqual([
      ['reason_not_covered', false, 'the reason, schedule conflict, is not one the rule covers (insufficient registrants, leader unavailable and severe weather)'],
    ]);
    expect(checks(when, cancel({ reason: 'leader-unavailable' }))).toEqual([['reason_covered', true, 'the reason was leader unavailable']]);
    // A reason is compared as written; one the rule simply does not list is not covered (a near miss of one it lists is refused: reasonCodes.test.ts).
    expect(checks({ reasons: ['insufficient_registrants'] }, cancel({ reason: 'illness' }))[0]?.[0]).toBe('reason_not_covered');
  });

  it('in writing: as required either way, and which way it failed', () => {
    expect(checks({ inWriting: true }, cancel({ inWriting: true }))).toEqual([['writing_as_required', true, 'the request was in writing']]);
    expect(checks({ inWriting: true })).toEqual([['not_in_writing', false, 'the request was not in writing']]);
    // A rule for requests made by telephone only: a letter does not meet it.
    expect(checks({ inWriting: false }, cancel({ inWriting: true }))).toEqual([['in_writing', false, 'the request was in writing']]);
    expect(checks({ inWriting: false })).toEqual([['writing_as_required', true, 'the request was not in writing']]);
  });

  it('the request: a cancellation or a transfer, and the one the rule wanted when it differs', () => {
    expect(checks({ request: 'transfer' })).toEqual([['request_differs', false, 'a cancellation was requested, not a transfer to a colleague']]);
    expect(checks({ request: 'cancel' }, cancel({ request: 'transfer' }))).toEqual([
      ['request_differs', false, 'a transfer to a colleague was requested, not a cancellation'],
    ]);
    expect(checks({ request: 'transfer' }, cancel({ request: 'transfer' }))).toEqual([['request_matches', true, 'a transfer to a colleague was requested']]);
    // A cancellation is what is asked for unless the request says otherwise.
    expect(checks({ request: 'cancel' })).toEqual([['request_matches', true, 'a cancellation was requested']]);
  });

  it('attendance: the count in words and the range the rule covers', () => {
    expect(checks({ sessionsAttended: { min: 2 } })).toEqual([['attendance_out_of_range', false, '0 sessions were attended (the rule covers at least 2)']]);
    expect(checks({ sessionsAttended: { min: 1, max: 3 } }, cancel(), 4)).toEqual([
      ['attendance_out_of_range', false, '4 sessions were attended (the rule covers 1 to 3)'],
    ]);
    expect(checks({ sessionsAttended: { min: 1, max: 1 } }, cancel(), 1)).toEqual([['attendance_in_range', true, '1 session was attended (the rule covers exactly 1)']]);
    // No minimum means none: an absent count is 0 sessions.
    expect(checks({ sessionsAttended: { max: 2 } })).toEqual([['attendance_in_range', true, '0 sessions were attended (the rule covers 0 to 2)']]);
    expect(checks({ sessionsAttended: {} }, cancel(), 7)).toEqual([['attendance_in_range', true, '7 sessions were attended (the rule covers at least 0)']]);
  });

  it('received after a deadline: holds only from the deadline on, and says on which side the request fell', () => {
    // Midnight UTC on January 1 is still December 31 in New York.
    const after = (date: string) => checks({ receivedAfter: { kind: 'date', date } });
    expect(after('2025-12-31')).toEqual([['received_before_start', false, 'the request was received by the end of December 31, 2025 (America/New_York)']]);
    expect(after('2025-12-30')).toEqual([['received_after_start', true, 'the request was received after the end of December 30, 2025 (America/New_York)']]);
  });

  it('received by a deadline: both sides', () => {
    const by = (date: string) => checks({ receivedBy: { kind: 'date', date, inclusive: false } });
    expect(by('2026-01-01')).toEqual([['received_by_deadline', true, 'the request was received before January 1, 2026 (America/New_York)']]);
    expect(by('2025-12-31')).toEqual([['received_after_deadline', false, 'the request was received on or after December 31, 2025 (America/New_York)']]);
  });

  it('checks the conditions in a fixed order: who, reason, writing, request, after, by, attendance', () => {
    const when: RefundConditions = {
      sessionsAttended: { max: 0 },
      receivedBy: { kind: 'date', date: '2026-12-31' },
      receivedAfter: { kind: 'date', date: '2025-01-01' },
      request: 'cancel',
      inWriting: false,
      reasons: ['illness'],
      cancelledBy: 'registrant',
    };
    expect(checks(when, cancel({ reason: 'illness' })).map(([code]) => code)).toEqual([
      'cancelled_by_party',
      'reason_covered',
      'writing_as_required',
      'request_matches',
      'received_after_start',
      'received_by_deadline',
      'attendance_in_range',
    ]);
  });

  describe('properties', () => {

    it('a condition check says by its code whether it held', () => {
      fc.assert(
        fc.property(refundCaseArb, ({ policy, registration, cancellation }) => {
          for (const reason of quoteRefund(policy, registration, cancellation).reasons) {
            if (reason.held !== undefined) expect(HELD_CODES.has(reason.code)).toBe(reason.held);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('a timing check names the deadline it compared with, and the side of it the request fell on', () => {
      fc.assert(
        fc.property(refundCaseArb, ({ policy, registration, cancellation }) => {
          const timings = quoteRefund(policy, registration, cancellation).reasons.filter((r): r is RefundReason & { deadline: NonNullable<RefundReason['deadline']> } => r.deadline !== undefined);
          for (const t of timings) {
            const received = Date.parse(cancellation.at);
            const within = received < Date.parse(t.deadline.endsAt);
            expect(t.message).toBe(`the request was received ${within ? t.deadline.by : t.deadline.after}`);
            expect(['received_by_deadline', 'received_before_start'].includes(t.code)).toBe(within);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('attendance holds exactly when the count is within min..max, both ends included', () => {
      fc.assert(
        fc.property(fc.nat(6), fc.option(fc.nat(6), { nil: undefined }), fc.nat(8), (lo, span, n) => {
          const range = span === undefined ? { min: lo } : { min: lo, max: lo + span };
          const [check] = checks({ sessionsAttended: range }, cancel(), n);
          expect(check?.[1]).toBe(n >= lo && (span === undefined || n <= lo + span));
        }),
        { numRuns: 200 },
      );
    });
  });
});
