import { registry, type Compiled } from '../_lib/compiled.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { RegistrantProfileSchema, type RegistrantProfile } from './profile.js';

/**
 * A registrant profile validated once by {@link parseRegistrantProfile}: the
 * profile as the schema returns it (an app's own keys kept), deep-frozen. It
 * is still plain JSON; the library knows it by identity, so
 * `checkEligibility` and `quoteFee` do not validate it again. A copy (say,
 * after `JSON.parse`) is an ordinary profile again, validated as usual.
 *
 * @example
 * ```ts
 * import { parseRegistrantProfile, type ParsedRegistrantProfile } from 'balint-rules/eligibility';
 *
 * const registrant: ParsedRegistrantProfile = parseRegistrantProfile({ clinicallyActive: true, name: 'Dr. Ada Rowe' });
 * ```
 */
export type ParsedRegistrantProfile = Compiled<RegistrantProfile, 'RegistrantProfile'>;

const parsedProfiles = registry<true, 'RegistrantProfile'>();

/**
 * Validates a registrant profile once, for deciding it under many rules or
 * fee schedules: returns the validated profile, deep-frozen, which
 * `checkEligibility` and `quoteFee` accept without validating it again.
 * Decisions are the same as with the profile itself. Keys the library does
 * not know (`name`, `email`) are kept; a near miss of a known key
 * (`clinicalyActive`) is refused with the key meant.
 *
 * @typeParam P - the profile as the app holds it (its own keys, such as `name` or `email`, are allowed)
 * @param profile - what the registrant told the form, see {@link RegistrantProfileSchema}
 * @returns the parsed profile: a frozen plain JSON value
 * @throws {ValidationError} when the profile is not valid
 *
 * @example
 * ```ts
 * import { checkEligibility, parseRegistrantProfile } from 'balint-rules/eligibility';
 *
 * const registrant = parseRegistrantProfile({ memberships: [{ organization: 'ABS' }], leadsGroup: true, email: 'ada@example.org' });
 * checkEligibility({ kind: 'member', organization: 'ABS' }, registrant, { at: '2026-03-12' });
 * //=> { verdict: 'eligible', reasons: [] }
 * checkEligibility({ kind: 'leads_group' }, registrant, { at: '2026-03-12' });
 * //=> { verdict: 'eligible', reasons: [] }
 * ```
 */
export function parseRegistrantProfile<P extends DeepReadonly<RegistrantProfile>>(profile: P): ParsedRegistrantProfile {
  const valid = validate(RegistrantProfileSchema, profile, 'registrant profile');
  return parsedProfiles.add(valid, () => true);
}

/** The validated profile: `profile` itself when parsed by {@link parseRegistrantProfile}, else validated now. Internal. */
export function profileOf(profile: unknown): RegistrantProfile {
  return parsedProfiles.get(profile) === undefined ? validate(RegistrantProfileSchema, profile, 'registrant profile') : (profile as RegistrantProfile);
}
