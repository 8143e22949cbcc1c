/**
 * Eligibility: who may register for a Balint group, event or prize. A
 * registrant's profile and composable rules are plain JSON;
 * `checkEligibility` says whether someone is eligible on a date and lists
 * every unmet condition, and `describeEligibilityRule` writes a rule in
 * English.
 *
 * @module eligibility
 */
export {
  PROFESSIONS,
  ProfessionSchema,
  CredentialCodeSchema,
  OrganizationSchema,
  ProfileMembershipSchema,
  ProfileCredentialSchema,
  LanguageTagSchema,
  StudyFieldSchema,
  RegistrantProfileSchema,
  type Profession,
  type ProfileMembership,
  type ProfileCredential,
  type RegistrantProfile,
} from './profile.js';
export {
  RuleLabelSchema,
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
  EligibilityRuleSchema,
  type AllRule,
  type AnyRule,
  type NotRule,
  type ProfessionRule,
  type ClinicallyActiveRule,
  type MemberRule,
  type CredentialRule,
  type LeadsGroupRule,
  type StudentRule,
  type LanguageRule,
  type EligibilityCondition,
  type EligibilityRule,
} from './rule.js';
export {
  ELIGIBILITY_REASON_CODES,
  type EligibilityReason,
  type EligibilityReasonCode,
  type EligibilityResult,
  type ReasonBase,
  type RulePath,
} from './reasons.js';
export { PROFESSION_NAMES, describeEligibilityRule } from './describe.js';
export { EligibilityOptionsSchema, checkEligibility, type EligibilityOptions } from './checkEligibility.js';
export { compileEligibilityRule, type CompiledEligibilityRule } from './compileEligibilityRule.js';
export { parseRegistrantProfile, type ParsedRegistrantProfile } from './parseRegistrantProfile.js';
