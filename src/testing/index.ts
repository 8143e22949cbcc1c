/**
 * The policy-testing kit: fast-check arbitraries that produce only valid
 * values of every domain type (recurrence rules, series, profiles,
 * eligibility rules, capacity policies, fee schedules, refund policies,
 * accreditations, credentialing requirements, registrations, cancellations,
 * attendance), and law checkers an organization runs in its own tests on its
 * own policy data: `checkRefundPolicy`, `checkFeeSchedule`,
 * `checkEligibilityRule`, `checkCapacityPolicy`, `checkAccreditation`. Each
 * returns `{ ok, laws, findings }`, every broken law with the smallest
 * counterexample found, in words. Deterministic by default (fixed seed).
 *
 * No test runner is imported: the checkers return data, so they work under
 * vitest, jest and `node:test` alike. Needs the optional peer dependency
 * `fast-check` (version 4); import it from `balint-rules/testing` only.
 *
 * @module testing
 */
export { TEST_TIME_ZONES, localDateArbitrary, wallTimeArbitrary, timeZoneArbitrary, instantArbitrary } from './time.js';
export { TEST_CURRENCIES, currencyArbitrary, roundingModeArbitrary, minorToAmount, moneyArbitrary, percentArbitrary, type MoneyArbitraryOptions } from './money.js';
export { recurrenceRuleArbitrary, weekdayArbitrary, type RecurrenceKind, type RecurrenceRuleArbitraryOptions } from './recurrence.js';
export { seriesArbitrary, type SeriesArbitraryOptions } from './series.js';
export {
  registrantProfileArbitrary,
  membershipArbitrary,
  profileCredentialArbitrary,
  eligibilityConditionArbitrary,
  eligibilityRuleArbitrary,
  type EligibilityPools,
  type EligibilityRuleArbitraryOptions,
} from './eligibility.js';
export {
  TEST_REGISTRANT_IDS,
  capacityPolicyArbitrary,
  registrationEventsArbitrary,
  type CapacityPolicyArbitraryOptions,
  type RegistrationEventsArbitraryOptions,
} from './capacity.js';
export { feeScheduleArbitrary, type FeeScheduleArbitraryOptions } from './fees.js';
export {
  refundDeadlineArbitrary,
  refundConditionsArbitrary,
  withholdArbitrary,
  refundOutcomeArbitrary,
  refundPolicyArbitrary,
  refundRegistrationArbitrary,
  cancellationArbitrary,
  type RefundArbitraryOptions,
  type RefundPolicyArbitraryOptions,
} from './refunds.js';
export {
  creditAmountArbitrary,
  creditSessionsArbitrary,
  attendanceArbitrary,
  creditRuleArbitrary,
  accreditationArbitrary,
  type CreditSessionsArbitraryOptions,
} from './credits.js';
export {
  maintenanceRequirementArbitrary,
  credentialArbitrary,
  ledgerEntryArbitrary,
  ledgerArbitrary,
  credentialingRecordArbitrary,
} from './credentialing.js';
export { CheckOptionsSchema, type CheckOptions, type Counterexample, type Finding, type LawCheck, type LawResult } from './laws.js';
export {
  checkRefundPolicy,
  RefundCheckOptionsSchema,
  REFUND_LAWS,
  type RefundAmounts,
  type RefundCheckOptions,
  type RefundDecider,
  type RefundLaw,
} from './checkRefundPolicy.js';
export { checkFeeSchedule, FeeCheckOptionsSchema, FEE_LAWS, type FeeCheckOptions, type FeeLaw, type FeeQuoter } from './checkFeeSchedule.js';
export {
  checkEligibilityRule,
  EligibilityCheckOptionsSchema,
  ELIGIBILITY_LAWS,
  type EligibilityCheckOptions,
  type EligibilityLaw,
} from './checkEligibilityRule.js';
export {
  checkCapacityPolicy,
  CapacityCheckOptionsSchema,
  CAPACITY_LAWS,
  type CapacityCheckOptions,
  type CapacityLaw,
  type RegistrationReplayer,
} from './checkCapacityPolicy.js';
export {
  checkAccreditation,
  AccreditationCheckOptionsSchema,
  ACCREDITATION_LAWS,
  type AccreditationCheckOptions,
  type AccreditationLaw,
  type CreditCalculator,
} from './checkAccreditation.js';
