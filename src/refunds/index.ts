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
  SessionStartSchema,
  resolveDeadline,
  type LocalDeadline,
  type LocalDeadlineInput,
  type RefundDeadline,
  type RefundDeadlineInput,
  type ResolvedDeadline,
  type SessionStart,
} from './deadline.js';
export {
  CANCELLING_PARTIES,
  CancellingPartySchema,
  CancellationRequestSchema,
  RefundDueSchema,
  RefundOutcomeSchema,
  RefundConditionsSchema,
  RefundRuleSchema,
  RefundPolicySchema,
  RefundRegistrationSchema,
  CancellationSchema,
  type CancellingParty,
  type RefundDue,
  type RefundOutcome,
  type RefundOutcomeInput,
  type RefundConditions,
  type RefundRule,
  type RefundRuleInput,
  type RefundPolicy,
  type RefundPolicyInput,
  type RefundRegistration,
  type Cancellation,
} from './schema.js';
export { REFUND_REASON_CODES, type RefundReason, type RefundReasonCode } from './reasons.js';
export { quoteRefund, type RefundQuote, type MatchedRefundRule, type RefundDueDate } from './quoteRefund.js';
export { tieredRefundPolicy, TieredRefundOptionsSchema, type TieredRefundOptions } from './tieredRefundPolicy.js';
export { deadlineRefundPolicy, DeadlineRefundOptionsSchema, type DeadlineRefundOptions } from './deadlineRefundPolicy.js';
export {
  organizerOnlyRefundPolicy,
  OrganizerOnlyRefundOptionsSchema,
  type OrganizerOnlyRefundOptions,
} from './organizerOnlyRefundPolicy.js';
