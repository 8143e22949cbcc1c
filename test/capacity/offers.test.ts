import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import {
  applyRegistrationEvent,
  emptyRoster,
  registrantStatus,
  replayRegistrations,
  type CapacityPolicy,
  type RegistrationEvent,
  type RosterState,
} from '../../src/capacity/index.js';
import { capacityPolicyArbitrary, registrationEventsArbitrary } from '../../src/testing/capacity.js';
import { activeLogs } from './_activeLogs.js';
import { ValidationError } from '../../src/errors/index.js';

const ev = (kind: 'register' | 'cancel' | 'accept' | 'decline', registrantId: string, at: string): RegistrationEvent => ({ kind, registrantId, at });
const codes = (state: RosterState) => state.decisions.map((d) => `${d.registrantId}:${d.code}`);

/** Two seats; a freed seat is offered for 48 hours ("waitlist hours" in ClubExpress, "time to respond" in Eventbrite). */
const policy = { maxSeats: 2, waitlistOffers: { claimHours: 48 } };
const full = [
  ev('register', 'ana', '2026-02-01T15:00:00Z'),
  ev('register', 'ben', '2026-02-01T16:00:00Z'),
  ev('register', 'cai', '2026-02-02T09:00:00Z'),
  ev('register', 'dee', '2026-02-02T10:00:00Z'),
  ev('cancel', 'ana', '2026-03-01T12:00:00Z'),
];

describe('waitlist offers', () => {
  it('a freed seat is offered to the head of the waitlist and held for them, not given to a newcomer', () => {
    const roster = replayRegistrations(policy, [...full, ev('register', 'eve', '2026-03-01T13:00:00Z')]);
    expect(roster.confirmed).toEqual(['ben']);
    expect(roster.offers).toEqual([{ registrantId: 'cai', replaces: 'ana', offeredAt: '2026-03-01T12:00:00Z', expiresAt: '2026-03-03T12:00:00.000Z' }]);
    expect(roster.waitlist).toEqual(['dee', 'eve']);
    expect(roster.decisions[5]).toMatchObject({ code: 'offer_made', registrantId: 'cai', message: 'cai is offered the seat ana gave up, to accept before 2026-03-03T12:00:00.000Z.' });
    expect(registrantStatus(roster, 'cai')).toEqual({ status: 'offered', expiresAt: '2026-03-03T12:00:00.000Z', message: 'cai is offered a seat, to accept before 2026-03-03T12:00:00.000Z.' });
    expect(roster.promotions).toEqual([]);
  });

  it('an accept within the claim window confirms; it counts as a promotion', () => {
    const roster = replayRegistrations(policy, [...full, ev('accept', 'cai', '2026-03-02T08:00:00Z')]);
    expect(roster.confirmed).toEqual(['ben', 'cai']);
    expect(roster.offers).toEqual([]);
    expect(roster.promotions).toEqual([{ registrantId: 'cai', replaces: 'ana', at: '2026-03-02T08:00:00Z', eventIndex: 5 }]);
    expect(roster.decisions.at(-1)?.message).toBe('cai accepted the offered seat ana gave up and is confirmed.');
  });

  it('a decline offers the seat to the next in line; the one who declined leaves the waitlist', () => {
    const roster = replayRegistrations(policy, [...full, ev('decline', 'cai', '2026-03-02T08:00:00Z')]);
    expect(roster.offers).toEqual([{ registrantId: 'dee', replaces: 'ana', offeredAt: '2026-03-02T08:00:00Z', expiresAt: '2026-03-04T08:00:00.000Z' }]);
    expect(roster.cancelled).toEqual(['ana', 'cai']);
    expect(codes(roster).slice(-2)).toEqual(['cai:offer_declined', 'dee:offer_made']);
  });

  it('offer, expiry, next offer, accept: expiry comes from the next event\'s instant, never a clock', () => {
    const roster = replayRegistrations(policy, [...full, ev('accept', 'dee', '2026-03-04T09:00:00Z')]);
    expect(codes(roster).slice(-4)).toEqual(['cai:offer_made', 'cai:offer_expired', 'dee:offer_made', 'dee:offer_accepted']);
    expect(roster.decisions.at(-3)).toMatchObject({ at: '2026-03-03T12:00:00.000Z', eventIndex: 5, message: "cai's offer expired at 2026-03-03T12:00:00.000Z unanswered; cai leaves the waitlist." });
    expect(roster.confirmed).toEqual(['ben', 'dee']);
  });

  it('as of a moment: offers whose claim window ended by then have expired', () => {
    const before = replayRegistrations(policy, full, { at: '2026-03-03T11:59:59Z' });
    expect(before.offers.map((o) => o.registrantId)).toEqual(['cai']);
    const at = replayRegistrations(policy, full, { at: '2026-03-03T12:00:00Z' });
    expect(at.offers).toEqual([{ registrantId: 'dee', replaces: 'ana', offeredAt: '2026-03-03T12:00:00.000Z', expiresAt: '2026-03-05T12:00:00.000Z' }]);
    const later = replayRegistrations(policy, full, { at: '2026-03-10T00:00:00Z' });
    expect([later.offers, later.waitlist, later.confirmed]).toEqual([[], [], ['ben']]);
  });

  it('an accept after the offer expired is refused with a decision; an answer with no offer is a decision too', () => {
    const roster = replayRegistrations(policy, [...full, ev('accept', 'cai', '2026-03-03T12:00:00Z'), ev('decline', 'eve', '2026-03-03T13:00:00Z')]);
    expect(roster.decisions.at(-2)).toMatchObject({ code: 'offer_answer_too_late', registrantId: 'cai', answer: 'accept', expiredAt: '2026-03-03T12:00:00.000Z' });
    expect(roster.decisions.at(-1)).toMatchObject({ code: 'no_offer_to_answer', registrantId: 'eve', answer: 'decline', message: 'eve has no outstanding offer; the decline is ignored.' });
    expect(roster.confirmed).toEqual(['ben']);
  });

  it('whoever let an offer lapse may register again, at the back of the queue', () => {
    const roster = replayRegistrations(policy, [...full, ev('register', 'cai', '2026-03-04T00:00:00Z')]);
    expect(roster.offers.map((o) => o.registrantId)).toEqual(['dee']);
    expect(roster.waitlist).toEqual(['cai']);
  });

  it('a cancellation by someone holding an offer declines it', () => {
    const roster = replayRegistrations(policy, [...full, ev('cancel', 'cai', '2026-03-02T00:00:00Z')]);
    expect(codes(roster).slice(-2)).toEqual(['cai:offer_declined', 'dee:offer_made']);
  });

  it('without waitlistOffers, accept and decline are answered with no_offer_to_answer and seats go at once', () => {
    const roster = replayRegistrations({ maxSeats: 2 }, [...full, ev('accept', 'cai', '2026-03-02T08:00:00Z')]);
    expect(codes(roster).slice(-2)).toEqual(['cai:promoted_from_waitlist', 'cai:no_offer_to_answer']);
  });

  it('at earlier than the last event is a ValidationError; so is an unknown option', () => {
    expect(() => replayRegistrations(policy, full, { at: '2026-02-01T00:00:00Z' })).toThrow(ValidationError);
    expect(() => replayRegistrations(policy, full, { At: '2026-04-01T00:00:00Z' } as never)).toThrow(/did you mean "at"/);
  });

  it('a stored roster with offers the policy does not make is refused', () => {
    const roster = replayRegistrations(policy, full);
    expect(() => applyRegistrationEvent({ maxSeats: 2 }, roster, ev('accept', 'cai', '2026-03-02T00:00:00Z'))).toThrow(/makes no waitlist offers/);
  });

  // Few seats, a waitlist and offers, a dozen people: offers are made, answered and left to expire often.
  const offering = capacityPolicyArbitrary({ maxSeats: 3, waitlistOffers: true, transfers: true }).filter((p) => p.waitlistOffers !== undefined && p.maxSeats !== undefined && p.waitlist);
  const people = Array.from({ length: 12 }, (_, i) => `p${i + 1}`);
  const cases = activeLogs(offering, people);
  const asOfs = fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 }), { nil: undefined });
  const asOfFor = (events: readonly RegistrationEvent[], extra: number | undefined) =>
    extra === undefined ? {} : { at: new Date(instantToEpochMs(events.at(-1)?.at ?? '2026-01-01T00:00:00Z') + extra).toISOString() };

  it('law: confirmed plus outstanding offers never exceed the seats', () => {
    fc.assert(
      fc.property(cases, asOfs, ([p, events], extra) => {
        for (let n = 0; n <= events.length; n += 1) {
          const r = replayRegistrations(p, events.slice(0, n), asOfFor(events.slice(0, n), extra));
          expect(r.confirmed.length + r.offers.length).toBeLessThanOrEqual(p.maxSeats ?? Infinity);
          if (r.waitlist.length > 0) expect(r.confirmed.length + r.offers.length).toBe(p.maxSeats);
        }
      }),
    );
  });

  it('law: an expired or declined offer never confirms', () => {
    fc.assert(
      fc.property(cases, ([p, events]) => {
        const r = replayRegistrations(p, events);
        r.decisions.forEach((d, i) => {
          if (d.code !== 'offer_expired' && d.code !== 'offer_declined') return;
          // Only a new offer (after registering again, at the back of the queue) can bring them a seat by accepting.
          const later = r.decisions.slice(i + 1).filter((x) => x.registrantId === d.registrantId && (x.code === 'offer_made' || x.code === 'offer_accepted'));
          if (later[0] !== undefined) expect(later[0].code).toBe('offer_made');
        });
      }),
    );
  });

  it('law: nobody overtakes the queue: offers go in waitlist order', () => {
    fc.assert(
      fc.property(cases, ([p, events]) => {
        let before = emptyRoster();
        for (const event of events) {
          const after = applyRegistrationEvent(p, before, event);
          const offered = after.decisions.slice(before.decisions.length).filter((d) => d.code === 'offer_made').map((d) => d.registrantId);
          const queue = [...before.waitlist, ...(event.kind === 'register' ? [event.registrantId] : [])];
          const stillThere = queue.filter((id) => offered.includes(id));
          expect(offered).toEqual(stillThere.slice(0, offered.length));
          // Each offer goes to someone who was at the head once those ahead were offered, left or handed on their place.
          for (const id of offered) expect(queue.slice(0, queue.indexOf(id)).every((ahead) => !after.waitlist.includes(ahead))).toBe(true);
          before = after;
        }
      }),
    );
  });

  it('law: replay is deterministic and equals applying the events one at a time, the last as of the same moment', () => {
    fc.assert(
      fc.property(cases, asOfs, ([p, events], extra) => {
        const options = asOfFor(events, extra);
        const replayed = replayRegistrations(p, events, options);
        expect(replayRegistrations(p, events, options)).toEqual(replayed);
        let roster = emptyRoster();
        events.forEach((e, i) => {
          roster = applyRegistrationEvent(p, roster, e, i === events.length - 1 ? options : {});
        });
        if (events.length > 0) expect(roster).toEqual(replayed);
      }),
    );
  });

  it('law: without waitlistOffers the replay is exactly today\'s (no offers, accept and decline change nothing)', () => {
    fc.assert(
      fc.property(capacityPolicyArbitrary(), registrationEventsArbitrary({ eventKinds: ['register', 'cancel', 'accept', 'decline', 'transfer'], maxLength: 40 }), (p: CapacityPolicy, events) => {
        const r = replayRegistrations(p, events);
        const plain = replayRegistrations(p, events.filter((e) => e.kind !== 'accept' && e.kind !== 'decline'));
        expect(r.offers).toEqual([]);
        expect([r.confirmed, r.waitlist, r.declined, r.cancelled]).toEqual([plain.confirmed, plain.waitlist, plain.declined, plain.cancelled]);
      }),
    );
  });
});
