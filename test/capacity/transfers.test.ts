import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { applyRegistrationEvent, emptyRoster, quoteTransfer, replayRegistrations, type CapacityPolicy, type RegistrationEvent } from '../../src/capacity/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { capacityPolicyArbitrary } from '../../src/testing/capacity.js';
import { activeLogs } from './_activeLogs.js';

const HOUR_MS = 3_600_000;
const PEOPLE = ['ana', 'ben', 'cai', 'dee', 'eve', 'fay', 'gus', 'hal'];

const reg = (registrantId: string, at: string): RegistrationEvent => ({ kind: 'register', registrantId, at });
const transfer = (registrantId: string, to: string, at: string): RegistrationEvent => ({ kind: 'transfer', registrantId, to, at });

const policy = { maxSeats: 2, transfers: { allowed: true, fee: { amount: '25.00', currency: 'USD' } } };
const signUps = [reg('ana', '2026-02-01T15:00:00Z'), reg('ben', '2026-02-01T16:00:00Z'), reg('cai', '2026-02-02T09:00:00Z'), reg('dee', '2026-02-02T10:00:00Z')];

describe('transfers in the replay', () => {
  it('a confirmed registrant hands their seat to a colleague, who takes it in place', () => {
    const roster = replayRegistrations(policy, [...signUps, transfer('ana', 'eve', '2026-02-10T12:00:00Z')]);
    expect([roster.confirmed, roster.waitlist, roster.cancelled]).toEqual([['eve', 'ben'], ['cai', 'dee'], ['ana']]);
    expect(roster.decisions.at(-1)).toMatchObject({ code: 'transferred', registrantId: 'ana', to: 'eve', status: 'confirmed', position: 1, message: 'ana transferred their seat to eve, who is confirmed in their place.' });
  });

  it('a waiting registrant hands their place in the queue to a colleague', () => {
    const roster = replayRegistrations(policy, [...signUps, transfer('dee', 'eve', '2026-02-10T12:00:00Z')]);
    expect(roster.waitlist).toEqual(['cai', 'eve']);
    expect(roster.decisions.at(-1)?.message).toBe('dee transferred their place on the waitlist to eve, who is number 2.');
  });

  it('refused with a reason: not registered, to someone registered, no transfers, after the closing', () => {
    const roster = replayRegistrations(policy, [...signUps, transfer('zed', 'eve', '2026-02-10T12:00:00Z'), transfer('ana', 'cai', '2026-02-10T12:00:00Z')]);
    expect(roster.decisions.slice(-2).map((d) => [d.code, 'status' in d ? d.status : null])).toEqual([['registrant_not_registered', 'unknown'], ['colleague_already_registered', 'waitlisted']]);
    expect(replayRegistrations({ maxSeats: 2 }, [...signUps, transfer('ana', 'eve', '2026-02-10T12:00:00Z')]).decisions.at(-1)?.code).toBe('transfers_not_allowed');
    const closing = { maxSeats: 2, transfers: { allowed: true, until: { date: '2026-02-09', timeZone: 'America/New_York' } } };
    expect(replayRegistrations(closing, [...signUps, transfer('ana', 'eve', '2026-02-10T12:00:00Z')]).decisions.at(-1)).toMatchObject({
      code: 'transfers_closed',
      boundaryAt: '2026-02-10T05:00:00.000Z',
      message: "Transfers closed at the end of February 9, 2026 (America/New_York). ana's transfer is ignored.",
    });
  });

  /** Busy policies: few seats, a waitlist, transfers taken; most make waitlist offers of 1 to 72 hours. */
  const busy = fc.tuple(capacityPolicyArbitrary({ maxSeats: 3 }), fc.option(fc.integer({ min: 1, max: 72 }), { freq: 4 })).map(([p, claimHours]): CapacityPolicy => {
    const { maxWaitlist: _w, minRegistrants: _m, ...rest } = p;
    return { ...rest, maxSeats: p.maxSeats ?? 2, waitlist: true, transfers: { allowed: true }, ...(claimHours === null ? {} : { waitlistOffers: { claimHours } }) };
  });
  /**
   * A log acting on the roster, often cut where an offer is outstanding; a
   * transfer from someone the roster places (confirmed, waiting or offered;
   * now and then anyone), asked at or after the last event.
   */
  const cases = activeLogs(busy, PEOPLE, 30)
    .chain(([p, whole]) => {
      let state = emptyRoster();
      const withOffer: number[] = [];
      whole.forEach((event, i) => {
        state = applyRegistrationEvent(p, state, event);
        if (state.offers.length > 0) withOffer.push(i + 1);
      });
      const cut = withOffer.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...withOffer), weight: 4 }, { arbitrary: fc.constant(whole.length), weight: 1 }) : fc.constant(whole.length);
      return cut.map((n) => [p, whole.slice(0, n)] as const);
    })
    .chain(([p, events]) => {
      const roster = replayRegistrations(p, events);
      const pools = [
        { ids: [...roster.confirmed, ...roster.waitlist], weight: 3 },
        { ids: roster.offers.map((o) => o.registrantId), weight: 3 },
        { ids: PEOPLE, weight: 1 },
      ].filter(({ ids }) => ids.length > 0);
      const from = fc.oneof(...pools.map(({ ids, weight }) => ({ arbitrary: fc.constantFrom(...ids), weight })));
      const lastMs = instantToEpochMs(roster.lastAt ?? '2026-01-01T00:00:00Z');
      // Often just after an outstanding offer ran out, so that transfers by registrants whose offer lapsed come up in every run.
      const lapses = roster.offers.map((o) => instantToEpochMs(o.expiresAt) - lastMs);
      const lapsed = lapses.length === 0 ? [] : [{ arbitrary: fc.constantFrom(...lapses).chain((gap) => fc.integer({ min: gap, max: gap + HOUR_MS })), weight: 1 }];
      const gaps = [{ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 96 * HOUR_MS }), weight: 2 }, ...lapsed];
      const at = fc.oneof(...gaps).map((gap) => epochMsToInstant(lastMs + gap));
      return fc.record({ p: fc.constant(p), events: fc.constant(events), roster: fc.constant(roster), from, to: fc.constantFrom(...PEOPLE), at });
    });
  const DECISION_OF = { transfers_not_allowed: 'transfers_not_allowed', transfers_closed: 'transfers_closed', registrant_not_registered: 'registrant_not_registered', colleague_already_registered: 'colleague_already_registered' } as const;

  it('law: a transfer keeps the seat count and the queue order, and the colleague is confirmed iff the registrant was (at any later instant, offers expired by then)', () => {
    const seen = { seat: 0, waitlistPlace: 0, fromOffered: 0, offerLapsedBeforeTransfer: 0 };
    fc.assert(
      fc.property(cases, ({ p, events, roster, from, to, at }) => {
        const before = replayRegistrations(p, events, { at });
        const after = replayRegistrations(p, [...events, transfer(from, to, at)]);
        const last = after.decisions.at(-1);
        if (roster.offers.some((o) => o.registrantId === from)) {
          if (before.offers.some((o) => o.registrantId === from)) seen.fromOffered += 1;
          else seen.offerLapsedBeforeTransfer += 1;
        }
        const swap = (ids: readonly string[]) => ids.map((id) => (id === from ? to : id));
        if (last?.code !== 'transferred') {
          expect([after.confirmed, after.waitlist, after.offers]).toEqual([before.confirmed, before.waitlist, before.offers]);
          return;
        }
        seen[last.status === 'confirmed' ? 'seat' : 'waitlistPlace'] += 1;
        expect(after.confirmed).toEqual(swap(before.confirmed));
        expect(after.waitlist).toEqual(swap(before.waitlist));
        expect(after.offers).toEqual(before.offers);
        expect(after.confirmed.includes(to)).toBe(before.confirmed.includes(from));
      }),
      { numRuns: 300 },
    );
    // The law is only as good as its cases: seats, waitlist places and offers must all come up
    // (in 40 runs of 300 cases, at least 76, 23, 7 and 4 times; the bounds leave room for chance).
    expect(seen.seat).toBeGreaterThan(20);
    expect(seen.waitlistPlace).toBeGreaterThan(10);
    expect(seen.fromOffered).toBeGreaterThan(2);
    expect(seen.offerLapsedBeforeTransfer).toBeGreaterThan(0);
  });

  it('law: the quote (roster checked, no eligibility) agrees with the replay, reason for reason, at any instant from the last event on', () => {
    const seen = { allowed: 0, refused: 0, waitlistPlace: 0, offerLapsed: 0 };
    fc.assert(
      fc.property(cases, ({ p, events, roster, from, to, at }) => {
        const quote = quoteTransfer(p, { registrantId: from, to, at }, { roster });
        const after = replayRegistrations(p, [...events, transfer(from, to, at)]);
        const last = after.decisions.at(-1);
        const made = last?.code === 'transferred';
        expect(quote.verdict).toBe(made ? 'allowed' : 'refused');
        if (made) {
          seen.allowed += 1;
          if (last.status === 'waitlisted') seen.waitlistPlace += 1;
        } else {
          seen.refused += 1;
          const first = quote.reasons[0];
          expect(first === undefined ? undefined : DECISION_OF[first.code as keyof typeof DECISION_OF]).toBe(last?.code);
        }
        if (after.decisions.slice(roster.decisions.length).some((d) => d.code === 'offer_expired')) seen.offerLapsed += 1;
      }),
      { numRuns: 300 },
    );
    expect(seen.allowed).toBeGreaterThan(40);
    expect(seen.refused).toBeGreaterThan(40);
    expect(seen.waitlistPlace).toBeGreaterThan(10);
    expect(seen.offerLapsed).toBeGreaterThan(4);
  });

  it('the quote sees offers that ran out by its instant: b\'s offer lapsed at 03:00, so at 03:30 e may hand their seat to b, as the replay does', () => {
    const p = { maxSeats: 2, waitlistOffers: { claimHours: 2 }, transfers: { allowed: true } };
    const events: RegistrationEvent[] = [reg('a', '2026-01-01T00:00:00Z'), reg('e', '2026-01-01T00:05:00Z'), reg('b', '2026-01-01T00:10:00Z'), reg('d', '2026-01-01T00:15:00Z'), { kind: 'cancel', registrantId: 'a', at: '2026-01-01T01:00:00Z' }];
    const roster = replayRegistrations(p, events);
    expect(roster.offers.map((o) => o.registrantId)).toEqual(['b']);
    const quote = quoteTransfer(p, { registrantId: 'e', to: 'b', at: '2026-01-01T03:30:00Z' }, { roster });
    expect(quote).toMatchObject({ verdict: 'allowed', message: 'e may transfer their place to b, free of charge.' });
    expect(replayRegistrations(p, [...events, transfer('e', 'b', '2026-01-01T03:30:00Z')]).decisions.at(-1)?.code).toBe('transferred');
    // b's offer is still open at 02:30: b is offered a seat, and cannot take e's too.
    expect(quoteTransfer(p, { registrantId: 'e', to: 'b', at: '2026-01-01T02:30:00Z' }, { roster }).reasons.map((r) => r.code)).toEqual(['colleague_already_registered']);
  });

  it('a quote for an instant before the roster\'s last event is refused: the roster is later than the question', () => {
    const roster = replayRegistrations(policy, signUps);
    expect(() => quoteTransfer(policy, { registrantId: 'ana', to: 'eve', at: '2026-02-02T09:30:00Z' }, { roster })).toThrow(
      "Invalid transfer request: at: must not be earlier than the roster's last event (2026-02-02T10:00:00Z): quote a transfer for the roster as it stands then",
    );
  });
});

describe('quoteTransfer', () => {
  const physicians = { rule: { kind: 'profession', in: ['physician'] }, at: '2025-03-01' } as const;
  const spokane = { maxSeats: 20, transfers: { allowed: true, fee: { amount: '25.00', currency: 'USD' }, until: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } } };

  it('quotes the fee in exact money when the colleague is eligible', () => {
    const quote = quoteTransfer(spokane, { registrantId: 'ana', to: 'eve', at: '2025-03-12T20:00:00-07:00', profile: { professions: ['physician'] } }, { eligibility: physicians });
    expect(quote).toEqual({ verdict: 'allowed', fee: { amount: '25.00', currency: 'USD' }, reasons: [], message: 'ana may transfer their place to eve, for a fee of $25.00.' });
  });

  it('lists every reason: closed, and the colleague not eligible (with the eligibility reasons)', () => {
    const quote = quoteTransfer(spokane, { registrantId: 'ana', to: 'eve', at: '2025-03-13T09:00:00-07:00', profile: { professions: ['psychologist'] } }, { eligibility: physicians });
    expect(quote.verdict).toBe('refused');
    expect(quote.fee).toBeNull();
    expect(quote.reasons.map((r) => r.code)).toEqual(['transfers_closed', 'colleague_not_eligible']);
    expect(quote.reasons[0]).toMatchObject({ boundaryAt: '2025-03-13T07:00:00.000Z', message: 'Transfers closed at the end of March 12, 2025 (America/Los_Angeles).' });
    const notEligible = quote.reasons[1];
    expect(notEligible?.code === 'colleague_not_eligible' && notEligible.eligibility.length).toBe(1);
  });

  it('the fee comes back in the currency\'s minor units, as every amount the library returns: 25 USD as 25.00, 2500 JPY as 2500', () => {
    const at = '2025-03-01T00:00:00Z';
    expect(quoteTransfer({ transfers: { allowed: true, fee: { amount: '25', currency: 'USD' } } }, { registrantId: 'ana', to: 'eve', at }).fee).toEqual({ amount: '25.00', currency: 'USD' });
    expect(quoteTransfer({ transfers: { allowed: true, fee: { amount: '2500', currency: 'JPY' } } }, { registrantId: 'ana', to: 'eve', at }).fee).toEqual({ amount: '2500', currency: 'JPY' });
  });

  it('a policy without transfers refuses; a free transfer has no fee', () => {
    expect(quoteTransfer({ maxSeats: 2 }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z' }).reasons).toEqual([{ code: 'transfers_not_allowed', message: 'The policy accepts no transfers.' }]);
    expect(quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z' }).message).toBe('ana may transfer their place to eve, free of charge.');
    expect(quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'ana', at: '2025-03-01T00:00:00Z' }).reasons[0]?.code).toBe('colleague_already_registered');
  });

  it('invalid input is a ValidationError: a misspelt key, a profile without a rule, a rule without a profile', () => {
    expect(() => quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', too: 'eve', at: '2025-03-01T00:00:00Z' } as never)).toThrow(/did you mean "to"/);
    expect(() => quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z', profile: {} })).toThrow(ValidationError);
    expect(() => quoteTransfer({ transfers: { allowed: true } }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z' }, { eligibility: physicians })).toThrow(/colleague's eligibility/);
    expect(() => quoteTransfer({ transfers: { allowed: false, fee: { amount: '5.00', currency: 'USD' } } }, { registrantId: 'ana', to: 'eve', at: '2025-03-01T00:00:00Z' })).toThrow(/needs allowed: true/);
  });
});
