import type { Profession } from './profile.js';

/**
 * Where a reason comes from in the rule: the JSON path into the rule object,
 * e.g. `['rules', 1, 'rule']` for the `rule` of a `not` that is the second
 * entry of the root `all`. The root rule is `[]`. Render it with `formatPath`
 * from the errors module (`rules[1].rule`).
 *
 * @example
 * ```ts
 * import type { RulePath } from 'balint-rules/eligibility';
 *
 * const path: RulePath = ['rules', 1, 'rule'];
 * ```
 */
export type RulePath = readonly (string | number)[];

/**
 * Fields every reason has.
 *
 * @example
 * ```ts
 * import type { ReasonBase } from 'balint-rules/eligibility';
 *
 * const base: ReasonBase = { path: ['rules', 0], message: 'You must be clinically active; your profile says you are not.' };
 * ```
 */
export interface ReasonBase {
  /** Where in the rule the condition is, see {@link RulePath}. */
  readonly path: RulePath;
  /** A sentence a registrant can read. */
  readonly message: string;
  /** The rule label the message used, when the rule (or the `not` around it) has one. */
  readonly label?: string;
}

/**
 * Why someone is not eligible: one reason per unmet condition, with a
 * snake_case `code`, structured fields and an English `message`.
 *
 * Codes for a condition that must hold and does not: `profession_not_allowed`,
 * `not_clinically_active`, `membership_missing`, `membership_expired`,
 * `membership_not_yet_valid`, `credential_missing`, `credential_expired`,
 * `credential_not_yet_valid`, `not_leading_group`, `not_student`,
 * `language_missing`, and `none_of_any` (an `any` none of whose alternatives
 * holds: their reasons are nested in `reasons`).
 *
 * Codes for a condition excluded by a `not` that holds: `profession_held`,
 * `clinically_active_held`, `membership_held`, `credential_held`,
 * `leads_group_held`, `student_held`, `language_held`, and `all_held` (an
 * excluded `all` every part of which holds: nested in `reasons`).
 *
 * `stated: false` means the profile does not answer the question at all.
 *
 * @example
 * ```ts
 * import type { EligibilityReason } from 'balint-rules/eligibility';
 *
 * const reason: EligibilityReason = {
 *   code: 'not_clinically_active',
 *   path: ['rules', 0],
 *   message: 'You must be clinically active; your profile says you are not.',
 *   stated: true,
 * };
 * ```
 */
export type EligibilityReason = ReasonBase &
  (
    | { readonly code: 'profession_not_allowed'; readonly allowed: readonly Profession[]; readonly professions: readonly Profession[]; readonly stated: boolean }
    | { readonly code: 'profession_held'; readonly excluded: readonly Profession[]; readonly professions: readonly Profession[] }
    | { readonly code: 'not_clinically_active'; readonly stated: boolean }
    | { readonly code: 'clinically_active_held' }
    | { readonly code: 'membership_missing'; readonly organization: string; readonly on: string }
    | { readonly code: 'membership_expired'; readonly organization: string; readonly on: string; readonly endedOn: string }
    | { readonly code: 'membership_not_yet_valid'; readonly organization: string; readonly on: string; readonly startsOn: string }
    | { readonly code: 'membership_held'; readonly organization: string; readonly on: string; readonly until: string | null }
    | { readonly code: 'credential_missing'; readonly credential: string; readonly on: string }
    | { readonly code: 'credential_expired'; readonly credential: string; readonly on: string; readonly expiredOn: string }
    | { readonly code: 'credential_not_yet_valid'; readonly credential: string; readonly on: string; readonly issuedOn: string }
    | { readonly code: 'credential_held'; readonly credential: string; readonly on: string; readonly issuedOn: string; readonly expiresOn: string | null }
    | { readonly code: 'not_leading_group'; readonly stated: boolean }
    | { readonly code: 'leads_group_held' }
    | { readonly code: 'not_student'; readonly field: string; readonly studying: readonly string[] }
    | { readonly code: 'student_held'; readonly field: string }
    | { readonly code: 'language_missing'; readonly language: string; readonly languages: readonly string[]; readonly stated: boolean }
    | { readonly code: 'language_held'; readonly language: string; readonly languages: readonly string[] }
    | { readonly code: 'none_of_any'; readonly reasons: readonly EligibilityReason[] }
    | { readonly code: 'all_held'; readonly reasons: readonly EligibilityReason[] }
  );

/**
 * Every reason code, see {@link EligibilityReason}.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_REASON_CODES } from 'balint-rules/eligibility';
 *
 * ELIGIBILITY_REASON_CODES.includes('credential_held');
 * //=> true
 * ```
 */
export const ELIGIBILITY_REASON_CODES = [
  'profession_not_allowed',
  'profession_held',
  'not_clinically_active',
  'clinically_active_held',
  'membership_missing',
  'membership_expired',
  'membership_not_yet_valid',
  'membership_held',
  'credential_missing',
  'credential_expired',
  'credential_not_yet_valid',
  'credential_held',
  'not_leading_group',
  'leads_group_held',
  'not_student',
  'student_held',
  'language_missing',
  'language_held',
  'none_of_any',
  'all_held',
] as const satisfies readonly EligibilityReason['code'][];

/**
 * A reason code, see {@link ELIGIBILITY_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { EligibilityReasonCode } from 'balint-rules/eligibility';
 *
 * const code: EligibilityReasonCode = 'membership_expired';
 * ```
 */
export type EligibilityReasonCode = EligibilityReason['code'];

/**
 * The outcome of {@link checkEligibility}: `reasons` is empty exactly when
 * `verdict` is `eligible`.
 *
 * @example
 * ```ts
 * import type { EligibilityResult } from 'balint-rules/eligibility';
 *
 * const ok: EligibilityResult = { verdict: 'eligible', reasons: [] };
 * ```
 */
export interface EligibilityResult {
  /** `eligible`, or `not_eligible` with at least one reason. */
  readonly verdict: 'eligible' | 'not_eligible';
  readonly reasons: readonly EligibilityReason[];
}
