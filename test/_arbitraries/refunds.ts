/**
 * fast-check arbitraries for refund policies, registrations and
 * cancellations: valid values only, with times near 2026 and zones on both
 * sides of the date line so deadlines and requests actually meet.
 */
import fc from 'fast-check';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import type { Money } from '../../src/money/schema.js';
import type { RefundDeadlineInput } from '../../src/refunds/deadline.js';
import type { Cancellation, RefundRegistration } from '../../src/refunds/cancellation.js';
import type { RefundConditions, RefundOutcomeInput, RefundPolicyInput, RefundRuleInput } from '../../src/refunds/schema.js';
import { moneyInArb, percentArb, roundingModeArb } from './money.js';
import { localDateArb } from './recurrence.js';

export const refundZoneArb = fc.constantFrom(
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
  'America/Santiago',
);

const START = instantToEpochMs('2025-06-01T00:00:00Z');
const END = instantToEpochMs('2027-06-01T00:00:00Z');

/** An instant between mid-2025 and mid-2027, written in UTC or with an offset. */
export const instantArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: START / 60_000, max: END / 60_000 }), fc.integer({ min: 0, max: 59_999 }), fc.constantFrom(0, -420, -240, 60, 330, 540))
  .map(([minutes, ms, offset]) => {
    const utc = minutes * 60_000 + ms;
    if (offset === 0) return epochMsToInstant(utc);
    const local = epochMsToInstant(utc + offset * 60_000).slice(0, 23);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  });

export const refundDeadlineArb: fc.Arbitrary<RefundDeadlineInput> = fc.oneof(
  fc.record({ kind: fc.constant('date' as const), date: localDateArb('2025-06-01', '2027-06-01'), inclusive: fc.boolean() }),
  fc.record({
    kind: fc.constant('dateTime' as const),
    date: localDateArb('2025-06-01', '2027-06-01'),
    time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    inclusive: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('daysBeforeFirstSession' as const), days: fc.integer({ min: 0, max: 120 }), inclusive: fc.boolean() }),
  fc.record({ kind: fc.constant('hoursBeforeFirstSession' as const), hours: fc.integer({ min: 0, max: 2000 }), inclusive: fc.boolean() }),
);

const reasonArb = fc.constantFrom('insufficient_registrants', 'leader_unavailable', 'illness', 'schedule_conflict');

/** Conditions without `receivedAfter` unless `withAfter` (monotone policies use none). */
export function conditionsArb(withAfter = true): fc.Arbitrary<RefundConditions> {
  return fc.record(
    {
      cancelledBy: fc.constantFrom('organizer' as const, 'registrant' as const),
      reasons: fc.uniqueArray(reasonArb, { minLength: 1, maxLength: 2 }),
      inWriting: fc.boolean(),
      request: fc.constantFrom('cancel' as const, 'transfer' as const),
      receivedBy: refundDeadlineArb,
      ...(withAfter ? { receivedAfter: refundDeadlineArb } : {}),
      sessionsAttended: fc
        .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }))
        .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<RefundConditions>;
}

/** A withheld fee of up to 500 major units in `currency`. */
export function withholdArb(currency: string): fc.Arbitrary<Money> {
  return moneyInArb(currency, { max: 50_000n * (currency === 'JPY' ? 1n : currency === 'BHD' ? 10n : 1n) });
}

/** Any outcome whose fee is in `currency`. */
export function outcomeArb(currency: string): fc.Arbitrary<RefundOutcomeInput> {
  const fraction = fc.record(
    { percent: percentArb, withhold: withholdArb(currency), rounding: roundingModeArb },
    { requiredKeys: ['percent'] },
  );
  return fc.oneof(
    fraction.chain((f) =>
      fc
        .option(fc.record({ days: fc.integer({ min: 0, max: 90 }), after: fc.constantFrom('acknowledgement' as const, 'receipt' as const) }), { nil: undefined })
        .map((due) => ({ kind: 'refund' as const, ...f, ...(due === undefined ? {} : { due }) })),
    ),
    fraction.map((f) => ({ kind: 'credit' as const, ...f })),
    fc.constant({ kind: 'transfer' as const }),
    fc.constant({ kind: 'none' as const }),
  );
}

/** Any policy whose fees are in `currency`. */
export function refundPolicyArb(currency: string): fc.Arbitrary<RefundPolicyInput> {
  return fc.record({
    timeZone: refundZoneArb,
    rules: fc.array(fc.record({ when: conditionsArb(), outcome: outcomeArb(currency) }), { maxLength: 5 }),
    otherwise: outcomeArb(currency),
  });
}

/**
 * A policy meeting the precondition of the monotonicity law: no rule uses
 * `receivedAfter`, and cash refunds never increase down the list (percent
 * non-increasing, fee non-decreasing, non-cash outcomes last, and the
 * `otherwise` outcome pays no cash).
 */
export function monotoneRefundPolicyArb(currency: string): fc.Arbitrary<RefundPolicyInput> {
  return fc
    .record({
      timeZone: refundZoneArb,
      cash: fc.array(fc.tuple(percentArb, withholdArb(currency), conditionsArb(false)), { maxLength: 4 }),
      rounding: roundingModeArb,
      nonCash: fc.array(fc.tuple(outcomeArb(currency).filter((o) => o.kind !== 'refund'), conditionsArb(false)), { maxLength: 2 }),
      otherwise: outcomeArb(currency).filter((o) => o.kind !== 'refund'),
    })
    .map(({ timeZone, cash, rounding, nonCash, otherwise }) => {
      const percents = cash.map(([p]) => p).sort((a, b) => Number(b) - Number(a));
      const minor = (m: Money): bigint => BigInt(m.amount.replace('.', ''));
      const fees = cash.map(([, w]) => w).sort((a, b) => (minor(a) < minor(b) ? -1 : minor(a) > minor(b) ? 1 : 0));
      const rules: RefundRuleInput[] = cash.map(([, , when], i) => ({
        when,
        outcome: { kind: 'refund', percent: percents[i] as string, withhold: fees[i] as Money, rounding },
      }));
      for (const [outcome, when] of nonCash) rules.push({ when, outcome });
      return { timeZone, rules, otherwise };
    });
}

/** A registration in `currency` with a first session in 2026 (always present, so relative deadlines resolve). */
export function refundRegistrationArb(currency: string): fc.Arbitrary<RefundRegistration> {
  return fc.record(
    {
      paid: moneyInArb(currency, { max: 200_000n * (currency === 'JPY' ? 1n : currency === 'BHD' ? 1000n : 100n) }),
      firstSessionStart: fc.oneof(
        instantArb,
        fc.record({ date: localDateArb('2026-01-01', '2026-12-31'), time: fc.constantFrom('08:00', '11:00', '19:00', '02:30'), timeZone: refundZoneArb }),
      ),
      sessionsAttended: fc.integer({ min: 0, max: 8 }),
    },
    { requiredKeys: ['paid', 'firstSessionStart'] },
  );
}

/** A cancellation received in 2025-2027, acknowledged up to 20 days later (or not yet). */
export const cancellationArb: fc.Arbitrary<Cancellation> = fc
  .record(
    {
      by: fc.constantFrom('organizer' as const, 'registrant' as const),
      reason: reasonArb,
      request: fc.constantFrom('cancel' as const, 'transfer' as const),
      receivedAt: instantArb,
      inWriting: fc.boolean(),
      ackDelayMinutes: fc.integer({ min: 0, max: 20 * 24 * 60 }),
    },
    { requiredKeys: ['by', 'receivedAt'] },
  )
  .map(({ ackDelayMinutes, ...c }) =>
    ackDelayMinutes === undefined ? c : { ...c, acknowledgedAt: epochMsToInstant(instantToEpochMs(c.receivedAt) + ackDelayMinutes * 60_000) },
  );

