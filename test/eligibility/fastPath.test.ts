import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastAsOf, fastProfile } from '../../src/eligibility/_fastProfile.js';
import { checkCondition, conditionHolds } from '../../src/eligibility/conditions.js';
import { EligibilityOptionsSchema, RegistrantProfileSchema } from '../../src/eligibility/index.js';
import { assertFastPath } from '../_helpers/bent.js';
import { eligibilityConditionArb, eligibilityDateArb, registrantProfileArb } from '../_arbitraries/eligibility.js';

describe('fast validation paths of eligibility', () => {
  describe('properties', () => {
    it('the fast profile check accepts only what the schema accepts, returns exactly what zod returns, and takes every valid profile', () => {
      assertFastPath(fastProfile, RegistrantProfileSchema, registrantProfileArb, { numRuns: 3000 });
    });

    it('the fast options check accepts only what the schema accepts, with the same date', () => {
      assertFastPath(fastAsOf, EligibilityOptionsSchema, eligibilityDateArb.map((asOf) => ({ asOf })), { expected: (data) => (data as { asOf: string }).asOf });
    });

    it('a condition holds without its finding exactly when it holds with it', () => {
      fc.assert(
        fc.property(eligibilityConditionArb, registrantProfileArb, eligibilityDateArb, (condition, profile, asOf) => {
          expect(conditionHolds(condition, profile, asOf)).toBe(checkCondition(condition, profile, asOf).holds);
        }),
        { numRuns: 2000 },
      );
    });
  });

  it('leaves anything unusual to zod: other prototypes, getters that throw, keys set to undefined', () => {
    class Profile {
      clinicallyActive = true;
    }
    const throwing = Object.defineProperty({}, 'professions', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(fastProfile(new Profile())).toBeUndefined();
    expect(fastProfile(throwing)).toBeUndefined();
    expect(fastProfile({ professions: undefined })).toBeUndefined();
    expect(fastProfile({ memberships: [{ organization: 'ABS', from: '2026-02-01', until: '2026-01-31' }] })).toBeUndefined();
    expect(fastProfile({ clinicallyActive: true, extra: 1 })).toStrictEqual({ clinicallyActive: true });
    const profile = { memberships: [{ organization: 'ABS' }] };
    expect(fastProfile(profile)?.memberships?.[0]).not.toBe(profile.memberships[0]);
  });
});
