import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EligibilityRuleSchema, RegistrantProfileSchema, type EligibilityRule, type RegistrantProfile } from '../../src/eligibility/index.js';
import { eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';

describe('eligibility schemas', () => {
  it("accept a full registration profile and keep an app's own keys as given", () => {
    const profile = {
      id: 'r-17',
      professions: ['physician', 'educator'],
      clinicallyActive: true,
      memberships: [{ organization: 'ABS', from: '2025-01-01', until: '2026-12-31' }],
      credentials: [{ credential: 'abs_credentialed_balint_leader', issued: '2019-10-05' }],
      leadsGroup: true,
      languages: ['en-US'],
      study: { field: 'medicine' },
    };
    expect(RegistrantProfileSchema.parse(profile)).toStrictEqual(profile);
  });

  it('reject unknown professions, reversed windows and malformed codes', () => {
    expect(RegistrantProfileSchema.safeParse({ professions: ['surgeon'] }).success).toBe(false);
    expect(RegistrantProfileSchema.safeParse({ credentials: [{ credential: 'x', issued: '2026-01-02', expires: '2026-01-01' }] }).success).toBe(false);
    expect(RegistrantProfileSchema.safeParse({ languages: ['english language'] }).success).toBe(false);
    expect(EligibilityRuleSchema.safeParse({ kind: 'credential', credential: 'ABS Leader' }).success).toBe(false);
    expect(EligibilityRuleSchema.safeParse({ kind: 'profession', in: ['physician', 'physician'] }).success).toBe(false);
    expect(EligibilityRuleSchema.safeParse({ kind: 'not' }).success).toBe(false);
  });

  it('types reject misuse at compile time', () => {
    // @ts-expect-error 'surgeon' is not a profession code
    const rule: EligibilityRule = { kind: 'profession', in: ['surgeon'] };
    // @ts-expect-error clinicallyActive is a boolean, not a string
    const profile: RegistrantProfile = { clinicallyActive: 'yes' };
    expect(EligibilityRuleSchema.safeParse(rule).success).toBe(false);
    expect(RegistrantProfileSchema.safeParse(profile).success).toBe(false);
  });

  describe('properties', () => {
    it('every generated rule and profile is valid and parses to itself', () => {
      fc.assert(
        fc.property(eligibilityRuleArb(3), registrantProfileArb, (rule, profile) => {
          expect(EligibilityRuleSchema.parse(rule)).toEqual(rule);
          expect(RegistrantProfileSchema.parse(profile)).toEqual(profile);
        }),
        { numRuns: 200 },
      );
    });
  });
});
