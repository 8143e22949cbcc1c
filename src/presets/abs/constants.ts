import { ABS_ORGANIZATION as ABS } from '../../_lib/organizations.js';

/**
 * The organization code for ABS membership, the one the presets'
 * eligibility rules and fee categories and the credentialing path
 * (`absCredentialingPath`) all use: one membership record
 * (`memberships: [{ organization: 'ABS' }]`) satisfies every one of them.
 *
 * @example
 * ```ts
 * import { ABS_ORGANIZATION, absDiversityDiscussions2026 } from 'balint-rules/presets/abs';
 * import { checkEligibility } from 'balint-rules/eligibility';
 *
 * const profile = { memberships: [{ organization: ABS_ORGANIZATION }], leadsGroup: true };
 * checkEligibility(absDiversityDiscussions2026().eligibility, profile, { at: '2026-03-12' }).verdict;
 * //=> 'eligible'
 * ```
 */
export const ABS_ORGANIZATION: 'ABS' = ABS;

/**
 * The credential code the presets use for an ABS Credentialed (Balint group)
 * Leader: a registrant's profile lists it under `credentials`.
 *
 * @example
 * ```ts
 * import { ABS_LEADER_CREDENTIAL } from 'balint-rules/presets/abs';
 *
 * ABS_LEADER_CREDENTIAL;
 * //=> 'abs_credentialed_balint_leader'
 * ```
 */
export const ABS_LEADER_CREDENTIAL = 'abs_credentialed_balint_leader';

/**
 * Where the presets' facts come from: the American Balint Society's pages
 * of upcoming events and programs, as published for 2026.
 *
 * @example
 * ```ts
 * import { ABS_PRESETS_SOURCE } from 'balint-rules/presets/abs';
 *
 * ABS_PRESETS_SOURCE.startsWith('American Balint Society');
 * //=> true
 * ```
 */
export const ABS_PRESETS_SOURCE = 'American Balint Society, pages of upcoming events and programs (2026)';
