import { describe, expect, it } from 'vitest';
import { replayRegistrations } from '../../src/capacity/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { CAPACITY_LAWS, checkCapacityPolicy, type RegistrationReplayer } from '../../src/testing/index.js';
import { onlineGroups, retreat } from '../refunds/_seeds.js';

const broken = (check: ReturnType<typeof checkCapacityPolicy>) => check.laws.filter((l) => !l.holds).map((l) => l.law);

describe('checkCapacityPolicy', () => {
  it('"we are limiting attendance to 12 participants": twelve seats and a waitlist obey every law', () => {
    const check = checkCapacityPolicy({ maxSeats: 12, waitlist: true });
    expect(check.laws.map((l) => l.law)).toEqual([...CAPACITY_LAWS]);
    expect([check.ok, check.findings]).toEqual([true, []]);
  });

  it('"those registered will receive their money back": a minimum with the online groups’ refund policy obeys every law', () => {
    const check = checkCapacityPolicy({ minRegistrants: 6, decisionDate: { date: '2026-01-03', timeZone: 'America/New_York' } }, { refundPolicy: onlineGroups });
    expect([check.ok, check.findings]).toEqual([true, []]);
  });

  it('cancelled_group_refunds_everyone: catches a refund policy that gives nothing back when the group is cancelled', () => {
    const check = checkCapacityPolicy({ maxSeats: 12, minRegistrants: 6 }, { refundPolicy: retreat });
    expect(broken(check)).toEqual(['cancelled_group_refunds_everyone']);
    expect(check.laws.find((l) => !l.holds)?.counterexample?.description).toMatch(/the check requires a full refund when the organizer cancels for insufficient registrants, but the registrant gets \$0\.00 of/i);
  });

  it('catches replay functions that overbook, overfill the waitlist, or jump the queue', () => {
    const overbook: RegistrationReplayer = (policy, events) => {
      const r = replayRegistrations(policy, events);
      return { confirmed: [...r.confirmed, ...r.waitlist], waitlist: [] };
    };
    const unlimited: RegistrationReplayer = (policy, events) => {
      const r = replayRegistrations({ ...policy, maxWaitlist: undefined }, events);
      return r;
    };
    const lastComeFirst: RegistrationReplayer = (policy, events) => {
      const r = replayRegistrations(policy, events);
      return { confirmed: r.confirmed, waitlist: [...r.waitlist].reverse() };
    };
    expect(broken(checkCapacityPolicy({ maxSeats: 3, waitlist: true }, { replayRegistrations: overbook }))).toEqual(['confirmed_never_exceeds_seats', 'first_come_first_served']);
    expect(broken(checkCapacityPolicy({ maxSeats: 3, waitlist: true, maxWaitlist: 1 }, { replayRegistrations: unlimited }))).toContain('waitlist_never_exceeds_its_limit');
    const jumped = checkCapacityPolicy({ maxSeats: 2, waitlist: true }, { replayRegistrations: lastComeFirst });
    expect(broken(jumped)).toEqual(['first_come_first_served']);
    expect(jumped.laws[2]?.counterexample?.description).toMatch(/^After .*, a single first-come-first-served queue confirms .* waiting, but the roster confirms .* waiting\.$/);
  });

  it('finds settings that do nothing or leave a decision open', () => {
    expect(checkCapacityPolicy({ waitlist: true }).findings.map((f) => f.code)).toEqual(['waitlist_without_seat_limit']);
    expect(checkCapacityPolicy({ minRegistrants: 4 }).findings.map((f) => f.code)).toEqual(['minimum_without_decision_date', 'refund_policy_not_checked']);
    expect(checkCapacityPolicy({ decisionDate: { date: '2026-01-03', timeZone: 'UTC' } }).findings.map((f) => f.code)).toEqual(['decision_date_without_minimum']);
  });

  it('holds for the library\'s replay with a registration window (the Spokane deadline), waitlist offers and transfers', () => {
    const spokane = { maxSeats: 3, registrationWindow: { closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } }, waitlistOffers: { claimHours: 48 }, transfers: { allowed: true } };
    const check = checkCapacityPolicy(spokane, { numRuns: 50 });
    expect([check.ok, check.findings]).toEqual([true, []]);
  });

  it('counts seats held for an offer: a replay that offers beyond the seats is caught', () => {
    const offersTooMany: RegistrationReplayer = (policy, events) => {
      const r = replayRegistrations(policy, events);
      return { ...r, offers: [...r.offers, ...r.waitlist.map((id) => ({ registrantId: `${id}-again`, replaces: id, offeredAt: '2026-01-01T00:00:00Z', expiresAt: '2026-01-02T00:00:00Z' }))] };
    };
    expect(broken(checkCapacityPolicy({ maxSeats: 2, waitlistOffers: { claimHours: 24 } }, { replayRegistrations: offersTooMany }))).toContain('confirmed_never_exceeds_seats');
  });

  it('finds offers without a waitlist, and registration open after the decision date', () => {
    expect(checkCapacityPolicy({ maxSeats: 2, waitlist: false, waitlistOffers: { claimHours: 24 } }).findings.map((f) => f.code)).toEqual(['offers_without_waitlist']);
    const late = { minRegistrants: 2, decisionDate: { date: '2026-01-02', timeZone: 'America/New_York' }, registrationWindow: { closes: { date: '2026-01-05', timeZone: 'America/New_York' } } };
    expect(checkCapacityPolicy(late).findings.map((f) => f.code)).toEqual(['registration_open_after_decision_date', 'refund_policy_not_checked']);
    expect(checkCapacityPolicy({ ...late, registrationWindow: { closes: { date: '2026-01-02', timeZone: 'America/New_York' } } }).findings.map((f) => f.code)).toEqual(['refund_policy_not_checked']);
  });

  it('rejects an invalid policy or options', () => {
    expect(() => checkCapacityPolicy({ maxSeats: 2, minRegistrants: 3 })).toThrow(ValidationError);
    expect(() => checkCapacityPolicy({}, { refundPolicy: 3 as never })).toThrow(ValidationError);
  });
});
