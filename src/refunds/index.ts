/**
 * Cancellations and refunds: refund policies as ordered rules (who
 * cancelled and why, in writing or not, received by which deadline in the
 * organizer's zone, partial attendance), their outcomes (a percentage less an
 * administration fee, a credit, a transfer, nothing) and when money is due;
 * `quoteRefund` decides one cancellation with its reasons. Constructors build
 * the common shapes as data.
 *
 * @module refunds
 */
export {
  DateDeadlineSchema,
  DateTimeDeadlineSchema,
  DaysBeforeDeadlineSchema,
  HoursBeforeDeadlineSchema,
  LocalDeadlineSchema,
  RefundDeadlineSchema,
  type LocalDeadline,
  type LocalDeadlineInput,
  type RefundDeadline,
  type RefundDeadlineInput,
  type ResolvedDeadline,
} from '../_lib/deadlineSchema.js';
export { SessionStartSchema, type SessionStart } from './sessionStart.js';
export { resolveDeadline } from './resolveDeadline.js';
export {
  CANCELLING_PARTIES,
  CancellingPartySchema,
  CancellationRequestSchema,
  RefundRegistrationSchema,
  CancellationSchema,
  type CancellingParty,
  type RefundRegistration,
  type Cancellation,
} from './cancellation.js';
export {
  RefundDueSchema,
  RefundOutcomeSchema,
  RefundConditionsSchema,
  RefundRuleSchema,
  RefundPolicySchema,
  type RefundDue,
  type RefundOutcome,
  type RefundOutcomeInput,
  type RefundConditions,
  type RefundRule,
  type RefundRuleInput,
  type RefundPolicy,
  type RefundPolicyInput,
} from './schema.js';
export { REFUND_REASON_CODES, type RefundReason, type RefundReasonCode } from './reasons.js';
export { quoteRefund, type RefundQuote, type MatchedRefundRule, type RefundDueDate } from './quoteRefund.js';
export { compileRefundPolicy, type CompiledRefundPolicy } from './compileRefundPolicy.js';
export { tieredRefundPolicy, TieredRefundOptionsSchema, type TieredRefundOptions } from './tieredRefundPolicy.js';
export { deadlineRefundPolicy, DeadlineRefundOptionsSchema, type DeadlineRefundOptions } from './deadlineRefundPolicy.js';
export {
  organizerOnlyRefundPolicy,
  OrganizerOnlyRefundOptionsSchema,
  type OrganizerOnlyRefundOptions,
} from './organizerOnlyRefundPolicy.js';
