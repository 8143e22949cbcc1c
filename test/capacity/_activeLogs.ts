/** Logs that act on the roster as it stands: cancellations by those registered, answers by those offered a seat, transfers by those holding a place. */
import fc from 'fast-check';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { applyRegistrationEvent, emptyRoster, type CapacityPolicy, type RegistrationEvent } from '../../src/capacity/index.js';

const DAY_MS = 86_400_000;
const KINDS = ['register', 'register', 'register', 'cancel', 'accept', 'accept', 'decline', 'transfer'] as const;

/** A policy and a log for it, each event chosen among those it can concern at that point (or anyone, now and then). */
export function activeLogs(policies: fc.Arbitrary<CapacityPolicy>, people: readonly string[], maxLength = 40): fc.Arbitrary<[CapacityPolicy, RegistrationEvent[]]> {
  const intent = fc.record({
    kind: fc.constantFrom(...KINDS),
    pick: fc.nat(),
    to: fc.constantFrom(...people),
    gapMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * DAY_MS })),
  });
  return fc.tuple(policies, fc.array(intent, { minLength: 5, maxLength, size: 'max' })).map(([policy, intents]) => {
    let roster = emptyRoster();
    let ms = instantToEpochMs('2026-01-01T00:00:00Z');
    const events: RegistrationEvent[] = [];
    for (const { kind, pick, to, gapMs } of intents) {
      ms += gapMs;
      const at = epochMsToInstant(ms);
      const offered = roster.offers.map((o) => o.registrantId);
      const pool =
        kind === 'accept' || kind === 'decline' ? offered : kind === 'cancel' ? [...roster.confirmed, ...roster.waitlist, ...offered] : kind === 'transfer' ? [...roster.confirmed, ...roster.waitlist] : [];
      const from = pool.length > 0 && pick % 5 !== 0 ? pool : people;
      const registrantId = from[pick % from.length] as string;
      const event: RegistrationEvent = kind === 'transfer' ? { kind, registrantId, to, at } : { kind, registrantId, at };
      roster = applyRegistrationEvent(policy, roster, event);
      events.push(event);
    }
    return [policy, events];
  });
}
