import * as z from 'zod/mini';
import { LocalDateSchema } from '../common/schemas.js';
import {
  CredentialCodeSchema,
  LanguageTagSchema,
  OrganizationSchema,
  ProfessionSchema,
  StudyFieldSchema,
  type Profession,
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

const unique = <T>(items: readonly T[]): boolean => new Set(items).size === items.length;

/**
 * Every rule holds (an empty list holds for everyone).
 *
 * @example
 * ```ts
 * import type { AllRule } from 'balint-rules/eligibility';
 *
 * const rule: AllRule = { type: 'all', rules: [{ type: 'clinicallyActive' }, { type: 'member', organization: 'ABS' }] };
 * ```
 */
export interface AllRule {
  readonly type: 'all';
  readonly rules: readonly EligibilityRule[];
  readonly label?: string | undefined;
}
/**
 * At least one rule holds (an empty list holds for no one).
 *
 * @example
 * ```ts
 * import type { AnyRule } from 'balint-rules/eligibility';
 *
 * const rule: AnyRule = { type: 'any', rules: [{ type: 'leadsGroup' }, { type: 'credential', credential: 'abs_credentialed_balint_leader' }] };
 * ```
 */
export interface AnyRule {
  readonly type: 'any';
  readonly rules: readonly EligibilityRule[];
  readonly label?: string | undefined;
}
/**
 * The inner rule does not hold.
 *
 * @example
 * ```ts
 * import type { NotRule } from 'balint-rules/eligibility';
 *
 * // "All non-credentialed leaders of Balint groups"
 * const rule: NotRule = { type: 'not', rule: { type: 'credential', credential: 'abs_credentialed_balint_leader' } };
 * ```
 */
export interface NotRule {
  readonly type: 'not';
  readonly rule: EligibilityRule;
  readonly label?: string | undefined;
}
/**
 * The profile lists at least one of these professions.
 *
 * @example
 * ```ts
 * import type { ProfessionRule } from 'balint-rules/eligibility';
 *
 * const rule: ProfessionRule = { type: 'profession', in: ['physician', 'nurse_practitioner', 'psychologist', 'social_worker'] };
 * ```
 */
export interface ProfessionRule {
  readonly type: 'profession';
  readonly in: readonly Profession[];
  readonly label?: string | undefined;
}
/**
 * The profile says the person is clinically active.
 *
 * @example
 * ```ts
 * import type { ClinicallyActiveRule } from 'balint-rules/eligibility';
 *
 * // "Registrants must be clinically active"
 * const rule: ClinicallyActiveRule = { type: 'clinicallyActive' };
 * ```
 */
export interface ClinicallyActiveRule {
  readonly type: 'clinicallyActive';
  readonly label?: string | undefined;
}
/**
 * A membership of `organization` valid on `on` (default: the check's `asOf`).
 *
 * @example
 * ```ts
 * import type { MemberRule } from 'balint-rules/eligibility';
 *
 * const rule: MemberRule = { type: 'member', organization: 'ABS', on: '2026-03-12' };
 * ```
 */
export interface MemberRule {
  readonly type: 'member';
  readonly organization: string;
  readonly on?: string | undefined;
  readonly label?: string | undefined;
}
/**
 * A credential valid on `on` (default: the check's `asOf`).
 *
 * @example
 * ```ts
 * import type { CredentialRule } from 'balint-rules/eligibility';
 *
 * const rule: CredentialRule = { type: 'credential', credential: 'abs_credentialed_balint_leader', label: 'an ABS Credentialed Leader' };
 * ```
 */
export interface CredentialRule {
  readonly type: 'credential';
  readonly credential: string;
  readonly on?: string | undefined;
  readonly label?: string | undefined;
}
/**
 * The profile says the person currently leads a Balint group.
 *
 * @example
 * ```ts
 * import type { LeadsGroupRule } from 'balint-rules/eligibility';
 *
 * const rule: LeadsGroupRule = { type: 'leadsGroup' };
 * ```
 */
export interface LeadsGroupRule {
  readonly type: 'leadsGroup';
  readonly label?: string | undefined;
}
/**
 * The person studies `field` (a `medical_student` studies `medicine`).
 *
 * @example
 * ```ts
 * import type { StudentRule } from 'balint-rules/eligibility';
 *
 * const rule: StudentRule = { type: 'student', field: 'medicine' };
 * ```
 */
export interface StudentRule {
  readonly type: 'student';
  readonly field: string;
  readonly label?: string | undefined;
}
/**
 * The person speaks `language` (`en` is satisfied by `en-US`).
 *
 * @example
 * ```ts
 * import type { LanguageRule } from 'balint-rules/eligibility';
 *
 * // "the meetings will be held in English"
 * const rule: LanguageRule = { type: 'language', language: 'en' };
 * ```
 */
export interface LanguageRule {
  readonly type: 'language';
  readonly language: string;
  readonly label?: string | undefined;
}

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
export type EligibilityCondition =
  | ProfessionRule
  | ClinicallyActiveRule
  | MemberRule
  | CredentialRule
  | LeadsGroupRule
  | StudentRule
  | LanguageRule;

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
export type EligibilityRule = AllRule | AnyRule | NotRule | EligibilityCondition;

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
export const AllRuleSchema: z.ZodMiniType<AllRule> = z.object({
  type: z.literal('all'),
  get rules() {
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
export const AnyRuleSchema: z.ZodMiniType<AnyRule> = z.object({
  type: z.literal('any'),
  get rules() {
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
export const NotRuleSchema: z.ZodMiniType<NotRule> = z.object({
  type: z.literal('not'),
  get rule() {
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
export const ProfessionRuleSchema = z.object({
  type: z.literal('profession'),
  in: z.array(ProfessionSchema).check(z.minLength(1), z.refine(unique, 'must not repeat a profession')),
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
export const ClinicallyActiveRuleSchema = z.object({ type: z.literal('clinicallyActive'), label });

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
export const MemberRuleSchema = z.object({
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
export const CredentialRuleSchema = z.object({
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
export const LeadsGroupRuleSchema = z.object({ type: z.literal('leadsGroup'), label });

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
export const StudentRuleSchema = z.object({ type: z.literal('student'), field: StudyFieldSchema, label });

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
export const LanguageRuleSchema = z.object({ type: z.literal('language'), language: LanguageTagSchema, label });

/**
 * A composable eligibility rule: plain JSON, a union on `type`. Combine
 * conditions with `all`, `any` and `not`; every rule may carry a `label`.
 *
 * @example
 * ```ts
 * import { EligibilityRuleSchema } from 'balint-rules/eligibility';
 *
 * // The seeds' conversation for "All non-credentialed leaders of Balint groups"
 * EligibilityRuleSchema.parse({
 *   type: 'all',
 *   rules: [
 *     { type: 'leadsGroup' },
 *     { type: 'not', rule: { type: 'credential', credential: 'abs_credentialed_balint_leader' } },
 *   ],
 * });
 * ```
 */
export const EligibilityRuleSchema: z.ZodMiniType<EligibilityRule> = z.discriminatedUnion('type', [
  AllRuleSchema as unknown as z.ZodMiniObject<{ type: z.ZodMiniLiteral<'all'> }>,
  AnyRuleSchema as unknown as z.ZodMiniObject<{ type: z.ZodMiniLiteral<'any'> }>,
  NotRuleSchema as unknown as z.ZodMiniObject<{ type: z.ZodMiniLiteral<'not'> }>,
  ProfessionRuleSchema,
  ClinicallyActiveRuleSchema,
  MemberRuleSchema,
  CredentialRuleSchema,
  LeadsGroupRuleSchema,
  StudentRuleSchema,
  LanguageRuleSchema,
]) as unknown as z.ZodMiniType<EligibilityRule>;
