import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fastProfile } from '../../src/eligibility/_fastProfile.js';
import { RegistrantProfileSchema } from '../../src/eligibility/index.js';
import { registrantProfileArb } from '../_arbitraries/eligibility.js';

/** The fast profile check reads own keys only; these pin what that leaves to zod. */
describe('the fast profile check reads own keys only', () => {
  const polluted = ['clinicallyActive', 'from', 'expires'] as const;
  afterEach(() => {
    for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('law: a profile whose keys are not enumerable gives what zod gives, or is left to zod', () => {
    fc.assert(
      fc.property(registrantProfileArb, (profile) => {
        const hidden = {};
        for (const [key, value] of Object.entries(profile as Record<string, unknown>)) Object.defineProperty(hidden, key, { value, enumerable: false });
        const fast = fastProfile(hidden);
        const zod = RegistrantProfileSchema.safeParse(hidden);
        if (fast !== undefined) expect(zod.success && fast).toStrictEqual(zod.success && zod.data);
      }),
      { numRuns: 500 },
    );
  });

  it('law: a key inherited from Object.prototype leaves the profile, a membership or a credential to zod', () => {
    for (const key of polluted) {
      Object.defineProperty(Object.prototype, key, { value: key === 'clinicallyActive' ? true : '2026-01-01', configurable: true, writable: true, enumerable: false });
      expect(fastProfile({ memberships: [{ organization: 'ABS' }], credentials: [{ credential: 'abs_leader', issued: '2025-01-01' }] })).toBeUndefined();
      delete (Object.prototype as Record<string, unknown>)[key];
    }
    expect(fastProfile({ memberships: [{ organization: 'ABS' }], credentials: [{ credential: 'abs_leader', issued: '2025-01-01' }] })).toStrictEqual({
      memberships: [{ organization: 'ABS' }],
      credentials: [{ credential: 'abs_leader', issued: '2025-01-01' }],
    });
  });

  it('a profile without a prototype is read like a plain one', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { clinicallyActive: false, languages: ['en'] });
    expect(fastProfile(bare)).toStrictEqual(RegistrantProfileSchema.parse(bare));
  });
});
