/**
 * ELIGIBILITY_REASON_CODES is exactly the set of codes a decision can carry
 * (every code a result carries is listed, checked by the properties of
 * checkEligibility; here: every listed code occurs), and a decision's
 * verdict is `eligible` or `not_eligible`.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  checkEligibility,
  ELIGIBILITY_REASON_CODES,
  type EligibilityReason,
  type EligibilityReasonCode,
  type EligibilityResult,
  type EligibilityRule,
  type RegistrantProfile,
} from '../../src/eligibility/index.js';

const at = '2026-03-12';
const conditions: EligibilityRule[] = [
  { kind: 'profession', in: ['physician'] },
  { kind: 'clinically_active' },
  { kind: 'member', organization: 'ABS' },
  { kind: 'credential', credential: 'abs_credentialed_balint_leader' },
  { kind: 'leads_group' },
  { kind: 'student', field: 'medicine' },
  { kind: 'language', language: 'en' },
];
const everything: RegistrantProfile = {
  professions: ['physician', 'medical_student'],
  clinicallyActive: true,
  memberships: [{ organization: 'ABS' }],
  credentials: [{ credential: 'abs_credentialed_balint_leader', issued: '2020-01-01' }],
  leadsGroup: true,
  languages: ['en-US'],
};
const member = { kind: 'member', organization: 'ABS' } as const;
const leader = { kind: 'credential', credential: 'abs_credentialed_balint_leader' } as const;

/** Every code of the reasons, nested ones included. */
function codesOf(reasons: readonly EligibilityReason[]): EligibilityReasonCode[] {
  return reasons.flatMap((r) => [r.code, ...(r.code === 'none_of_any' || r.code === 'all_held' ? codesOf(r.reasons) : [])]);
}

describe('ELIGIBILITY_REASON_CODES', () => {
  it('is the union EligibilityReasonCode', () => {
    expectTypeOf<(typeof ELIGIBILITY_REASON_CODES)[number]>().toEqualTypeOf<EligibilityReasonCode>();
    expectTypeOf<EligibilityResult['verdict']>().toEqualTypeOf<'eligible' | 'not_eligible'>();
    expect(new Set(ELIGIBILITY_REASON_CODES).size).toBe(ELIGIBILITY_REASON_CODES.length);
  });

  it('has no code that can never occur', () => {
    const decisions: [EligibilityRule, RegistrantProfile][] = [
      // Every condition unmet by a profile that says nothing.
      [{ kind: 'all', rules: conditions }, {}],
      // Every condition met, and excluded by a `not`.
      ...conditions.map((rule): [EligibilityRule, RegistrantProfile] => [{ kind: 'not', rule }, everything]),
      [member, { memberships: [{ organization: 'ABS', until: '2025-12-31' }] }],
      [member, { memberships: [{ organization: 'ABS', from: '2026-04-01' }] }],
      [leader, { credentials: [{ credential: 'abs_credentialed_balint_leader', issued: '2020-01-01', expires: '2025-12-31' }] }],
      [leader, { credentials: [{ credential: 'abs_credentialed_balint_leader', issued: '2026-04-01' }] }],
      [{ kind: 'any', rules: [{ kind: 'leads_group' }, { kind: 'clinically_active' }] }, {}],
      [{ kind: 'not', rule: { kind: 'all', rules: [{ kind: 'leads_group' }, { kind: 'clinically_active' }] } }, everything],
    ];
    const seen = new Set<EligibilityReasonCode>();
    for (const [rule, profile] of decisions) {
      const result = checkEligibility(rule, profile, { at });
      expect(result.verdict).toBe('not_eligible');
      for (const code of codesOf(result.reasons)) seen.add(code);
    }
    expect([...seen].sort()).toEqual([...ELIGIBILITY_REASON_CODES].sort());
  });

  it('an eligible registrant has the verdict eligible and no reasons', () => {
    expect(checkEligibility({ kind: 'all', rules: conditions }, everything, { at })).toStrictEqual({ verdict: 'eligible', reasons: [] });
  });
});
