import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import { fastRegistration, fastTimedCancellation } from '../../src/refunds/_fast.js';
import { CancellationSchema, RefundRegistrationSchema } from '../../src/refunds/index.js';
import { assertFastPath } from '../_helpers/bent.js';
import { currencyArb } from '../_arbitraries/money.js';
import { cancellationArb, instantArb, refundRegistrationArb } from '../_arbitraries/refunds.js';

/** The cancellation the timed check returns, as zod would return it. */
const fastCancellation = (value: unknown) => fastTimedCancellation(value)?.cancellation;

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

    it('the timed cancellation check reads the instants of what it takes as instantToEpochMs does', () => {
      const withAcknowledgement = fc.tuple(cancellationArb, instantArb).map(([c, acknowledgedAt]) => ({ ...c, acknowledgedAt }));
      fc.assert(
        fc.property(fc.oneof(cancellationArb, withAcknowledgement, fc.anything()), (value) => {
          const timed = fastTimedCancellation(value);
          if (timed === undefined) return;
          const { receivedAt, acknowledgedAt } = timed.cancellation;
          expect(timed.receivedMs).toBe(instantToEpochMs(receivedAt));
          expect(timed.acknowledgedMs).toBe(acknowledgedAt === undefined ? undefined : instantToEpochMs(acknowledgedAt));
        }),
        { numRuns: 500 },
      );
    });
  });
});
