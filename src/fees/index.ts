/**
 * Fee tiers: a fee schedule is a table of registrant categories (defined by
 * eligibility rules) times price periods (early bird until a date in a zone
 * or for the first N registrants, then regular), in one currency.
 * `quoteFee` gives a registrant the lowest price they qualify for, with
 * reasons. Constructors build the common shapes (flat, early bird, free) as
 * data.
 *
 * @module fees
 */
export {
  FeeIdSchema,
  PricePeriodSchema,
  FeeCategorySchema,
  FeeScheduleSchema,
  type PricePeriod,
  type FeeCategory,
  type FeeSchedule,
  type FeeScheduleInput,
} from './schema.js';
export { FEE_REASON_CODES, type FeeReason, type FeeReasonCode } from './reasons.js';
export {
  quoteFee,
  FeeQuoteOptionsSchema,
  type FeeQuote,
  type FeeQuoteOptions,
  type FeeRef,
  type QualifiedCategory,
} from './quoteFee.js';
export { compileFeeSchedule, type CompiledFeeSchedule } from './compileFeeSchedule.js';
export {
  flatFeeSchedule,
  FlatFeeOptionsSchema,
  earlyBirdFeeSchedule,
  EarlyBirdFeeOptionsSchema,
  freeFeeSchedule,
  FreeFeeOptionsSchema,
  type FlatFeeOptions,
  type EarlyBirdFeeOptions,
  type FreeFeeOptions,
} from './constructors.js';
