/**
 * The cancellation policies of the American Balint Society's pages (seed
 * 003), reproduced exactly.
 */
import { describe, expect, it } from 'vitest';
import { quoteRefund, type Cancellation } from '../../src/refunds/index.js';
import { newEngland, onlineGroups, retreat, usd } from './_seeds.js';

const registrant = (at: string, extra: Partial<Cancellation> = {}): Cancellation => ({
  by: 'registrant',
  inWriting: true,
  at,
  ...extra,
});

describe('online groups: money back only when the ABS cancels for insufficient registrants', () => {
  it('refunds everything when the ABS or hosts cancel for insufficient registrants', () => {
    for (const paid of ['250.00', '400.00']) {
      const q = quoteRefund(onlineGroups, { paid: usd(paid) }, { by: 'organizer', reason: 'insufficient_registrants', at: '2026-01-05T15:00:00Z' });
      expect(q).toMatchObject({ verdict: 'refund', refund: usd(paid), withheld: usd('0.00'), credit: usd('0.00'), due: null });
      expect(q.rule).toEqual({ source: 'rule', index: 0, id: 'insufficient-registrants', label: 'Cancelled by the ABS or hosts for insufficient registrants' });
    }
    const q = quoteRefund(onlineGroups, { paid: usd('250') }, { by: 'organizer', reason: 'insufficient_registrants', at: '2026-01-05T15:00:00Z' });
    expect(q.message).toBe(
      'Because the cancellation was made by the organizer and the reason was insufficient registrants, you will get back the full $250.00 you paid.',
    );
    expect(q.reasons.map((r) => r.code)).toEqual(['cancelled_by_party', 'reason_covered', 'rule_matched', 'full_refund']);
  });

  it('returns nothing when the registrant cancels, however early', () => {
    const q = quoteRefund(onlineGroups, { paid: usd('250') }, registrant('2025-11-01T12:00:00Z'));
    expect(q).toMatchObject({ verdict: 'none', refund: usd('0.00'), rule: { source: 'otherwise', index: null } });
    expect(q.message).toBe('Because the cancellation was made by the registrant, not the organizer, no refund is available.');
    expect(q.reasons.map((r) => r.code)).toEqual(['cancelled_by_other_party', 'reason_not_covered', 'no_rule_matched', 'no_refund']);
  });

  it('returns nothing for partial attendance or inability to complete the sequence', () => {
    const q = quoteRefund(onlineGroups, { paid: usd('400'), sessionsAttended: 3 }, registrant('2026-04-20T12:00:00Z', { reason: 'schedule_conflict' }));
    expect(q.refund).toEqual(usd('0.00'));
    expect(q.verdict).toBe('none');
  });

  it('returns nothing when the ABS cancels for another reason (the policy names only insufficient registrants)', () => {
    const q = quoteRefund(onlineGroups, { paid: usd('250') }, { by: 'organizer', reason: 'leader_unavailable', at: '2026-01-05T15:00:00Z' });
    expect(q.verdict).toBe('none');
    expect(q.message).toBe(
      'Because the reason, leader unavailable, is not one the rule covers (insufficient registrants), no refund is available.',
    );
  });
});

describe('the retreat: in writing by March 12, 2026 (California), less $100, within 30 days of acknowledgement', () => {
  it('refunds the fee less $100 for a written cancellation by the deadline', () => {
    const q = quoteRefund(retreat, { paid: usd('650') }, registrant('2026-03-01T10:00:00-08:00', { acknowledgedAt: '2026-03-02T17:00:00Z' }));
    expect(q).toMatchObject({ verdict: 'refund', refund: usd('550.00'), withheld: usd('100.00') });
    expect(q.due).toEqual({ days: 30, after: 'acknowledgement', by: '2026-04-01' });
    expect(q.message).toBe(
      'Because the cancellation was made by the registrant, the request was in writing and the request was received by the end of March 12, 2026 (America/Los_Angeles), you will get back $550.00 of the $650.00 you paid ($100.00 is withheld as an administration fee), within 30 days of the acknowledgement of the cancellation (by April 1, 2026).',
    );
  });

  it('says "within 30 days of acknowledgement" as data while the acknowledgement date is unknown', () => {
    const q = quoteRefund(retreat, { paid: usd('650') }, registrant('2026-03-01T10:00:00-08:00'));
    expect(q.due).toEqual({ days: 30, after: 'acknowledgement' });
  });

  it('counts "by the cancellation date" through 23:59:59.999 Pacific time on March 12', () => {
    const at = (at: string) => quoteRefund(retreat, { paid: usd('650') }, registrant(at)).refund.amount;
    expect(at('2026-03-12T23:59:00-07:00')).toBe('550.00');
    expect(at('2026-03-12T23:59:59.999-07:00')).toBe('550.00');
    expect(at('2026-03-13T00:00:00-07:00')).toBe('0.00');
    expect(at('2026-03-13T06:59:59.999Z')).toBe('550.00');
    expect(at('2026-03-13T07:00:00Z')).toBe('0.00');
  });

  it('reads the deadline in California whatever zone the request was sent from', () => {
    const at = (at: string) => quoteRefund(retreat, { paid: usd('650') }, registrant(at)).refund.amount;
    // Already March 13 in Tokyo and Boston, still March 12 in California.
    expect(at('2026-03-13T15:30:00+09:00')).toBe('550.00');
    expect(at('2026-03-13T02:30:00-04:00')).toBe('550.00');
    // Still March 12 in Honolulu, already March 13 in California.
    expect(at('2026-03-12T21:30:00-10:00')).toBe('0.00');
  });

  it('uses daylight time, in force since March 8, 2026, not standard time', () => {
    const at = (at: string) => quoteRefund(retreat, { paid: usd('650') }, registrant(at)).refund.amount;
    // 23:30 on March 12 by PST (-08:00), but 00:30 on March 13 by the clocks in California (PDT).
    expect(at('2026-03-13T07:30:00Z')).toBe('0.00');
  });

  it('gives nothing for a cancellation received after the deadline, and says why', () => {
    const q = quoteRefund(retreat, { paid: usd('650') }, registrant('2026-03-13T09:00:00-07:00'));
    expect(q).toMatchObject({ verdict: 'none', refund: usd('0.00'), withheld: usd('0.00'), due: null });
    expect(q.message).toBe(
      'Because the request was received after the end of March 12, 2026 (America/Los_Angeles), no refund is available.',
    );
    const timing = q.reasons.find((r) => r.code === 'received_after_deadline');
    expect(timing).toMatchObject({ rule: 0, held: false, deadline: { endsAt: '2026-03-13T07:00:00.000Z' } });
  });

  it('gives nothing for a cancellation by the deadline that was not in writing', () => {
    const q = quoteRefund(retreat, { paid: usd('650') }, registrant('2026-03-10T09:00:00-07:00', { inWriting: false }));
    expect(q.verdict).toBe('none');
    expect(q.reasons.map((r) => r.code)).toContain('not_in_writing');
    expect(q.message).toBe('Because the request was not in writing, no refund is available.');
  });

  it('never withholds more than was paid', () => {
    const q = quoteRefund(retreat, { paid: usd('60') }, registrant('2026-03-10T09:00:00-07:00'));
    expect(q).toMatchObject({ refund: usd('0.00'), withheld: usd('60.00'), due: null });
  });
});

describe('the New England intensive: the same with the deadline September 15, 2026 (Boston)', () => {
  const at = (at: string) => quoteRefund(newEngland, { paid: usd('875') }, registrant(at)).refund.amount;

  it('refunds the fee less $100 through the end of September 15 Eastern time', () => {
    expect(at('2026-09-15T23:59:00-04:00')).toBe('775.00');
    expect(at('2026-09-16T03:59:59.999Z')).toBe('775.00');
    expect(at('2026-09-16T00:00:00-04:00')).toBe('0.00');
    expect(at('2026-09-15T21:30:00-07:00')).toBe('0.00');
    expect(at('2026-09-15T20:59:00-07:00')).toBe('775.00');
  });

  it('pays within 30 days of the acknowledgement, counted in Boston', () => {
    const q = quoteRefund(newEngland, { paid: usd('875') }, registrant('2026-09-14T12:00:00-04:00', { acknowledgedAt: '2026-09-16T02:00:00Z' }));
    // 22:00 on September 15 in Boston: 30 days later is October 15.
    expect(q.due).toEqual({ days: 30, after: 'acknowledgement', by: '2026-10-15' });
  });
});
