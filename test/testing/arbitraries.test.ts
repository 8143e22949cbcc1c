/** The kit's arbitraries produce only valid values, and respect their options. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/_all.js';
import * as kit from '../../src/testing/index.js';

const valid = <T>(arb: fc.Arbitrary<T>, check: (value: T) => void, numRuns = 100): void => fc.assert(fc.property(arb, (v) => {
    check(v);
  }), { numRuns });
const parses = (schema: { safeParse: (v: unknown) => { success: boolean } }) => (v: unknown) => expect(schema.safeParse(v).success, JSON.stringify(v)).toBe(true);

describe('arbitraries', () => {
  describe('properties', () => {
    it('basic values are valid and stay within their options', () => {
      valid(kit.localDateArbitrary({ from: '2026-01-01', until: '2026-01-31' }), (d) => expect(d >= '2026-01-01' && d <= '2026-01-31' && lib.LocalDateSchema.safeParse(d).success).toBe(true));
      valid(kit.instantArbitrary({ from: '2026-01-01T00:00:00Z', until: '2026-01-02T00:00:00Z' }), (t) => {
        expect(lib.InstantSchema.safeParse(t).success).toBe(true);
        const ms = Date.parse(t);
        expect(ms >= Date.parse('2026-01-01T00:00:00Z') && ms <= Date.parse('2026-01-02T00:00:00Z')).toBe(true);
      });
      valid(kit.wallTimeArbitrary({ nearDstChanges: true }), parses(lib.WallTimeSchema));
      valid(kit.timeZoneArbitrary(), parses(lib.TimeZoneSchema));
      valid(kit.moneyArbitrary({ currency: 'BHD' }), (m) => {
        parses(lib.MoneySchema)(m);
        expect(m.amount).toMatch(/^\d+\.\d{3}$/);
      });
      valid(kit.percentArbitrary(), parses(lib.PercentSchema));
    });

    it('recurrence rules and series are valid, and series stay in their window and zones', () => {
      valid(kit.recurrenceRuleArbitrary(), (r) => expect(lib.normalizeRecurrence(r)).toEqual(r));
      valid(
        kit.seriesArbitrary({ timeZones: ['Europe/London', 'Australia/Sydney'], from: '2026-01-01', until: '2026-06-30' }),
        (s) => {
          expect(['Europe/London', 'Australia/Sydney']).toContain(s.timeZone);
          for (const session of lib.planSessions(s)) expect(session.date >= '2026-01-01' && session.date <= '2026-06-30').toBe(true);
        },
        60,
      );
    });

    it('profiles, rules, capacity policies and logs are valid', () => {
      valid(kit.registrantProfileArbitrary(), parses(lib.RegistrantProfileSchema));
      valid(kit.eligibilityRuleArbitrary({ organizations: ['ABS'] }), parses(lib.EligibilityRuleSchema));
      valid(kit.capacityPolicyArbitrary({ maxSeats: 12 }), parses(lib.CapacityPolicySchema));
      valid(kit.registrationEventsArbitrary(), parses(lib.RegistrationEventsSchema));
    });

    it('capacity policies with windows, offers and transfers, and logs with every kind of event, are valid', () => {
      valid(kit.capacityPolicyArbitrary({ registrationWindows: true, waitlistOffers: true, transfers: true }), parses(lib.CapacityPolicySchema));
      valid(kit.registrationEventsArbitrary({ eventKinds: ['register', 'cancel', 'accept', 'decline', 'transfer'] }), parses(lib.RegistrationEventsSchema));
      const policies = fc.sample(kit.capacityPolicyArbitrary({ registrationWindows: true, waitlistOffers: true, transfers: true }), 200);
      expect(policies.some((p) => p.registrationWindow !== undefined) && policies.some((p) => p.waitlistOffers !== undefined) && policies.some((p) => p.transfers?.fee !== undefined)).toBe(true);
      const kinds = new Set(fc.sample(kit.registrationEventsArbitrary({ eventKinds: ['accept', 'transfer'] }), 50).flat().map((e) => e.kind));
      expect([...kinds].sort()).toEqual(['accept', 'transfer']);
      expect(fc.sample(kit.capacityPolicyArbitrary(), 100).every((p) => p.registrationWindow === undefined && p.waitlistOffers === undefined && p.transfers === undefined)).toBe(true);
    });

    it('fee schedules, refund policies, registrations and cancellations are valid and in the currency asked for', () => {
      valid(kit.feeScheduleArbitrary({ currency: 'JPY' }), (s) => {
        parses(lib.FeeScheduleSchema)(s);
        expect(s.currency).toBe('JPY');
      });
      valid(kit.refundPolicyArbitrary({ currency: 'GBP' }), (p) => {
        parses(lib.RefundPolicySchema)(p);
        for (const o of [...p.rules.map((r) => r.outcome), p.otherwise]) if ((o.kind === 'refund' || o.kind === 'credit') && o.withhold) expect(o.withhold.currency).toBe('GBP');
      });
      valid(kit.refundRegistrationArbitrary({ currency: 'GBP' }), parses(lib.RefundRegistrationSchema));
      valid(kit.cancellationArbitrary(), parses(lib.CancellationSchema));
    });

    it('a refund policy, registration and cancellation together always get a quote', () => {
      valid(
        fc.record({ p: kit.refundPolicyArbitrary({ currency: 'USD' }), r: kit.refundRegistrationArbitrary({ currency: 'USD' }), c: kit.cancellationArbitrary() }),
        ({ p, r, c }) => expect(typeof lib.quoteRefund(p, r, c).message).toBe('string'),
      );
    });

    it('accreditations, sessions, attendance and credentialing values are valid', () => {
      valid(kit.accreditationArbitrary({ sessionCount: 4 }), parses(lib.AccreditationSchema));
      valid(
        kit.creditSessionsArbitrary({ minLength: 4, maxLength: 4 }).chain((s) => fc.tuple(fc.constant(s), kit.attendanceArbitrary(s))),
        ([sessions, attendance]) => {
          parses(lib.CreditSessionsSchema)(sessions);
          parses(lib.AttendanceSchema)(attendance);
          expect(sessions).toHaveLength(4);
        },
      );
      valid(kit.maintenanceRequirementArbitrary(), parses(lib.MaintenanceRequirementSchema));
    });
  });
});
