/**
 * Arbitraries for eligibility: registrant profiles and rules, valid values
 * only. Organizations, credentials, fields of study and languages come from
 * small pools (options) so that rules and profiles actually meet.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { PROFESSIONS, type Profession, type ProfileCredential, type ProfileMembership, type RegistrantProfile } from '../eligibility/profile.js';
import type { EligibilityCondition, EligibilityRule } from '../eligibility/rule.js';
import { dateWindowInOrder, dateWindowShape, NamePoolSchema, readOptions, wholeNumber } from './_options.js';
import { localDates } from './time.js';

/**
 * Pools the eligibility arbitraries draw from; each has a default.
 *
 * @example
 * ```ts
 * import type { EligibilityPools } from 'balint-rules/testing';
 *
 * const pools: EligibilityPools = { organizations: ['ABS'], credentials: ['abs_credentialed_balint_leader'], from: '2026-01-01', until: '2026-12-31' };
 * ```
 */
export type EligibilityPools = z.input<typeof EligibilityPoolsSchema>;

const poolsShape = {
  /** Organizations (default `['ABS', 'IBF', 'AAFP']`). */
  organizations: z.optional(NamePoolSchema),
  /** Credential codes (default `['abs_credentialed_balint_leader', 'board_certified']`). */
  credentials: z.optional(NamePoolSchema),
  /** Fields of study (default `['medicine', 'nursing', 'social_work']`). */
  studyFields: z.optional(NamePoolSchema),
  /** Membership, credential and `on` dates fall in this window (default 2024-01-01 to 2027-12-31). */
  ...dateWindowShape,
};

/** The pools' schema, shared with the fee schedules' arbitrary. */
export const EligibilityPoolsSchema = z.strictObject(poolsShape).check(dateWindowInOrder('2024-01-01', '2027-12-31'));

type Pools = z.output<typeof EligibilityPoolsSchema>;

/**
 * Options of {@link eligibilityRuleArbitrary}.
 *
 * @example
 * ```ts
 * import type { EligibilityRuleArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: EligibilityRuleArbitraryOptions = { organizations: ['ABS'], depth: 2, positive: true };
 * ```
 */
export type EligibilityRuleArbitraryOptions = z.input<typeof EligibilityRuleOptionsSchema>;

const EligibilityRuleOptionsSchema = z
  .strictObject({
    ...poolsShape,
    /** Levels of all/any/not nesting (default 3). */
    depth: z.optional(wholeNumber(0, 8)),
    /** No `not` anywhere (default false). */
    positive: z.optional(z.boolean()),
  })
  .check(dateWindowInOrder('2024-01-01', '2027-12-31'));

const ORGANIZATIONS = ['ABS', 'IBF', 'AAFP'] as const;
const CREDENTIALS = ['abs_credentialed_balint_leader', 'board_certified'] as const;
const STUDY_FIELDS = ['medicine', 'nursing', 'social_work'] as const;
const PROFILE_LANGUAGES = ['en', 'en-US', 'de', 'fr', 'es-MX'] as const;
const RULE_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

function pools(o: Pools) {
  return {
    organization: fc.constantFrom(...(o.organizations ?? ORGANIZATIONS)),
    credential: fc.constantFrom(...(o.credentials ?? CREDENTIALS)),
    field: fc.constantFrom(...(o.studyFields ?? STUDY_FIELDS)),
    date: localDates({ from: o.from ?? '2024-01-01', until: o.until ?? '2027-12-31' }),
  };
}

const readPools = (options: unknown, fn: string): Pools => readOptions(EligibilityPoolsSchema, options, fn);

/** Two dates of the pools' window, in order. */
function orderedDates(o: Pools): fc.Arbitrary<readonly [string, string]> {
  const date = pools(o).date;
  return fc.tuple(date, date).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));
}

/**
 * A membership of one of the pools' organizations, open or dated at either end.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { membershipArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(membershipArbitrary({ organizations: ['ABS'] }), 5).every((m) => m.organization === 'ABS');
 * //=> true
 * ```
 */
export function membershipArbitrary(options: EligibilityPools = {}): fc.Arbitrary<ProfileMembership> {
  return memberships(readPools(options, 'membershipArbitrary'));
}

function memberships(options: Pools): fc.Arbitrary<ProfileMembership> {
  return fc
    .record({ organization: pools(options).organization, window: orderedDates(options), hasFrom: fc.boolean(), hasUntil: fc.boolean() })
    .map(({ organization, window, hasFrom, hasUntil }) => ({ organization, ...(hasFrom ? { from: window[0] } : {}), ...(hasUntil ? { until: window[1] } : {}) }));
}

/**
 * A credential of one of the pools' codes, issued in the window, perhaps expiring.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { profileCredentialArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(profileCredentialArbitrary(), 10).every((c) => c.expires === undefined || c.issued <= c.expires);
 * //=> true
 * ```
 */
export function profileCredentialArbitrary(options: EligibilityPools = {}): fc.Arbitrary<ProfileCredential> {
  return profileCredentials(readPools(options, 'profileCredentialArbitrary'));
}

function profileCredentials(options: Pools): fc.Arbitrary<ProfileCredential> {
  return fc
    .record({ credential: pools(options).credential, window: orderedDates(options), hasExpiry: fc.boolean() })
    .map(({ credential, window, hasExpiry }) => ({ credential, issued: window[0], ...(hasExpiry ? { expires: window[1] } : {}) }));
}

/**
 * A valid registrant profile; every field may be missing, as on a short
 * form. Membership and credential windows fall in the pools' date window.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { registrantProfileArbitrary } from 'balint-rules/testing';
 * import { RegistrantProfileSchema } from 'balint-rules';
 *
 * fc.sample(registrantProfileArbitrary({ organizations: ['ABS'] }), 20).every((p) => RegistrantProfileSchema.safeParse(p).success);
 * //=> true
 * ```
 */
export function registrantProfileArbitrary(options: EligibilityPools = {}): fc.Arbitrary<RegistrantProfile> {
  const o = readPools(options, 'registrantProfileArbitrary');
  const p = pools(o);
  return fc.record(
    {
      professions: fc.uniqueArray(fc.constantFrom<Profession>(...PROFESSIONS), { maxLength: 3 }),
      clinicallyActive: fc.boolean(),
      memberships: fc.array(memberships(o), { maxLength: 3 }),
      credentials: fc.array(profileCredentials(o), { maxLength: 2 }),
      leadsGroup: fc.boolean(),
      languages: fc.uniqueArray(fc.constantFrom(...PROFILE_LANGUAGES), { maxLength: 3 }),
      study: fc.record({ field: p.field }),
    },
    { requiredKeys: [] },
  );
}

const labelArb = fc.constantFrom('an ABS Credentialed Leader', 'a clinician', 'a Balint group leader');
const withLabel = <T extends EligibilityRule>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arb, fc.option(labelArb, { nil: undefined })).map(([rule, label]) => (label === undefined ? rule : { ...rule, label }));

/**
 * One eligibility condition (no all/any/not), sometimes with a label.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { eligibilityConditionArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(eligibilityConditionArbitrary(), 20).every((c) => !['all', 'any', 'not'].includes(c.kind));
 * //=> true
 * ```
 */
export function eligibilityConditionArbitrary(options: EligibilityPools = {}): fc.Arbitrary<EligibilityCondition> {
  return conditions(readPools(options, 'eligibilityConditionArbitrary'));
}

function conditions(options: Pools): fc.Arbitrary<EligibilityCondition> {
  const p = pools(options);
  return withLabel(
    fc.oneof(
      fc.record({ kind: fc.constant('profession' as const), in: fc.uniqueArray(fc.constantFrom<Profession>(...PROFESSIONS), { minLength: 1, maxLength: 5 }) }),
      fc.constant({ kind: 'clinically_active' as const }),
      fc.record({ kind: fc.constant('member' as const), organization: p.organization, on: p.date }, { requiredKeys: ['kind', 'organization'] }),
      fc.record({ kind: fc.constant('credential' as const), credential: p.credential, on: p.date }, { requiredKeys: ['kind', 'credential'] }),
      fc.constant({ kind: 'leads_group' as const }),
      fc.record({ kind: fc.constant('student' as const), field: p.field }),
      fc.record({ kind: fc.constant('language' as const), language: fc.constantFrom(...RULE_LANGUAGES) }),
    ),
  );
}

/**
 * A valid eligibility rule nested up to `depth` levels of all/any/not
 * (`positive`: no `not` anywhere).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { eligibilityRuleArbitrary } from 'balint-rules/testing';
 * import { EligibilityRuleSchema } from 'balint-rules';
 *
 * fc.sample(eligibilityRuleArbitrary({ depth: 2 }), 20).every((r) => EligibilityRuleSchema.safeParse(r).success);
 * //=> true
 * ```
 */
export function eligibilityRuleArbitrary(options: EligibilityRuleArbitraryOptions = {}): fc.Arbitrary<EligibilityRule> {
  return eligibilityRules(readOptions(EligibilityRuleOptionsSchema, options, 'eligibilityRuleArbitrary'));
}

/** {@link eligibilityRuleArbitrary} for options already read. */
export function eligibilityRules(options: z.output<typeof EligibilityRuleOptionsSchema>): fc.Arbitrary<EligibilityRule> {
  const leaf = conditions(options);
  const build = (depth: number): fc.Arbitrary<EligibilityRule> => {
    if (depth <= 0) return leaf;
    const inner = build(depth - 1);
    const compound: fc.Arbitrary<EligibilityRule>[] = [
      withLabel(fc.record({ kind: fc.constant('all' as const), rules: fc.array(inner, { maxLength: 3 }) })),
      withLabel(fc.record({ kind: fc.constant('any' as const), rules: fc.array(inner, { maxLength: 3 }) })),
    ];
    if (options.positive !== true) compound.push(withLabel(fc.record({ kind: fc.constant('not' as const), rule: inner })));
    return fc.oneof({ weight: 2, arbitrary: leaf }, ...compound.map((arbitrary) => ({ weight: 1, arbitrary })));
  };
  return build(options.depth ?? 3);
}
