import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeepReadonly } from '../../src/_lib/types.js';
import { compileRefundPolicy, quoteRefund, type Cancellation, type RefundPolicyInput, type RefundRegistration } from '../../src/refunds/index.js';
import { currencyArb } from '../_arbitraries/money.js';
import { cancellationArb, refundPolicyArb, refundRegistrationArb } from '../_arbitraries/refunds.js';

/** A policy with several registrations and cancellations quoted under it (relative deadlines need a first session, which the registrations may lack: those quotes throw, in any order alike). */
const quotesArb = currencyArb.chain((currency) =>
  fc.tuple(refundPolicyArb(currency), fc.array(fc.tuple(refundRegistrationArb(currency), cancellationArb), { minLength: 2, maxLength: 8 })),
);

function quoteAll(policy: DeepReadonly<RefundPolicyInput>, cases: readonly (readonly [RefundRegistration, Cancellation])[]): unknown[] {
  return cases.map(([registration, cancellation]) => {
    try {
      return quoteRefund(policy, registration, cancellation);
    } catch (error) {
      return { threw: (error as Error).name, message: (error as Error).message };
    }
  });
}

describe('quoteRefund depends on its arguments alone', () => {
  describe('properties', () => {
    it('a quote is the same whatever was quoted before it, in any order, compiled or not', () => {
      fc.assert(
        fc.property(quotesArb, ([policy, cases]) => {
          const forward = quoteAll(policy, cases);
          const backward = quoteAll(policy, [...cases].reverse()).reverse();
          expect(backward).toStrictEqual(forward);
          expect(quoteAll(compileRefundPolicy(policy), cases)).toStrictEqual(forward);
        }),
        { numRuns: 150 },
      );
    });
  });
});
