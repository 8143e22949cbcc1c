/**
 * Arbitraries for refund policies, registrations and cancellations: valid
 * values only, with times near 2026 and zones on both sides of the date
 * line so that deadlines and requests actually meet.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { minorUnitsOf } from '../money/currencies.js';
import { CurrencyCodeSchema, MinorUnitsSchema, type Money } from '../money/schema.js';
import type { Cancellation, RefundRegistration } from '../refunds/cancellation.js';
import type { RefundDeadlineInput } from '../_lib/deadlineSchema.js';
import type { RefundConditions, RefundOutcomeInput, RefundPolicyInput, RefundRuleInput } from '../refunds/schema.js';
import { dateWindowInOrder, dateWindowShape, hhmm, instantWindowInOrder, instantWindowShape, NamePoolSchema, readArguments, readOptions, ZonePoolSchema } from './_options.js';
import { currencyArbitrary, money, percentArbitrary, roundingModeArbitrary } from './money.js';
import { instants, localDates, zones as zonePool } from './time.js';

/** Zones of the refund arbitraries: both sides of the date line, and Santiago's midnight DST changes. */
const REFUND_ZONES = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney', 'UTC', 'America/Santiago'] as const;

/** Reasons for cancelling the refund arbitraries use. */
const REASONS = ['insufficient_registrants', 'leader_unavailable', 'illness', 'schedule_conflict'] as const;

/**
 * Options shared by the refund arbitraries.
 *
 * @example
 * ```ts
 * import type { RefundArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: RefundArbitraryOptions = { currency: 'USD', timeZones: ['America/New_York'], reasons: ['insufficient_registrants'] };
 * ```
 */
export type RefundArbitraryOptions = z.input<typeof RefundOptionsSchema>;

const refundShape = {
  /** The currency of fees and payments (default: any of `TEST_CURRENCIES`). */
  currency: z.optional(CurrencyCodeSchema),
  /** Zones of policies and wall-clock session starts. */
  timeZones: z.optional(ZonePoolSchema),
  /** Reasons for cancelling (default insufficient_registrants, leader_unavailable, illness, schedule_conflict). */
  reasons: z.optional(NamePoolSchema),
};

const RefundOptionsSchema = z.strictObject(refundShape);

type RefundOptions = z.output<typeof RefundOptionsSchema>;

/**
 * Options of {@link refundPolicyArbitrary}.
 *
 * @example
 * ```ts
 * import type { RefundPolicyArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: RefundPolicyArbitraryOptions = { currency: 'USD', monotone: true };
 * ```
 */
export type RefundPolicyArbitraryOptions = z.input<typeof RefundPolicyOptionsSchema>;

const RefundPolicyOptionsSchema = z.strictObject({
  ...refundShape,
  /**
   * Only policies meeting the precondition of the monotonicity law: no rule
   * uses `receivedAfter`, and cash refunds never increase down the list
   * (percent non-increasing, fee non-decreasing, non-cash outcomes after
   * them, and an `otherwise` that pays no cash). Default false.
   */
  monotone: z.optional(z.boolean()),
});

const DeadlineOptionsSchema = z.strictObject(dateWindowShape).check(dateWindowInOrder('2025-06-01', '2027-06-01'));
const ConditionsOptionsSchema = z.strictObject({ ...refundShape, withAfter: z.optional(z.boolean()) });
const CurrencyArgumentsSchema = z.strictObject({ currency: CurrencyCodeSchema });
const RegistrationOptionsSchema = z
  .strictObject({
    ...refundShape,
    /** What was paid, in minor units (default 0 to 200,000 major units), and its minor units when they differ from the currency's. */
    paid: z.optional(z.strictObject({ min: z.optional(z.bigint()), max: z.optional(z.bigint()), minorUnits: z.optional(MinorUnitsSchema) })),
  })
  .check(
    z.superRefine((o, ctx) => {
      const min = o.paid?.min;
      if (min === undefined) return;
      if (min < 0n) ctx.addIssue({ code: 'custom', path: ['paid', 'min'], input: min, message: 'must not be negative: a registration pays nothing or more' });
      const max = o.paid?.max ?? 200_000n * 10n ** BigInt(o.paid?.minorUnits ?? (o.currency === undefined ? 0 : minorUnitsOf(o.currency)));
      if (min > max) ctx.addIssue({ code: 'custom', path: ['paid', 'min'], input: min, message: `must not be more than max (${max} minor units${o.paid?.max === undefined ? ', the default' : ''})` });
    }),
  );
const CancellationOptionsSchema = z.strictObject({ ...refundShape, ...instantWindowShape }).check(instantWindowInOrder('2025-06-01T00:00:00Z', '2027-06-01T00:00:00Z'));

const zones = (o: RefundOptions) => zonePool(o.timeZones ?? REFUND_ZONES);
const reasonArb = (o: RefundOptions) => fc.constantFrom(...(o.reasons ?? REASONS));

/**
 * A refund deadline of any kind: a local date, a date and time, days or
 * hours before the first session, inclusive or not.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { refundDeadlineArbitrary } from 'balint-rules/testing';
 *
 * new Set(fc.sample(refundDeadlineArbitrary(), 100).map((d) => d.kind)).size;
 * //=> 4
 * ```
 */
export function refundDeadlineArbitrary(options: z.input<typeof DeadlineOptionsSchema> = {}): fc.Arbitrary<RefundDeadlineInput> {
  return deadlines(readOptions(DeadlineOptionsSchema, options, 'refundDeadlineArbitrary'));
}

function deadlines(options: z.output<typeof DeadlineOptionsSchema>): fc.Arbitrary<RefundDeadlineInput> {
  const date = localDates({ from: options.from ?? '2025-06-01', until: options.until ?? '2027-06-01' });
  return fc.oneof(
    fc.record({ kind: fc.constant('date' as const), date, inclusive: fc.boolean() }),
    fc.record({
      kind: fc.constant('date_time' as const),
      date,
      time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => hhmm(h, m)),
      inclusive: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('days_before_first_session' as const), days: fc.integer({ min: 0, max: 120 }), inclusive: fc.boolean() }),
    fc.record({ kind: fc.constant('hours_before_first_session' as const), hours: fc.integer({ min: 0, max: 2000 }), inclusive: fc.boolean() }),
  );
}

/**
 * The conditions of a refund rule (any subset); without `receivedAfter`
 * when `withAfter` is false.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { refundConditionsArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(refundConditionsArbitrary({ withAfter: false }), 50).some((c) => c.receivedAfter !== undefined);
 * //=> false
 * ```
 */
export function refundConditionsArbitrary(options: z.input<typeof ConditionsOptionsSchema> = {}): fc.Arbitrary<RefundConditions> {
  return conditions(readOptions(ConditionsOptionsSchema, options, 'refundConditionsArbitrary'));
}

function conditions(options: z.output<typeof ConditionsOptionsSchema>): fc.Arbitrary<RefundConditions> {
  return fc.record(
    {
      cancelledBy: fc.constantFrom('organizer' as const, 'registrant' as const),
      reasons: fc.uniqueArray(reasonArb(options), { minLength: 1, maxLength: 2 }),
      inWriting: fc.boolean(),
      request: fc.constantFrom('cancel' as const, 'transfer' as const),
      receivedBy: deadlines({}),
      ...(options.withAfter === false ? {} : { receivedAfter: deadlines({}) }),
      sessionsAttended: fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<RefundConditions>;
}

/**
 * A withheld fee of up to 500 major units (50,000 minor units for 2-decimal currencies) in `currency`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
import { withholdArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(withholdArbitrary('USD'), 50).every((fee) => fee.currency === 'USD' && Number(fee.amount) <= 500);
 * //=> true
 * ```
 */
export function withholdArbitrary(currency: string): fc.Arbitrary<Money> {
  return withholds(readArguments(CurrencyArgumentsSchema, { currency }, 'withholdArbitrary').currency);
}

function withholds(currency: string): fc.Arbitrary<Money> {
  return money({ currency, max: 50_000n * (currency === 'JPY' ? 1n : currency === 'BHD' ? 10n : 1n) });
}

/**
 * An outcome of a refund rule (a refund less a fee, due within some days; a
 * credit; a transfer; nothing) with fees in `currency`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { refundOutcomeArbitrary } from 'balint-rules/testing';
 *
 * new Set(fc.sample(refundOutcomeArbitrary('USD'), 100).map((o) => o.kind)).size;
 * //=> 4
 * ```
 */
export function refundOutcomeArbitrary(currency: string): fc.Arbitrary<RefundOutcomeInput> {
  return outcomes(readArguments(CurrencyArgumentsSchema, { currency }, 'refundOutcomeArbitrary').currency);
}

function outcomes(currency: string): fc.Arbitrary<RefundOutcomeInput> {
  const fraction = fc.record({ percent: percentArbitrary(), withhold: withholds(currency), rounding: roundingModeArbitrary() }, { requiredKeys: ['percent'] });
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

/**
 * A valid refund policy: up to five rules with any conditions and
 * outcomes, and an `otherwise`, fees in one currency. With `monotone`,
 * only policies meeting the precondition of the monotonicity law.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { refundPolicyArbitrary } from 'balint-rules/testing';
 * import { RefundPolicySchema } from 'balint-rules/refunds';
 *
 * fc.sample(refundPolicyArbitrary({ currency: 'JPY' }), 20).every((p) => RefundPolicySchema.safeParse(p).success);
 * //=> true
 * ```
 */
export function refundPolicyArbitrary(options: RefundPolicyArbitraryOptions = {}): fc.Arbitrary<RefundPolicyInput> {
  return policies(readOptions(RefundPolicyOptionsSchema, options, 'refundPolicyArbitrary'));
}

function policies(options: z.output<typeof RefundPolicyOptionsSchema>): fc.Arbitrary<RefundPolicyInput> {
  const given = options.currency;
  if (given === undefined) return currencyArbitrary().chain((currency) => policies({ ...options, currency }));
  if (options.monotone === true) return monotone(given, options);
  return fc.record({
    timeZone: zones(options),
    rules: fc.array(fc.record({ when: conditions(options), outcome: outcomes(given) }), { maxLength: 5 }),
    otherwise: outcomes(given),
  });
}

function monotone(currency: string, options: RefundOptions): fc.Arbitrary<RefundPolicyInput> {
  const when = conditions({ ...options, withAfter: false });
  const nonCashOutcome = outcomes(currency).filter((o) => o.kind !== 'refund');
  return fc
    .record({
      timeZone: zones(options),
      cash: fc.array(fc.tuple(percentArbitrary(), withholds(currency), when), { maxLength: 4 }),
      rounding: roundingModeArbitrary(),
      nonCash: fc.array(fc.tuple(nonCashOutcome, when), { maxLength: 2 }),
      otherwise: nonCashOutcome,
    })
    .map(({ timeZone, cash, rounding, nonCash, otherwise }) => {
      const percents = cash.map(([p]) => p).sort((a, b) => Number(b) - Number(a));
      const minor = (m: Money): bigint => BigInt(m.amount.replace('.', ''));
      const fees = cash.map(([, w]) => w).sort((a, b) => (minor(a) < minor(b) ? -1 : minor(a) > minor(b) ? 1 : 0));
      const rules: RefundRuleInput[] = cash.map(([, , when], i) => ({ when, outcome: { kind: 'refund', percent: percents[i] as string, withhold: fees[i] as Money, rounding } }));
      for (const [outcome, when] of nonCash) rules.push({ when, outcome });
      return { timeZone, rules, otherwise };
    });
}

/**
 * A registration for a refund quote: what was paid in `currency` (up to
 * 200,000 major units), a first session in 2026 (an instant, or a wall time in
 * a zone), and sometimes the sessions attended.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { refundRegistrationArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(refundRegistrationArbitrary({ currency: 'USD' }), 10).every((r) => r.paid.currency === 'USD' && r.firstSessionStart !== undefined);
 * //=> true
 * ```
 */
export function refundRegistrationArbitrary(options: z.input<typeof RegistrationOptionsSchema> = {}): fc.Arbitrary<RefundRegistration> {
  return registrations(readOptions(RegistrationOptionsSchema, options, 'refundRegistrationArbitrary'));
}

function registrations(options: z.output<typeof RegistrationOptionsSchema>): fc.Arbitrary<RefundRegistration> {
  const given = options.currency;
  if (given === undefined) return currencyArbitrary().chain((currency) => registrations({ ...options, currency }));
  const currency = given;
  const scale = options.paid?.minorUnits ?? minorUnitsOf(currency);
  return fc.record(
    {
      paid: money({
        currency,
        ...(options.paid?.minorUnits === undefined ? {} : { minorUnits: options.paid.minorUnits }),
        min: options.paid?.min ?? 0n,
        max: options.paid?.max ?? 200_000n * 10n ** BigInt(scale),
      }),
      firstSessionStart: fc.oneof(
        instants({}),
        fc.record({ date: localDates({ from: '2026-01-01', until: '2026-12-31' }), time: fc.constantFrom('08:00', '11:00', '19:00', '02:30'), timeZone: zones(options) }),
      ),
      sessionsAttended: fc.integer({ min: 0, max: 8 }),
    },
    { requiredKeys: ['paid', 'firstSessionStart'] },
  );
}

/**
 * A cancellation received between mid-2025 and mid-2027 (instants with
 * offsets), by the organizer or the registrant, perhaps with a reason, in
 * writing or not, acknowledged up to 20 days later or not yet.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { cancellationArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(cancellationArbitrary({ reasons: ['illness'] }), 20).every((c) => c.reason === undefined || c.reason === 'illness');
 * //=> true
 * ```
 */
export function cancellationArbitrary(options: z.input<typeof CancellationOptionsSchema> = {}): fc.Arbitrary<Cancellation> {
  const o = readOptions(CancellationOptionsSchema, options, 'cancellationArbitrary');
  return fc
    .record(
      {
        by: fc.constantFrom('organizer' as const, 'registrant' as const),
        reason: reasonArb(o),
        request: fc.constantFrom('cancel' as const, 'transfer' as const),
        at: instants(o),
        inWriting: fc.boolean(),
        ackDelayMinutes: fc.integer({ min: 0, max: 20 * 24 * 60 }),
      },
      { requiredKeys: ['by', 'at'] },
    )
    .map(({ ackDelayMinutes, ...c }) =>
      ackDelayMinutes === undefined ? c : { ...c, acknowledgedAt: epochMsToInstant(instantToEpochMs(c.at) + ackDelayMinutes * 60_000) },
    );
}
