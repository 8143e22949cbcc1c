/** fast-check arbitraries for eligibility: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import { PROFESSIONS, type Profession, type ProfileCredential, type ProfileMembership, type RegistrantProfile } from '../../src/eligibility/profile.js';
import type { EligibilityCondition, EligibilityRule } from '../../src/eligibility/rule.js';
import {
  eligibilityConditionArbitrary,
  eligibilityRuleArbitrary,
  membershipArbitrary,
  profileCredentialArbitrary,
  registrantProfileArbitrary,
} from '../../src/testing/eligibility.js';
import { localDateArb } from './recurrence.js';

export { deepFreeze } from '../_helpers/deepFreeze.js';

export const ORGANIZATIONS = ['ABS', 'IBF', 'AAFP'] as const;
export const CREDENTIALS = ['abs_credentialed_balint_leader', 'board_certified'] as const;
export const STUDY_FIELDS = ['medicine', 'nursing', 'social_work'] as const;
export const LANGUAGES = ['en', 'en-US', 'de', 'fr', 'es-MX'] as const;

/** A date in 2024-2027, where membership windows and `asOf` dates overlap often. */
export const eligibilityDateArb: fc.Arbitrary<string> = localDateArb('2024-01-01', '2027-12-31');

export const professionArb: fc.Arbitrary<Profession> = fc.constantFrom(...PROFESSIONS);
export const organizationArb: fc.Arbitrary<string> = fc.constantFrom(...ORGANIZATIONS);
export const credentialCodeArb: fc.Arbitrary<string> = fc.constantFrom(...CREDENTIALS);

export const membershipArb: fc.Arbitrary<ProfileMembership> = membershipArbitrary();
export const profileCredentialArb: fc.Arbitrary<ProfileCredential> = profileCredentialArbitrary();

/** Any valid profile; every field may be missing, as on a short form. */
export const registrantProfileArb: fc.Arbitrary<RegistrantProfile> = registrantProfileArbitrary();

/** One condition (no all/any/not). */
export const eligibilityConditionArb: fc.Arbitrary<EligibilityCondition> = eligibilityConditionArbitrary();

/** Rules nested up to `depth` levels of all/any/not. `positive`: no `not` anywhere. */
export function eligibilityRuleArb(depth = 3, positive = false): fc.Arbitrary<EligibilityRule> {
  return eligibilityRuleArbitrary({ depth, positive });
}
