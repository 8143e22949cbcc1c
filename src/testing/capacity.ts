/** Arbitraries for capacity: policies and registration logs (valid values only: events in time order). */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { REGISTRATION_EVENT_KINDS, type RegistrationEvent } from '../capacity/events.js';
import type { CapacityPolicy } from '../capacity/policy.js';
import type { TransferPolicy } from '../capacity/policySettings.js';
import type { RegistrationWindow } from '../_lib/registrationWindow.js';
import { InstantSchema } from '../common/schemas.js';
import { dateWindowInOrder, dateWindowShape, NamePoolSchema, pool, readOptions, wholeNumber, ZonePoolSchema } from './_options.js';
import { localDates, zones } from './time.js';

/**
 * The default pool of registrant ids: small, so that duplicates,
 * re-registrations and cancellations happen often.
 *
 * @example
 * ```ts
 * import { TEST_REGISTRANT_IDS } from 'balint-rules/testing';
 *
 * TEST_REGISTRANT_IDS.length;
 * //=> 8
 * ```
 */
export const TEST_REGISTRANT_IDS = ['ana', 'ben', 'cai', 'dee', 'eli', 'fay', 'gus', 'hal'] as const;

/**
 * Options of {@link capacityPolicyArbitrary}.
 *
 * @example
 * ```ts
 * import type { CapacityPolicyArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: CapacityPolicyArbitraryOptions = { maxSeats: 12, timeZones: ['America/New_York'] };
 * ```
 */
export type CapacityPolicyArbitraryOptions = z.input<typeof CapacityOptionsSchema>;

const CapacityOptionsSchema = z
  .strictObject({
    /** Most seats (default 5, so rosters fill up). */
    maxSeats: z.optional(wholeNumber(1, 1_000_000)),
    /** Zones of decision dates (default New York, Los Angeles, UTC). */
    timeZones: z.optional(ZonePoolSchema),
    /** Window of decision dates (default 2026-01-01 to 2026-03-31); registration windows close in it too. */
    ...dateWindowShape,
    /** Whether policies may have a registration window (default false). */
    registrationWindows: z.optional(z.boolean()),
    /** Whether policies may make waitlist offers, of 1 to 72 hours (default false). */
    waitlistOffers: z.optional(z.boolean()),
    /** Whether policies may allow transfers, with or without a fee (default false). */
    transfers: z.optional(z.boolean()),
  })
  .check(dateWindowInOrder('2026-01-01', '2026-03-31'));

/**
 * A valid capacity policy with few seats: optional seat limit, waitlist
 * (with a limit only when there are seats and a waitlist), minimum no
 * larger than the seats, and decision date; on request, a registration
 * window (`registrationWindows`), waitlist offers (`waitlistOffers`) and
 * transfers (`transfers`).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { capacityPolicyArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(capacityPolicyArbitrary({ maxSeats: 12 }), 20).every((p) => (p.maxSeats ?? 12) <= 12 && (p.minRegistrants ?? 0) <= (p.maxSeats ?? Infinity));
 * //=> true
 * ```
 */
export function capacityPolicyArbitrary(options: CapacityPolicyArbitraryOptions = {}): fc.Arbitrary<CapacityPolicy> {
  const o = readOptions(CapacityOptionsSchema, options, 'capacityPolicyArbitrary');
  const seats = o.maxSeats ?? 5;
  return fc
    .record({
      maxSeats: fc.option(fc.integer({ min: 1, max: seats }), { nil: undefined }),
      waitlist: fc.boolean(),
      maxWaitlist: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      minRegistrants: fc.option(fc.integer({ min: 1, max: seats + 1 }), { nil: undefined }),
      decisionDate: fc.option(
        fc.record({
          date: localDates({ from: o.from ?? '2026-01-01', until: o.until ?? '2026-03-31' }),
          timeZone: zones(o.timeZones ?? ['America/New_York', 'America/Los_Angeles', 'UTC']),
        }),
        { nil: undefined },
      ),
    })
    .chain((base) =>
      fc
        .record({
          registrationWindow: o.registrationWindows === true ? fc.option(windowArbitrary(o.from ?? '2026-01-01', o.until ?? '2026-03-31', zones(o.timeZones ?? ['America/New_York', 'America/Los_Angeles', 'UTC'])), { nil: undefined }) : fc.constant(undefined),
          claimHours: o.waitlistOffers === true ? fc.option(fc.integer({ min: 1, max: 72 }), { nil: undefined }) : fc.constant(undefined),
          transfers: o.transfers === true ? fc.option(transfersArbitrary, { nil: undefined }) : fc.constant(undefined),
        })
        .map((extra) => ({ ...base, ...extra })),
    )
    .map(({ maxSeats, waitlist, maxWaitlist, minRegistrants, decisionDate, registrationWindow, claimHours, transfers }) => {
      const policy: CapacityPolicy = { waitlist };
      if (registrationWindow !== undefined) policy.registrationWindow = registrationWindow;
      if (claimHours !== undefined) policy.waitlistOffers = { claimHours };
      if (transfers !== undefined) policy.transfers = transfers;
      if (maxSeats !== undefined) policy.maxSeats = maxSeats;
      if (maxWaitlist !== undefined && maxSeats !== undefined && waitlist) policy.maxWaitlist = maxWaitlist;
      if (minRegistrants !== undefined) policy.minRegistrants = maxSeats === undefined ? minRegistrants : Math.min(minRegistrants, maxSeats);
      if (decisionDate !== undefined) policy.decisionDate = decisionDate;
      return policy;
    });
}

/** A registration window: opening at an instant, closing at the end of a local date, or both. */
function windowArbitrary(from: string, until: string, zone: fc.Arbitrary<string>): fc.Arbitrary<RegistrationWindow> {
  const closes = fc.record({ date: localDates({ from, until }), timeZone: zone });
  return fc.oneof(
    closes.map((c) => ({ closes: c })),
    closes.map((c) => ({ opens: `${from}T00:00:00Z`, closes: c })),
    fc.constant({ opens: `${from}T12:00:00Z` }),
  );
}

/** Transfers allowed, refused, or allowed for a fee. */
const transfersArbitrary: fc.Arbitrary<TransferPolicy> = fc.oneof(
  fc.constant({ allowed: true }),
  fc.constant({ allowed: false }),
  fc.integer({ min: 0, max: 5000 }).map((cents) => ({ allowed: true, fee: { amount: (cents / 100).toFixed(2), currency: 'USD' } })),
);

/**
 * Options of {@link registrationEventsArbitrary}.
 *
 * @example
 * ```ts
 * import type { RegistrationEventsArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: RegistrationEventsArbitraryOptions = { registrantIds: ['ana', 'ben', 'cai'], from: '2026-02-01T00:00:00Z', maxLength: 10 };
 * ```
 */
export type RegistrationEventsArbitraryOptions = z.input<typeof RegistrationEventsOptionsSchema>;

const RegistrationEventsOptionsSchema = z.strictObject({
  /** Ids registrants are drawn from (default {@link TEST_REGISTRANT_IDS}). */
  registrantIds: z.optional(NamePoolSchema),
  /** The instant of the first possible event (default 2026-01-01T00:00:00Z). */
  from: z.optional(InstantSchema),
  /** Most events (default 30). */
  maxLength: z.optional(wholeNumber(0, 10_000)),
  /** The kinds of event drawn (default register and cancel); `accept`, `decline` and `transfer` answer offers and hand places on. */
  eventKinds: z.optional(pool(z.enum(REGISTRATION_EVENT_KINDS))),
});

/**
 * A registration log in time order: registrations twice as often as each
 * other kind (by default only cancellations; see `eventKinds`), some at the
 * same instant, up to three days apart. A transfer names a colleague from
 * the same pool of ids.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { registrationEventsArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(registrationEventsArbitrary({ registrantIds: ['ana'] }), 10).every((log) => log.every((e) => e.registrantId === 'ana'));
 * //=> true
 * ```
 */
export function registrationEventsArbitrary(options: RegistrationEventsArbitraryOptions = {}): fc.Arbitrary<RegistrationEvent[]> {
  const o = readOptions(RegistrationEventsOptionsSchema, options, 'registrationEventsArbitrary');
  const start = instantToEpochMs(o.from ?? '2026-01-01T00:00:00Z');
  const ids = o.registrantIds ?? TEST_REGISTRANT_IDS;
  const wanted = o.eventKinds ?? ['register', 'cancel'];
  const kinds = wanted.flatMap((k) => (k === 'register' ? [k, k] : [k]));
  return fc
    .array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        registrantId: fc.constantFrom(...ids),
        to: fc.constantFrom(...ids),
        gapMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * 86_400_000 })),
      }),
      { maxLength: o.maxLength ?? 30 },
    )
    .map((entries) => {
      let ms = start;
      return entries.map(({ kind, registrantId, to, gapMs }): RegistrationEvent => {
        ms += gapMs;
        const at = epochMsToInstant(ms);
        return kind === 'transfer' ? { kind, registrantId, to, at } : { kind, registrantId, at };
      });
    });
}
