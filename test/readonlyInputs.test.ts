/**
 * Public functions take their inputs read-only: rules and policies written
 * `as const` (or frozen) type-check and work. This file is also a type test:
 * `npm test` type-checks it, so a signature that demands mutable arrays fails.
 */
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  checkSubmission,
  creditsFor,
  decideViability,
  describeEligibilityRule,
  holidaysBetween,
  occurrences,
  planSessions,
  quoteFee,
  quoteRefund,
  replayRegistrations,
  US_FEDERAL_HOLIDAYS,
} from '../src/_all.js';

const rule = { kind: 'all', rules: [{ kind: 'clinically_active' }, { kind: 'profession', in: ['physician', 'psychologist'] }] } as const;
const profile = { professions: ['physician'], clinicallyActive: true, memberships: [{ organization: 'ABS', until: '2026-12-31' }] } as const;

describe('read-only inputs', () => {
  it('are accepted by every area', () => {
    expect(occurrences({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3] } as const, { from: '2026-01-01', count: 1 })).toEqual(['2026-01-22']);
    expect(planSessions({ recurrence: { kind: 'weekly', weekdays: ['tuesday'] }, from: '2026-01-01', count: 1, startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 } as const)).toHaveLength(1);
    expect(checkEligibility(rule, profile, { at: '2026-01-10' }).verdict).toBe('eligible');
    expect(describeEligibilityRule(rule)).toContain('clinically active');
    const fees = {
      currency: 'USD',
      timeZone: 'America/New_York',
      periods: [{ id: 'regular', label: 'Regular' }],
      categories: [{ id: 'everyone', label: 'Everyone', prices: { regular: '250.00' } }],
    } as const;
    expect(quoteFee(fees, profile, { at: '2026-01-10T12:00:00Z' }).price).toEqual({ amount: '250.00', currency: 'USD' });
    const refunds = { timeZone: 'America/New_York', rules: [{ when: { cancelledBy: 'organizer' }, outcome: { kind: 'refund', percent: '100' } }], otherwise: { kind: 'none' } } as const;
    expect(quoteRefund(refunds, { paid: { amount: '250.00', currency: 'USD' } } as const, { by: 'organizer', at: '2026-01-10T12:00:00Z' } as const).refund.amount).toBe('250.00');
    const capacity = { maxSeats: 1, waitlist: true } as const;
    const events = [
      { kind: 'register', registrantId: 'a', at: '2026-01-01T00:00:00Z' },
      { kind: 'register', registrantId: 'b', at: '2026-01-02T00:00:00Z' },
    ] as const;
    expect(replayRegistrations(capacity, events).waitlist).toEqual(['b']);
    expect(decideViability({ minRegistrants: 1 } as const, 1, { at: '2026-01-03' }).verdict).toBe('go');
    const accreditation = { title: 'Group', systems: [{ kind: 'apa_ce' }] } as const;
    const sessions = [{ index: 1, date: '2026-01-10', durationMinutes: 60 }] as const;
    expect(creditsFor(accreditation, sessions, [{ session: 1, kind: 'full' }] as const).systems.apa_ce?.credits).toBe('1.00');
    expect(checkSubmission({ name: 'Essay', languages: ['en'], deadline: { kind: 'date', date: '2026-01-31' }, timeZone: 'UTC' } as const, { language: 'en', wordCount: 1, at: '2026-01-01T00:00:00Z' } as const).verdict).toBe('accepted');
    expect(holidaysBetween(Object.freeze(US_FEDERAL_HOLIDAYS), '2026-11-26', '2026-11-26')).toHaveLength(1);
  });
});
