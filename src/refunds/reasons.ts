import type { Money } from '../money/schema.js';
import type { ResolvedDeadline } from '../_lib/deadlineSchema.js';

/**
 * The codes a refund quote's reasons carry. Condition checks come in pairs
 * (held / did not hold); the rest describe the match and the outcome.
 *
 * @example
 * ```ts
 * import { REFUND_REASON_CODES } from 'balint-rules/refunds';
 *
 * REFUND_REASON_CODES.includes('received_after_deadline');
 * //=> true
 * ```
 */
export const REFUND_REASON_CODES = [
  'cancelled_by_party',
  'cancelled_by_other_party',
  'reason_covered',
  'reason_not_covered',
  'writing_as_required',
  'not_in_writing',
  'in_writing',
  'request_matches',
  'request_differs',
  'received_by_deadline',
  'received_after_deadline',
  'received_after_start',
  'received_before_start',
  'attendance_in_range',
  'attendance_out_of_range',
  'rule_matched',
  'no_rule_matched',
  'partial_refund',
  'administration_fee_withheld',
  'full_refund',
  'credit_issued',
  'transfer_allowed',
  'no_refund',
] as const;

/**
 * A reason code, see {@link REFUND_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { RefundReasonCode } from 'balint-rules/refunds';
 *
 * const code: RefundReasonCode = 'received_after_deadline';
 * ```
 */
export type RefundReasonCode = (typeof REFUND_REASON_CODES)[number];

/**
 * One reason behind a refund quote.
 *
 * @example
 * ```ts
 * import type { RefundReason } from 'balint-rules/refunds';
 *
 * const reason: RefundReason = { code: 'not_in_writing', rule: 0, held: false, message: 'the request was not in writing' };
 * ```
 */
export interface RefundReason {
  /** A stable snake_case code. */
  readonly code: RefundReasonCode;
  /** The index of the rule it concerns, or `null` for the policy's `otherwise` outcome. */
  readonly rule: number | null;
  /** Whether the condition held (condition checks only). */
  readonly held?: boolean;
  /** The deadline a timing check compared with. */
  readonly deadline?: ResolvedDeadline;
  /** An amount the reason is about (a fee withheld, a refund, a credit). */
  readonly amount?: Money;
  /** A readable English clause or sentence. */
  readonly message: string;
}
