import * as z from 'zod/mini';
import { allDistinct } from '../_lib/lists.js';
import { LocalDateSchema } from '../common/schemas.js';
import {
  CredentialCodeSchema,
  LanguageTagSchema,
  OrganizationSchema,
  ProfessionSchema,
  StudyFieldSchema,
} from './profile.js';

/**
 * A human label for a rule, used instead of the generated wording in
 * {@link describeEligibilityRule} and in reasons. Write it so that it
 * completes "You must be …", e.g. `an ABS Credentialed Leader`.
 *
 * @example
 * ```ts
 * import { RuleLabelSchema } from 'balint-rules/eligibility';
 *
 * RuleLabelSchema.safeParse('an ABS Credentialed Leader').success;
 * //=> true
 * ```
 */
export const RuleLabelSchema = z
  .string()
  .check(z.regex(/^\S(?:[^]{0,198}\S)?$/, 'must be 1 to 200 characters without surrounding spaces'));

const label = z.optional(RuleLabelSchema);


/**
 * `{ kind: 'all', rules }`: every rule holds. An empty list holds for everyone.
 *
 * @example
 * ```ts
 * import { AllRuleSchema } from 'balint-rules/eligibility';
 *
 * AllRuleSchema.parse({ kind: 'all', rules: [{ kind: 'clinically_active' }] });
 * //=> { kind: 'all', rules: [{ kind: 'clinically_active' }] }
 * ```
 */
export const AllRuleSchema = z.strictObject({
  kind: z.literal('all'),
  get rules(): z.ZodMiniArray<typeof EligibilityRuleSchema> {
    return z.array(EligibilityRuleSchema);
  },
  label,
});

/**
 * `{ kind: 'any', rules }`: at least one rule holds. An empty list holds for no one.
 *
 * @example
 * ```ts
 * import { AnyRuleSchema } from 'balint-rules/eligibility';
 *
 * AnyRuleSchema.parse({ kind: 'any', rules: [{ kind: 'leads_group' }] });
 * //=> { kind: 'any', rules: [{ kind: 'leads_group' }] }
 * ```
 */
export const AnyRuleSchema = z.strictObject({
  kind: z.literal('any'),
  get rules(): z.ZodMiniArray<typeof EligibilityRuleSchema> {
    return z.array(EligibilityRuleSchema);
  },
  label,
});

/**
 * `{ kind: 'not', rule }`: the inner rule does not hold, e.g. "not credentialed".
 *
 * @example
 * ```ts
 * import { NotRuleSchema } from 'balint-rules/eligibility';
 *
 * NotRuleSchema.parse({ kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader' } });
 * //=> { kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader' } }
 * ```
 */
export const NotRuleSchema = z.strictObject({
  kind: z.literal('not'),
  get rule(): typeof EligibilityRuleSchema {
    return EligibilityRuleSchema;
  },
  label,
});

/**
 * `{ kind: 'profession', in }`: the profile lists at least one of these professions.
 *
 * @example
 * ```ts
 * import { ProfessionRuleSchema } from 'balint-rules/eligibility';
 *
 * ProfessionRuleSchema.safeParse({ kind: 'profession', in: [] }).success;
 * //=> false
 * ```
 */
export const ProfessionRuleSchema = z.strictObject({
  kind: z.literal('profession'),
  in: z.array(ProfessionSchema).check(z.minLength(1), z.refine(allDistinct, 'must not repeat a profession')),
  label,
});

/**
 * `{ kind: 'clinically_active' }`: the person is in active clinical practice.
 *
 * @example
 * ```ts
 * import { ClinicallyActiveRuleSchema } from 'balint-rules/eligibility';
 *
 * ClinicallyActiveRuleSchema.parse({ kind: 'clinically_active' });
 * //=> { kind: 'clinically_active' }
 * ```
 */
export const ClinicallyActiveRuleSchema = z.strictObject({ kind: z.literal('clinically_active'), label });

/**
 * `{ kind: 'member', organization, on? }`: a membership of the organization
 * is valid on `on` (default: the `at` of the check), both ends inclusive.
 *
 * @example
 * ```ts
 * import { MemberRuleSchema } from 'balint-rules/eligibility';
 *
 * MemberRuleSchema.parse({ kind: 'member', organization: 'ABS' });
 * //=> { kind: 'member', organization: 'ABS' }
 * ```
 */
export const MemberRuleSchema = z.strictObject({
  kind: z.literal('member'),
  organization: OrganizationSchema,
  on: z.optional(LocalDateSchema),
  label,
});

/**
 * `{ kind: 'credential', credential, on? }`: the credential is valid on `on`
 * (default: the `at` of the check), from its issue date through its expiry
 * date inclusive. Wrap it in `not` for "non-credentialed".
 *
 * @example
 * ```ts
 * import { CredentialRuleSchema } from 'balint-rules/eligibility';
 *
 * CredentialRuleSchema.parse({ kind: 'credential', credential: 'abs_credentialed_balint_leader' });
 * //=> { kind: 'credential', credential: 'abs_credentialed_balint_leader' }
 * ```
 */
export const CredentialRuleSchema = z.strictObject({
  kind: z.literal('credential'),
  credential: CredentialCodeSchema,
  on: z.optional(LocalDateSchema),
  label,
});

/**
 * `{ kind: 'leads_group' }`: the person currently leads a Balint group.
 *
 * @example
 * ```ts
 * import { LeadsGroupRuleSchema } from 'balint-rules/eligibility';
 *
 * LeadsGroupRuleSchema.parse({ kind: 'leads_group' });
 * //=> { kind: 'leads_group' }
 * ```
 */
export const LeadsGroupRuleSchema = z.strictObject({ kind: z.literal('leads_group'), label });

/**
 * `{ kind: 'student', field }`: the person studies `field`. A profile that
 * lists the `medical_student` profession studies `medicine`.
 *
 * @example
 * ```ts
 * import { StudentRuleSchema } from 'balint-rules/eligibility';
 *
 * StudentRuleSchema.parse({ kind: 'student', field: 'medicine' });
 * //=> { kind: 'student', field: 'medicine' }
 * ```
 */
export const StudentRuleSchema = z.strictObject({ kind: z.literal('student'), field: StudyFieldSchema, label });

/**
 * `{ kind: 'language', language }`: the person speaks the language. Tags
 * compare case-insensitively, and a more specific tag in the profile
 * satisfies a general one in the rule (`en-US` satisfies `en`, not the reverse).
 *
 * @example
 * ```ts
 * import { LanguageRuleSchema } from 'balint-rules/eligibility';
 *
 * LanguageRuleSchema.parse({ kind: 'language', language: 'en' });
 * //=> { kind: 'language', language: 'en' }
 * ```
 */
export const LanguageRuleSchema = z.strictObject({ kind: z.literal('language'), language: LanguageTagSchema, label });

/**
 * A composable eligibility rule: plain JSON, a union on `kind`. Combine
 * conditions with `all`, `any` and `not`; every rule may carry a `label`.
 *
 * @example
 * ```ts
 * import { EligibilityRuleSchema } from 'balint-rules/eligibility';
 *
 * // The ABS's conversation for "All non-credentialed leaders of Balint groups"
 * EligibilityRuleSchema.parse({
 *   kind: 'all',
 *   rules: [
 *     { kind: 'leads_group' },
 *     { kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader' } },
 *   ],
 * });
 * ```
 */
export const EligibilityRuleSchema: z.ZodMiniDiscriminatedUnion<
  [
    typeof AllRuleSchema,
    typeof AnyRuleSchema,
    typeof NotRuleSchema,
    typeof ProfessionRuleSchema,
    typeof ClinicallyActiveRuleSchema,
    typeof MemberRuleSchema,
    typeof CredentialRuleSchema,
    typeof LeadsGroupRuleSchema,
    typeof StudentRuleSchema,
    typeof LanguageRuleSchema,
  ],
  'kind'
> = z.discriminatedUnion('kind', [
  AllRuleSchema,
  AnyRuleSchema,
  NotRuleSchema,
  ProfessionRuleSchema,
  ClinicallyActiveRuleSchema,
  MemberRuleSchema,
  CredentialRuleSchema,
  LeadsGroupRuleSchema,
  StudentRuleSchema,
  LanguageRuleSchema,
]);

/**
 * Every rule holds (an empty list holds for everyone), see {@link AllRuleSchema}.
 *
 * @example
 * ```ts
 * import type { AllRule } from 'balint-rules/eligibility';
 *
 * const rule: AllRule = { kind: 'all', rules: [{ kind: 'clinically_active' }, { kind: 'member', organization: 'ABS' }] };
 * ```
 */
export type AllRule = z.output<typeof AllRuleSchema>;
/**
 * At least one rule holds (an empty list holds for no one), see {@link AnyRuleSchema}.
 *
 * @example
 * ```ts
 * import type { AnyRule } from 'balint-rules/eligibility';
 *
 * const rule: AnyRule = { kind: 'any', rules: [{ kind: 'leads_group' }, { kind: 'credential', credential: 'abs_credentialed_balint_leader' }] };
 * ```
 */
export type AnyRule = z.output<typeof AnyRuleSchema>;
/**
 * The inner rule does not hold, see {@link NotRuleSchema}.
 *
 * @example
 * ```ts
 * import type { NotRule } from 'balint-rules/eligibility';
 *
 * // "All non-credentialed leaders of Balint groups"
 * const rule: NotRule = { kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader' } };
 * ```
 */
export type NotRule = z.output<typeof NotRuleSchema>;
/**
 * The profile lists at least one of these professions, see {@link ProfessionRuleSchema}.
 *
 * @example
 * ```ts
 * import type { ProfessionRule } from 'balint-rules/eligibility';
 *
 * const rule: ProfessionRule = { kind: 'profession', in: ['physician', 'nurse_practitioner', 'psychologist', 'social_worker'] };
 * ```
 */
export type ProfessionRule = z.output<typeof ProfessionRuleSchema>;
/**
 * The profile says the person is clinically active, see {@link ClinicallyActiveRuleSchema}.
 *
 * @example
 * ```ts
 * import type { ClinicallyActiveRule } from 'balint-rules/eligibility';
 *
 * // "Registrants must be clinically active"
 * const rule: ClinicallyActiveRule = { kind: 'clinically_active' };
 * ```
 */
export type ClinicallyActiveRule = z.output<typeof ClinicallyActiveRuleSchema>;
/**
 * A membership of `organization` valid on `on` (default: the check's `at`), see {@link MemberRuleSchema}.
 *
 * @example
 * ```ts
 * import type { MemberRule } from 'balint-rules/eligibility';
 *
 * const rule: MemberRule = { kind: 'member', organization: 'ABS', on: '2026-03-12' };
 * ```
 */
export type MemberRule = z.output<typeof MemberRuleSchema>;
/**
 * A credential valid on `on` (default: the check's `at`), see {@link CredentialRuleSchema}.
 *
 * @example
 * ```ts
 * import type { CredentialRule } from 'balint-rules/eligibility';
 *
 * const rule: CredentialRule = { kind: 'credential', credential: 'abs_credentialed_balint_leader', label: 'an ABS Credentialed Leader' };
 * ```
 */
export type CredentialRule = z.output<typeof CredentialRuleSchema>;
/**
 * The profile says the person currently leads a Balint group, see {@link LeadsGroupRuleSchema}.
 *
 * @example
 * ```ts
 * import type { LeadsGroupRule } from 'balint-rules/eligibility';
 *
 * const rule: LeadsGroupRule = { kind: 'leads_group' };
 * ```
 */
export type LeadsGroupRule = z.output<typeof LeadsGroupRuleSchema>;
/**
 * The person studies `field` (a `medical_student` studies `medicine`), see {@link StudentRuleSchema}.
 *
 * @example
 * ```ts
 * import type { StudentRule } from 'balint-rules/eligibility';
 *
 * const rule: StudentRule = { kind: 'student', field: 'medicine' };
 * ```
 */
export type StudentRule = z.output<typeof StudentRuleSchema>;
/**
 * The person speaks `language` (`en` is satisfied by `en-US`), see {@link LanguageRuleSchema}.
 *
 * @example
 * ```ts
 * import type { LanguageRule } from 'balint-rules/eligibility';
 *
 * // "the meetings will be held in English"
 * const rule: LanguageRule = { kind: 'language', language: 'en' };
 * ```
 */
export type LanguageRule = z.output<typeof LanguageRuleSchema>;

/**
 * A rule about one fact of the profile (not a combination).
 *
 * @example
 * ```ts
 * import type { EligibilityCondition } from 'balint-rules/eligibility';
 *
 * const condition: EligibilityCondition = { kind: 'clinically_active' };
 * ```
 */
export type EligibilityCondition = ProfessionRule | ClinicallyActiveRule | MemberRule | CredentialRule | LeadsGroupRule | StudentRule | LanguageRule;

/**
 * A composable eligibility rule, see {@link EligibilityRuleSchema}.
 *
 * @example
 * ```ts
 * import type { EligibilityRule } from 'balint-rules/eligibility';
 *
 * // "Who: Any ABS Member leading a Balint Group"
 * const rule: EligibilityRule = { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] };
 * ```
 */
export type EligibilityRule = z.output<typeof EligibilityRuleSchema>;
