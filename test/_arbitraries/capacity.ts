/**
 * fast-check arbitraries for capacity: policies and registration logs (valid
 * values only: events in time order). Registrant ids come from a small pool
 * so that duplicates, re-registrations and cancellations happen often.
 */
import fc from 'fast-check';
import { epochMsToInstant } from '../../src/_lib/instant.js';
import type { CapacityPolicy } from '../../src/capacity/policy.js';
import type { RegistrationEvent } from '../../src/capacity/events.js';
import { localDateArb } from './recurrence.js';

export const REGISTRANT_IDS = ['ana', 'ben', 'cai', 'dee', 'eli', 'fay', 'gus', 'hal'] as const;

export const registrantIdArb: fc.Arbitrary<string> = fc.constantFrom(...REGISTRANT_IDS);

/** Any valid policy with a small number of seats, so rosters fill up. */
export const capacityPolicyArb: fc.Arbitrary<CapacityPolicy> = fc
  .record({
    maxSeats: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    waitlist: fc.boolean(),
    maxWaitlist: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    minRegistrants: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    decisionDate: fc.option(
      fc.record({ date: localDateArb('2026-01-01', '2026-03-31'), timeZone: fc.constantFrom('America/New_York', 'America/Los_Angeles', 'UTC') }),
      { nil: undefined },
    ),
  })
  .map(({ maxSeats, waitlist, maxWaitlist, minRegistrants, decisionDate }) => {
    const policy: CapacityPolicy = { waitlist };
    if (maxSeats !== undefined) policy.maxSeats = maxSeats;
    if (maxWaitlist !== undefined && maxSeats !== undefined && waitlist) policy.maxWaitlist = maxWaitlist;
    if (minRegistrants !== undefined) policy.minRegistrants = maxSeats === undefined ? minRegistrants : Math.min(minRegistrants, maxSeats);
    if (decisionDate !== undefined) policy.decisionDate = decisionDate;
    return policy;
  });

const START_MS = Date.UTC(2026, 0, 1);

/** A registration log in time order: mostly registrations, some at the same instant. */
export const registrationEventsArb: fc.Arbitrary<RegistrationEvent[]> = fc
  .array(
    fc.record({
      type: fc.constantFrom<'register' | 'cancel'>('register', 'register', 'cancel'),
      registrantId: registrantIdArb,
      gapMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * 86_400_000 })),
    }),
    { maxLength: 30 },
  )
  .map((entries) => {
    let ms = START_MS;
    return entries.map(({ type, registrantId, gapMs }) => {
      ms += gapMs;
      return { type, registrantId, at: epochMsToInstant(ms) };
    });
  });
