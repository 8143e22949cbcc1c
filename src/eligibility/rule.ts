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
 * `{ type: 'all', rules }`: every rule holds. An empty list holds for everyone.
 *
 * @example
 * ```ts
 * import { AllRuleSchema } from 'balint-rules/eligibility';
 *
 * AllRuleSchema.parse({ type: 'all', rules: [{ type: 'clinicallyActive' }] });
 * //=> { type: 'all', rules: [{ type: 'clinicallyActive' }] }
 * ```
 */
export const AllRuleSchema = z.strictObject({
  type: z.literal('all'),
  get rules(): z.ZodMiniArray<typeof EligibilityRuleSchema> {
    return z.array(EligibilityRuleSchema);
  },
  label,
});

/**
 * `{ type: 'any', rules }`: at least one rule holds. An empty list holds for no one.
 *
 * @example
 * ```ts
 * import { AnyRuleSchema } from 'balint-rules/eligibility';
 *
 * AnyRuleSchema.parse({ type: 'any', rules: [{ type: 'leadsGroup' }] });
 * //=> { type: 'any', rules: [{ type: 'leadsGroup' }] }
 * ```
 */
export const AnyRuleSchema = z.strictObject({
  type: z.literal('any'),
  get rules(): z.ZodMiniArray<typeof EligibilityRuleSchema> {
    return z.array(EligibilityRuleSchema);
  },
  label,
});

/**
 * `{ type: 'not', rule }`: the inner rule does not hold, e.g. "not credentialed".
 *
 * @example
 * ```ts
 * import { NotRuleSchema } from 'balint-rules/eligibility';
 *
 * NotRuleSchema.parse({ type: 'not', rule: { type: 'credential', credential: 'abs_credentialed_balint_leader' } });
 * //=> { type: 'not', rule: { type: 'credential', credential: 'abs_credentialed_balint_leader' } }
 * ```
 */
export const NotRuleSchema = z.strictObject({
  type: z.literal('not'),
  get rule(): typeof EligibilityRuleSchema {
    return EligibilityRuleSchema;
  },
  label,
});

/**
 * `{ type: 'profession', in }`: the profile lists at least one of these professions.
 *
 * @example
 * ```ts
 * import { ProfessionRuleSchema } from 'balint-rules/eligibility';
 *
 * ProfessionRuleSchema.safeParse({ type: 'profession', in: [] }).success;
 * //=> false
 * ```
 */
export const ProfessionRuleSchema = z.strictObject({
  type: z.literal('profession'),
  in: z.array(ProfessionSchema).check(z.minLength(1), z.refine(allDistinct, 'must not repeat a profession')),
  label,
});

/**
 * `{ type: 'clinicallyActive' }`: the person is in active clinical practice.
 *
 * @example
 * ```ts
 * import { ClinicallyActiveRuleSchema } from 'balint-rules/eligibility';
 *
 * ClinicallyActiveRuleSchema.parse({ type: 'clinicallyActive' });
 * //=> { type: 'clinicallyActive' }
 * ```
 */
export const ClinicallyActiveRuleSchema = z.strictObject({ type: z.literal('clinicallyActive'), label });

/**
 * `{ type: 'member', organization, on? }`: a membership of the organization
 * is valid on `on` (default: the `asOf` of the check), both ends inclusive.
 *
 * @example
 * ```ts
 * import { MemberRuleSchema } from 'balint-rules/eligibility';
 *
 * MemberRuleSchema.parse({ type: 'member', organization: 'ABS' });
 * //=> { type: 'member', organization: 'ABS' }
 * ```
 */
export const MemberRuleSchema = z.strictObject({
  type: z.literal('member'),
  organization: OrganizationSchema,
  on: z.optional(LocalDateSchema),
  label,
});

/**
 * `{ type: 'credential', credential, on? }`: the credential is valid on `on`
 * (default: the `asOf` of the check), from its issue date through its expiry
 * date inclusive. Wrap it in `not` for "non-credentialed".
 *
 * @example
 * ```ts
 * import { CredentialRuleSchema } from 'balint-rules/eligibility';
 *
 * CredentialRuleSchema.parse({ type: 'credential', credential: 'abs_credentialed_balint_leader' });
 * //=> { type: 'credential', credential: 'abs_credentialed_balint_leader' }
 * ```
 */
export const CredentialRuleSchema = z.strictObject({
  type: z.literal('credential'),
  credential: CredentialCodeSchema,
  on: z.optional(LocalDateSchema),
  label,
});

/**
 * `{ type: 'leadsGroup' }`: the person currently leads a Balint group.
 *
 * @example
 * ```ts
 * import { LeadsGroupRuleSchema } from 'balint-rules/eligibility';
 *
 * LeadsGroupRuleSchema.parse({ type: 'leadsGroup' });
 * //=> { type: 'leadsGroup' }
 * ```
 */
export const LeadsGroupRuleSchema = z.strictObject({ type: z.literal('leadsGroup'), label });

/**
 * `{ type: 'student', field }`: the person studies `field`. A profile that
 * lists the `medical_student` profession studies `medicine`.
 *
 * @example
 * ```ts
 * import { StudentRuleSchema } from 'balint-rules/eligibility';
 *
 * StudentRuleSchema.parse({ type: 'student', field: 'medicine' });
 * //=> { type: 'student', field: 'medicine' }
 * ```
 */
export const StudentRuleSchema = z.strictObject({ type: z.literal('student'), field: StudyFieldSchema, label });

/**
 * `{ type: 'language', language }`: the person speaks the language. Tags
 * compare case-insensitively, and a more specific tag in the profile
 * satisfies a general one in the rule (`en-US` satisfies `en`, not the reverse).
 *
 * @example
 * ```ts
 * import { LanguageRuleSchema } from 'balint-rules/eligibility';
 *
 * LanguageRuleSchema.parse({ type: 'language', language: 'en' });
 * //=> { type: 'language', language: 'en' }
 * ```
 */
export const LanguageRuleSchema = z.strictObject({ type: z.literal('language'), language: LanguageTagSchema, label });

/**
 * A composable eligibility rule: plain JSON, a union on `type`. Combine
 * conditions with `all`, `any` and `not`; every rule may carry a `label`.
 *
 * @example
 * ```ts
 * import { EligibilityRuleSchema } from 'balint-rules/eligibility';
 *
 * // The ABS's conversation for "All non-credentialed leaders of Balint groups"
 * EligibilityRuleSchema.parse({
 *   type: 'all',
 *   rules: [
 *     { type: 'leadsGroup' },
 *     { type: 'not', rule: { type: 'credential', credential: 'abs_credentialed_balint_leader' } },
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
  'type'
> = z.discriminatedUnion('type', [
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
 * const rule: AllRule = { type: 'all', rules: [{ type: 'clinicallyActive' }, { type: 'member', organization: 'ABS' }] };
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
 * const rule: AnyRule = { type: 'any', rules: [{ type: 'leadsGroup' }, { type: 'credential', credential: 'abs_credentialed_balint_leader' }] };
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
 * const rule: NotRule = { type: 'not', rule: { type: 'credential', credential: 'abs_credentialed_balint_leader' } };
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
 * const rule: ProfessionRule = { type: 'profession', in: ['physician', 'nurse_practitioner', 'psychologist', 'social_worker'] };
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
 * const rule: ClinicallyActiveRule = { type: 'clinicallyActive' };
 * ```
 */
export type ClinicallyActiveRule = z.output<typeof ClinicallyActiveRuleSchema>;
/**
 * A membership of `organization` valid on `on` (default: the check's `asOf`), see {@link MemberRuleSchema}.
 *
 * @example
 * ```ts
 * import type { MemberRule } from 'balint-rules/eligibility';
 *
 * const rule: MemberRule = { type: 'member', organization: 'ABS', on: '2026-03-12' };
 * ```
 */
export type MemberRule = z.output<typeof MemberRuleSchema>;
/**
 * A credential valid on `on` (default: the check's `asOf`), see {@link CredentialRuleSchema}.
 *
 * @example
 * ```ts
 * import type { CredentialRule } from 'balint-rules/eligibility';
 *
 * const rule: CredentialRule = { type: 'credential', credential: 'abs_credentialed_balint_leader', label: 'an ABS Credentialed Leader' };
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
 * const rule: LeadsGroupRule = { type: 'leadsGroup' };
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
 * const rule: StudentRule = { type: 'student', field: 'medicine' };
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
 * const rule: LanguageRule = { type: 'language', language: 'en' };
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
 * const condition: EligibilityCondition = { type: 'clinicallyActive' };
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
 * const rule: EligibilityRule = { type: 'all', rules: [{ type: 'member', organization: 'ABS' }, { type: 'leadsGroup' }] };
 * ```
 */
export type EligibilityRule = z.output<typeof EligibilityRuleSchema>;
