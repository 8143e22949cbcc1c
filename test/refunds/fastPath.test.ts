import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import { fastCancellation, fastRegistration, fastTimedCancellation } from '../../src/refunds/_fast.js';
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

    it('the timed cancellation check takes what the cancellation check takes, and reads its instants as instantToEpochMs does', () => {
      const withAcknowledgement = fc.tuple(cancellationArb, instantArb).map(([c, acknowledgedAt]) => ({ ...c, acknowledgedAt }));
      fc.assert(
        fc.property(fc.oneof(cancellationArb, withAcknowledgement, fc.anything()), (value) => {
          const timed = fastTimedCancellation(value);
          const plain = fastCancellation(value);
          expect(timed?.cancellation).toStrictEqual(plain);
          if (timed === undefined || plain === undefined) return;
          expect(timed.receivedMs).toBe(instantToEpochMs(plain.receivedAt));
          expect(timed.acknowledgedMs).toBe(plain.acknowledgedAt === undefined ? undefined : instantToEpochMs(plain.acknowledgedAt));
        }),
        { numRuns: 500 },
      );
    });
  });
});
