import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registrantStatus, registrationWindowStatus, replayRegistrations, type CapacityPolicy, type RegistrationEvent } from '../../src/capacity/index.js';
import { capacityPolicyArbitrary } from '../../src/testing/capacity.js';
import { activeLogs } from './_activeLogs.js';

const reg = (registrantId: string, at: string): RegistrationEvent => ({ kind: 'register', registrantId, at });

/** The 2025 Spokane intensive: "Registration deadline: March 12, 2025" (Pacific). */
const spokane = { maxSeats: 20, registrationWindow: { closes: { date: '2025-03-12', timeZone: 'America/Los_Angeles' } } };

describe('registration windows in the replay', () => {
  it('the Spokane intensive: a registration on March 12 (Pacific) counts, one on March 13 is refused with the closing instant', () => {
    const roster = replayRegistrations(spokane, [reg('ana', '2025-03-12T23:30:00-07:00'), reg('ben', '2025-03-13T09:00:00-07:00')]);
    expect(roster.confirmed).toEqual(['ana']);
    expect(roster.declined).toEqual(['ben']);
    expect(roster.decisions[1]).toEqual({
      code: 'registration_closed',
      boundaryAt: '2025-03-13T07:00:00.000Z',
      registrantId: 'ben',
      at: '2025-03-13T09:00:00-07:00',
      eventIndex: 1,
      message: "Registration closed at the end of March 12, 2025 (America/Los_Angeles). ben's registration is declined.",
    });
  });

  it('a registration before the window opens is refused: registration_not_open_yet', () => {
    const roster = replayRegistrations({ registrationWindow: { opens: '2026-02-01T14:00:00Z' } }, [reg('ana', '2026-02-01T13:59:59Z'), reg('ana', '2026-02-01T14:00:00Z')]);
    expect(roster.decisions.map((d) => d.code)).toEqual(['registration_not_open_yet', 'confirmed']);
    expect(roster.decisions[0]).toMatchObject({ boundaryAt: '2026-02-01T14:00:00.000Z', message: "Registration opens at 2026-02-01T14:00:00Z. ana's registration is declined." });
    expect(roster.confirmed).toEqual(['ana']);
    expect(roster.declined).toEqual([]);
  });

  it('cancellations are not registrations: a cancellation after the deadline still frees the seat for the waitlist', () => {
    const roster = replayRegistrations({ ...spokane, maxSeats: 1 }, [
      reg('ana', '2025-03-01T12:00:00Z'),
      reg('ben', '2025-03-02T12:00:00Z'),
      { kind: 'cancel', registrantId: 'ana', at: '2025-03-20T12:00:00Z' },
    ]);
    expect(roster.confirmed).toEqual(['ben']);
    expect(roster.decisions.map((d) => d.code)).toEqual(['confirmed', 'waitlisted_full', 'cancelled_confirmed', 'promoted_from_waitlist']);
  });

  it('a registrant already confirmed who registers again after the deadline keeps the seat', () => {
    const roster = replayRegistrations(spokane, [reg('ana', '2025-03-01T12:00:00Z'), reg('ana', '2025-03-20T12:00:00Z')]);
    expect(roster.confirmed).toEqual(['ana']);
    expect(roster.decisions[1]?.code).toBe('duplicate_registration');
  });

  it('registrantStatus: a registration refused after the closing reads "registration was closed", whatever the registrant sends afterwards', () => {
    const closed = { maxSeats: 5, waitlistOffers: { claimHours: 24 }, transfers: { allowed: true }, registrationWindow: { closes: '2026-01-02T00:00:00Z' } };
    const late = reg('ben', '2026-01-03T00:00:00Z');
    const afterwards: RegistrationEvent[] = [
      { kind: 'accept', registrantId: 'ben', at: '2026-01-03T01:00:00Z' },
      { kind: 'decline', registrantId: 'ben', at: '2026-01-03T02:00:00Z' },
      { kind: 'cancel', registrantId: 'ben', at: '2026-01-03T03:00:00Z' },
      { kind: 'transfer', registrantId: 'ben', to: 'eve', at: '2026-01-03T04:00:00Z' },
    ];
    for (const n of [0, 1, 2, 3, 4]) {
      expect(registrantStatus(replayRegistrations(closed, [late, ...afterwards.slice(0, n)]), 'ben')).toEqual({ status: 'declined', message: "ben's registration was declined: registration was closed." });
    }
  });

  /** Windowed policies with few seats and a waitlist, most making offers; logs that act on the roster as it stands. */
  const windowed = fc
    .tuple(
      capacityPolicyArbitrary({ maxSeats: 3, registrationWindows: true, transfers: true, from: '2026-01-01', until: '2026-01-20' }).filter((p) => p.registrationWindow !== undefined),
      fc.option(fc.integer({ min: 1, max: 72 }), { freq: 4 }),
    )
    .map(([p, claimHours]): CapacityPolicy => {
      const { maxWaitlist: _w, minRegistrants: _m, ...rest } = p;
      return { ...rest, maxSeats: p.maxSeats ?? 2, waitlist: true, ...(claimHours === null ? {} : { waitlistOffers: { claimHours } }) };
    });
  const cases = activeLogs(windowed, ['ana', 'ben', 'cai', 'dee', 'eve', 'fay', 'gus'], 30);

  it('law: a registration after the window closes never confirms', () => {
    let refused = 0;
    fc.assert(
      fc.property(cases, ([policy, events]) => {
        const roster = replayRegistrations(policy, events);
        const window = policy.registrationWindow as NonNullable<CapacityPolicy['registrationWindow']>;
        for (const d of roster.decisions) {
          const event = events[d.eventIndex];
          if (d.code === 'confirmed' && event !== undefined) expect(registrationWindowStatus(window, event.at).status).toBe('open');
          if (d.code === 'registration_closed') refused += 1;
        }
      }),
    );
    expect(refused).toBeGreaterThan(20);
  });

  it('law: the window never changes what happens to registrations inside it (the same roster as the log without the refused ones)', () => {
    const seen = { offers: 0, refused: 0 };
    fc.assert(
      fc.property(cases, ([policy, events]) => {
        const window = policy.registrationWindow as NonNullable<CapacityPolicy['registrationWindow']>;
        const inside = events.filter((e) => e.kind !== 'register' || registrationWindowStatus(window, e.at).status === 'open');
        const { registrationWindow: _, ...without } = policy;
        const withWindow = replayRegistrations(policy, events);
        // As of the last event of the whole log: time passes over a refused registration too, and offers expire by then.
        const plain = replayRegistrations(without, inside, { at: events.at(-1)?.at });
        expect([withWindow.confirmed, withWindow.waitlist, withWindow.offers]).toEqual([plain.confirmed, plain.waitlist, plain.offers]);
        expect(withWindow.promotions.map(({ eventIndex: _i, ...p }) => p)).toEqual(plain.promotions.map(({ eventIndex: _i, ...p }) => p));
        const refused = withWindow.decisions.filter((d) => d.code === 'registration_closed' || d.code === 'registration_not_open_yet');
        expect(refused.length).toBe(events.length - inside.length - withWindow.decisions.filter((d) => d.code === 'duplicate_registration' && registrationWindowStatus(window, d.at).status !== 'open').length);
        expect(refused.every((d) => registrationWindowStatus(window, d.at).status !== 'open')).toBe(true);
        if (refused.length > 0) seen.refused += 1;
        if (withWindow.decisions.some((d) => d.code === 'offer_made')) seen.offers += 1;
      }),
      { numRuns: 300 },
    );
    // Offers and refusals must both come up, or the law says nothing about them.
    expect(seen.offers).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(30);
  });
});
