import type { EligibilityReason } from '../eligibility/reasons.js';
import type { Money } from '../money/schema.js';
import type { ResolvedDeadline } from '../_lib/deadlineSchema.js';

/**
 * The codes a fee quote's reasons carry: that registration is not open
 * (before the schedule's window opens, or after it closes), which period
 * applies and why the earlier ones did not, which categories the registrant qualified for, and
 * which price was chosen.
 *
 * @example
 * ```ts
 * import { FEE_REASON_CODES } from 'balint-rules/fees';
 *
 * FEE_REASON_CODES.includes('lowest_price');
 * //=> true
 * ```
 */
export const FEE_REASON_CODES = [
  'registration_not_open_yet',
  'registration_closed',
  'period_ended',
  'period_sold_out',
  'period_applies',
  'category_qualified',
  'category_not_qualified',
  'lowest_price',
  'no_category_qualified',
] as const;

/**
 * A reason code, see {@link FEE_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { FeeReasonCode } from 'balint-rules/fees';
 *
 * const code: FeeReasonCode = 'period_ended';
 * ```
 */
export type FeeReasonCode = (typeof FEE_REASON_CODES)[number];

/**
 * One reason behind a fee quote.
 *
 * @example
 * ```ts
 * import type { FeeReason } from 'balint-rules/fees';
 *
 * const reason: FeeReason = { code: 'lowest_price', category: 'member', period: 'regular', message: 'You pay $250.00 (ABS members, Regular).' };
 * ```
 */
export interface FeeReason {
  /** A stable snake_case code. */
  readonly code: FeeReasonCode;
  /** The period it concerns, by id. */
  readonly period?: string;
  /** The category it concerns, by id. */
  readonly category?: string;
  /** The price it concerns. */
  readonly price?: Money;
  /** The instant the registration window opens (`registration_not_open_yet`) or closed (`registration_closed`). */
  readonly boundaryAt?: string;
  /** The deadline a period ended at (`period_ended`, or `period_applies` with a deadline). */
  readonly deadline?: ResolvedDeadline;
  /** The limit of an early-bird-by-count period (`period_applies`, `period_sold_out`). */
  readonly firstRegistrants?: number;
  /** The registrant's 1-based position in the order of registration, beside `firstRegistrants`. */
  readonly position?: number;
  /** Why the registrant is not in a category (`category_not_qualified`). */
  readonly eligibility?: readonly EligibilityReason[];
  /** A readable English sentence. */
  readonly message: string;
}
