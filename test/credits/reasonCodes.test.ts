/**
 * CREDIT_REASON_CODES is exactly the set of codes a credit result carries:
 * every code a system's or a requirement's reasons hold is listed, and every
 * listed code occurs (one activity shows them all).
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  creditsFor,
  CREDIT_REASON_CODES,
  type CreditReason,
  type CreditReasonCode,
  type CreditsResult,
  type RequirementReason,
} from '../../src/credits/index.js';
import { creditCaseArb } from '../_arbitraries/credits.js';

const codes = (r: CreditsResult): CreditReasonCode[] => [
  ...Object.values(r.systems).flatMap((s) => s.reasons.map((x) => x.code)),
  ...r.requirements.flatMap((q) => q.reasons.map((x) => x.code)),
];

describe('credit reason codes', () => {
  it('the list and the codes of CreditReason and RequirementReason are the same set', () => {
    expectTypeOf<CreditReason['code'] | RequirementReason['code']>().toEqualTypeOf<CreditReasonCode>();
    expect(new Set(CREDIT_REASON_CODES).size).toBe(CREDIT_REASON_CODES.length);
  });

  it('every code a credit result carries is one of CREDIT_REASON_CODES', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        for (const code of codes(creditsFor(accreditation, sessions, attendance))) expect(CREDIT_REASON_CODES).toContain(code);
      }),
      { numRuns: 200 },
    );
  });

  it('every listed code occurs: a capped first session, a late second one, an absent third, under AAFP, APA and two requirements', () => {
    const result = creditsFor(
      {
        title: 'Balint Group',
        systems: [
          { kind: 'aafp_prescribed', designatedMaximum: '0.75', minimumSessions: { sessions: 1, attendance: 'any' } },
          { kind: 'apa_ce', minimumSessions: { sessions: 3 } },
        ],
        requirements: [
          { kind: 'minimum_sessions', id: 'certificate', name: 'Certificate of attendance', sessions: 1, attendance: 'any' },
          { kind: 'every_session', id: 'every_session', name: 'Every session in its entirety' },
        ],
      },
      [
        { index: 1, date: '2026-03-05', durationMinutes: 60, creditCap: '0.50' },
        { index: 2, date: '2026-03-12', durationMinutes: 60 },
        { index: 3, date: '2026-03-19', durationMinutes: 60 },
      ],
      [{ session: 1, kind: 'full' }, { session: 2, kind: 'partial', minutesPresent: 40 }, { session: 3, kind: 'absent' }],
    );
    expect(new Set(codes(result))).toEqual(new Set(CREDIT_REASON_CODES));
  });
});
