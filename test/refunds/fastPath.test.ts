import { describe, it } from 'vitest';
import { fastCancellation, fastRegistration } from '../../src/refunds/_fast.js';
import { CancellationSchema, RefundRegistrationSchema } from '../../src/refunds/index.js';
import { assertFastPath } from '../_helpers/bent.js';
import { currencyArb } from '../_arbitraries/money.js';
import { cancellationArb, instantArb, refundRegistrationArb } from '../_arbitraries/refunds.js';

describe('fast validation paths of refunds', () => {
  describe('properties', () => {
    it('the registration check accepts only what the schema accepts, returns exactly what zod returns, and takes every registration starting at an instant', () => {
      // A first session given as a wall-clock time is left to zod, so the valid values start at an instant.
      const registrationArb = currencyArb.chain(refundRegistrationArb).chain((r) => instantArb.map((firstSessionStart) => ({ ...r, firstSessionStart })));
      assertFastPath(fastRegistration, RefundRegistrationSchema, registrationArb);
    });

    it('the cancellation check accepts only what the schema accepts, returns exactly what zod returns (defaults included), and takes every cancellation', () => {
      assertFastPath(fastCancellation, CancellationSchema, cancellationArb);
    });
  });
});
