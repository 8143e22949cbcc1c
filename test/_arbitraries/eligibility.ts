/**
 * fast-check arbitraries for eligibility: registrant profiles and rules,
 * valid values only. Dates, organizations and credentials come from small
 * pools so that rules and profiles actually meet.
 */
import fc from 'fast-check';
import { PROFESSIONS, type Profession, type ProfileCredential, type ProfileMembership, type RegistrantProfile } from '../../src/eligibility/profile.js';
import type { EligibilityCondition, EligibilityRule } from '../../src/eligibility/rule.js';
import { localDateArb } from './recurrence.js';

export const ORGANIZATIONS = ['ABS', 'IBF', 'AAFP'] as const;
export const CREDENTIALS = ['abs_credentialed_balint_leader', 'board_certified'] as const;
export const STUDY_FIELDS = ['medicine', 'nursing', 'social_work'] as const;
export const LANGUAGES = ['en', 'en-US', 'de', 'fr', 'es-MX'] as const;

/** A date in 2024-2027, where membership windows and `asOf` dates overlap often. */
export const eligibilityDateArb: fc.Arbitrary<string> = localDateArb('2024-01-01', '2027-12-31');

export const professionArb: fc.Arbitrary<Profession> = fc.constantFrom(...PROFESSIONS);
export const organizationArb: fc.Arbitrary<string> = fc.constantFrom(...ORGANIZATIONS);
export const credentialCodeArb: fc.Arbitrary<string> = fc.constantFrom(...CREDENTIALS);

/** Two dates in order (`[from, until]`). */
const orderedDatesArb: fc.Arbitrary<readonly [string, string]> = fc
  .tuple(eligibilityDateArb, eligibilityDateArb)
  .map(([a, b]) => (a <= b ? [a, b] : [b, a]));

export const membershipArb: fc.Arbitrary<ProfileMembership> = fc
  .record({ organization: organizationArb, window: orderedDatesArb, hasFrom: fc.boolean(), hasUntil: fc.boolean() })
  .map(({ organization, window, hasFrom, hasUntil }) => ({
    organization,
    ...(hasFrom ? { from: window[0] } : {}),
    ...(hasUntil ? { until: window[1] } : {}),
  }));

export const profileCredentialArb: fc.Arbitrary<ProfileCredential> = fc
  .record({ credential: credentialCodeArb, window: orderedDatesArb, hasExpiry: fc.boolean() })
  .map(({ credential, window, hasExpiry }) => ({ credential, issued: window[0], ...(hasExpiry ? { expires: window[1] } : {}) }));

/** Any valid profile; every field may be missing, as on a short form. */
export const registrantProfileArb: fc.Arbitrary<RegistrantProfile> = fc.record(
  {
    professions: fc.uniqueArray(professionArb, { maxLength: 3 }),
    clinicallyActive: fc.boolean(),
    memberships: fc.array(membershipArb, { maxLength: 3 }),
    credentials: fc.array(profileCredentialArb, { maxLength: 2 }),
    leadsGroup: fc.boolean(),
    languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
    study: fc.record({ field: fc.constantFrom(...STUDY_FIELDS) }),
  },
  { requiredKeys: [] },
);

const labelArb = fc.constantFrom('an ABS Credentialed Leader', 'a clinician', 'a Balint group leader');
const withLabel = <T extends EligibilityRule>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arb, fc.option(labelArb, { nil: undefined })).map(([rule, label]) => (label === undefined ? rule : { ...rule, label }));

/** One condition (no all/any/not). */
export const eligibilityConditionArb: fc.Arbitrary<EligibilityCondition> = withLabel(
  fc.oneof(
    fc.record({ type: fc.constant('profession' as const), in: fc.uniqueArray(professionArb, { minLength: 1, maxLength: 5 }) }),
    fc.constant({ type: 'clinicallyActive' as const }),
    fc.record({ type: fc.constant('member' as const), organization: organizationArb, on: eligibilityDateArb }, { requiredKeys: ['type', 'organization'] }),
    fc.record({ type: fc.constant('credential' as const), credential: credentialCodeArb, on: eligibilityDateArb }, { requiredKeys: ['type', 'credential'] }),
    fc.constant({ type: 'leadsGroup' as const }),
    fc.record({ type: fc.constant('student' as const), field: fc.constantFrom(...STUDY_FIELDS) }),
    fc.record({ type: fc.constant('language' as const), language: fc.constantFrom('en', 'de', 'fr', 'es') }),
  ),
);

/** Rules nested up to `depth` levels of all/any/not. `positive`: no `not` anywhere. */
export function eligibilityRuleArb(depth = 3, positive = false): fc.Arbitrary<EligibilityRule> {
  if (depth <= 0) return eligibilityConditionArb;
  const inner = eligibilityRuleArb(depth - 1, positive);
  const compound: fc.Arbitrary<EligibilityRule>[] = [
    withLabel(fc.record({ type: fc.constant('all' as const), rules: fc.array(inner, { maxLength: 3 }) })),
    withLabel(fc.record({ type: fc.constant('any' as const), rules: fc.array(inner, { maxLength: 3 }) })),
  ];
  if (!positive) compound.push(withLabel(fc.record({ type: fc.constant('not' as const), rule: inner })));
  return fc.oneof({ weight: 2, arbitrary: eligibilityConditionArb }, ...compound.map((arbitrary) => ({ weight: 1, arbitrary })));
}

/** Freezes a value and everything reachable from it, to prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
