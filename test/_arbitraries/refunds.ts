/** fast-check arbitraries for refunds: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import type { Money } from '../../src/money/schema.js';
import type { RefundDeadlineInput } from '../../src/_lib/deadlineSchema.js';
import type { Cancellation, RefundRegistration } from '../../src/refunds/cancellation.js';
import type { RefundConditions, RefundOutcomeInput, RefundPolicyInput } from '../../src/refunds/schema.js';
import {
  cancellationArbitrary,
  refundConditionsArbitrary,
  refundDeadlineArbitrary,
  refundOutcomeArbitrary,
  refundPolicyArbitrary,
  refundRegistrationArbitrary,
  withholdArbitrary,
} from '../../src/testing/refunds.js';
import { instantArbitrary } from '../../src/testing/time.js';

export const refundZoneArb = fc.constantFrom('America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney', 'UTC', 'America/Santiago');

/** An instant between mid-2025 and mid-2027, written in UTC or with an offset. */
export const instantArb: fc.Arbitrary<string> = instantArbitrary();

export const refundDeadlineArb: fc.Arbitrary<RefundDeadlineInput> = refundDeadlineArbitrary();

/** Conditions without `receivedAfter` unless `withAfter` (monotone policies use none). */
export function conditionsArb(withAfter = true): fc.Arbitrary<RefundConditions> {
  return refundConditionsArbitrary({ withAfter });
}

/** A withheld fee of up to 500 major units in `currency`. */
export function withholdArb(currency: string): fc.Arbitrary<Money> {
  return withholdArbitrary(currency);
}

/** Any outcome whose fee is in `currency`. */
export function outcomeArb(currency: string): fc.Arbitrary<RefundOutcomeInput> {
  return refundOutcomeArbitrary(currency);
}

/** Any policy whose fees are in `currency`. */
export function refundPolicyArb(currency: string): fc.Arbitrary<RefundPolicyInput> {
  return refundPolicyArbitrary({ currency });
}

/** A policy meeting the precondition of the monotonicity law (see `refundPolicyArbitrary`'s `monotone`). */
export function monotoneRefundPolicyArb(currency: string): fc.Arbitrary<RefundPolicyInput> {
  return refundPolicyArbitrary({ currency, monotone: true });
}

/** A registration in `currency` with a first session in 2026 (always present, so relative deadlines resolve). */
export function refundRegistrationArb(currency: string): fc.Arbitrary<RefundRegistration> {
  return refundRegistrationArbitrary({ currency });
}

/** A cancellation received in 2025-2027, acknowledged up to 20 days later (or not yet). */
export const cancellationArb: fc.Arbitrary<Cancellation> = cancellationArbitrary();
