import type { DeepReadonly } from '../_lib/types.js';
import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { LocalDateSchema } from '../common/schemas.js';
import { ruleOf } from './_compiled.js';
import { refuseNearMissCodes } from './codes.js';
import { decideEligibility } from './evaluate.js';
import { profileOf } from './parseRegistrantProfile.js';
import type { RegistrantProfile } from './profile.js';
import type { EligibilityResult } from './reasons.js';
import type { EligibilityRule } from './rule.js';

/**
 * Options of {@link checkEligibility}: `at`, the local date (`YYYY-MM-DD`)
 * on which memberships and credentials must be valid.
 *
 * @example
 * ```ts
 * import { EligibilityOptionsSchema } from 'balint-rules/eligibility';
 *
 * EligibilityOptionsSchema.parse({ at: '2026-03-12' });
 * //=> { at: '2026-03-12' }
 * ```
 */
export const EligibilityOptionsSchema = z.strictObject({ at: LocalDateSchema });

/**
 * Options of {@link checkEligibility}, see {@link EligibilityOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { EligibilityOptions } from 'balint-rules/eligibility';
 *
 * const options: EligibilityOptions = { at: '2026-03-12' };
 * ```
 */
export type EligibilityOptions = z.output<typeof EligibilityOptionsSchema>;

/**
 * Checks whether a registrant may register under a rule, and says why not.
 *
 * Memberships and credentials count when they are valid on `at` (or on the
 * rule's own `on` date), both ends of their validity inclusive: a membership
 * `until: '2026-03-12'` still counts on March 12 and no longer on March 13; a
 * credential counts from its `issued` date through its `expires` date. A
 * condition the profile does not answer (no `clinicallyActive`, no
 * `professions`) is not met.
 *
 * `reasons` lists every unmet condition, not just the first, each with the
 * JSON path of its condition in the rule (`['rules', 1, 'rule']`). An `any`
 * none of whose alternatives holds gives one `none_of_any` reason with the
 * alternatives' reasons nested in it; a `not` whose inner rule holds gives the
 * reasons it holds (`credential_held`, ...). `reasons` is empty exactly when
 * `verdict` is `eligible`.
 *
 * A membership organization or credential code in the profile that the
 * rule does not mention but is a near miss of one it does (`AB S` for `ABS`)
 * is refused as invalid input with the code meant; one the rule simply does
 * not mention is an ordinary "not eligible".
 *
 * A rule compiled once with {@link compileEligibilityRule}, or a profile
 * parsed once with {@link parseRegistrantProfile}, is not validated again;
 * the decision is the same.
 *
 * @typeParam P - the profile as the app holds it (its own keys, such as `name` or `email`, are allowed)
 * @param rule - who may register, see {@link EligibilityRuleSchema}, or a compiled rule
 * @param profile - what the registrant told the form, see {@link RegistrantProfileSchema}, or a parsed profile
 * @param options - `{ at: 'YYYY-MM-DD' }`
 * @returns `{ verdict, reasons }`: `verdict` is `eligible` or `not_eligible`
 * @throws {ValidationError} when the rule, profile or options are not valid, or the profile has a near miss of a code the rule mentions
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'balint-rules/eligibility';
 *
 * // "Who: Any ABS Member leading a Balint Group"
 * const rule = { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] } as const;
 * checkEligibility(rule, { memberships: [{ organization: 'ABS', until: '2025-12-31' }], leadsGroup: true }, { at: '2026-03-12' });
 * //=> { verdict: 'not_eligible', reasons: [{ code: 'membership_expired', path: ['rules', 0], organization: 'ABS', on: '2026-03-12',
 * //     endedOn: '2025-12-31', message: 'You must be a member of ABS; your membership of ABS ended on 2025-12-31, before 2026-03-12.' }] }
 * ```
 */
export function checkEligibility<P extends DeepReadonly<RegistrantProfile>>(rule: DeepReadonly<EligibilityRule>, profile: P, options: EligibilityOptions): EligibilityResult {
  const r = ruleOf(rule);
  const p = profileOf(profile);
  const { at } = validate(EligibilityOptionsSchema, options, 'eligibility options');
  refuseNearMissCodes(p, r.mentioned, 'this rule');
  return decideEligibility(r.rule, p, at);
}
