/** A refund policy with a registration and a cancellation to quote under it, fees and payment in one currency. */
import fc from 'fast-check';
import { currencyArb } from '../_arbitraries/money.js';
import { cancellationArb, refundPolicyArb, refundRegistrationArb } from '../_arbitraries/refunds.js';

export const refundCaseArb = currencyArb.chain((currency) =>
  fc.record({ policy: refundPolicyArb(currency), registration: refundRegistrationArb(currency), cancellation: cancellationArb }),
);
