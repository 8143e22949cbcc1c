import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayRegistrations, type RegistrationEvent } from '../../src/capacity/index.js';
import { waitlistTimelineSvg } from '../../src/pictures/index.js';
import { capacityPolicyArbitrary, registrationEventsArbitrary } from '../../src/testing/index.js';
import { byClass, parseXml, titleOf } from './_xml.js';

const EVENTS = [
  { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' },
  { kind: 'register', registrantId: 'ben', at: '2026-02-01T16:00:00Z' },
  { kind: 'register', registrantId: 'cai', at: '2026-02-02T09:00:00Z' },
  { kind: 'cancel', registrantId: 'ana', at: '2026-03-01T12:00:00Z' },
] as const;

describe('waitlistTimelineSvg', () => {
  it('is well-formed SVG with one labelled column per event, times in the zone asked for', () => {
    const root = parseXml(waitlistTimelineSvg({ maxSeats: 2 }, EVENTS, { timeZone: 'America/New_York' }));
    expect(root.name).toBe('svg');
    expect(titleOf(root)).toBe('Seats and waitlist over 4 registration events: 2 confirmed, 0 waiting at the end');
    expect(root.attrs['aria-label']).toBe(titleOf(root));
    expect(byClass(root, 'event').map((e) => e.attrs['aria-label'])).toEqual([
      'Event 1, February 1, 2026 10:00 America/New_York: ana registers. ana is confirmed (seat 1 of 2). Then 1 confirmed, 0 waiting.',
      'Event 2, February 1, 2026 11:00 America/New_York: ben registers. ben is confirmed (seat 2 of 2). Then 2 confirmed, 0 waiting.',
      'Event 3, February 2, 2026 04:00 America/New_York: cai registers. Every seat is taken; cai is number 1 on the waitlist. Then 2 confirmed, 1 waiting.',
      'Event 4, March 1, 2026 07:00 America/New_York: ana cancels. ana cancelled and gave up a confirmed seat. cai moves up from the waitlist to the seat ana gave up. Then 2 confirmed, 0 waiting.',
    ]);
    expect(byClass(root, 'seats').map(titleOf)).toEqual(['2 seats']);
  });

  it('draws seats held for a waitlist offer as a third state, and with at a last column as of then (the offer expired, the seat offered on)', () => {
    const policy = { maxSeats: 2, waitlistOffers: { claimHours: 48 } };
    const events: RegistrationEvent[] = [...EVENTS.slice(0, 3), { kind: 'register', registrantId: 'dee', at: '2026-02-03T09:00:00Z' }, EVENTS[3]];
    const root = parseXml(waitlistTimelineSvg(policy, events, { at: '2026-03-04T00:00:00Z' }));
    const last = byClass(root, 'event').at(-1);
    expect([last?.attrs['data-confirmed'], last?.attrs['data-offered'], last?.attrs['data-waitlisted']]).toEqual(['1', '1', '1']);
    expect(last?.attrs['aria-label']).toBe(
      'Event 5, March 1, 2026 12:00 UTC: ana cancels. ana cancelled and gave up a confirmed seat. cai is offered the seat ana gave up, to accept before 2026-03-03T12:00:00.000Z. Then 1 confirmed, 1 held for an offer, 1 waiting.',
    );
    expect(byClass(root, 'at').map((e) => e.attrs['aria-label'])).toEqual([
      "As of March 4, 2026 00:00 UTC: cai's offer expired at 2026-03-03T12:00:00.000Z unanswered; cai leaves the waitlist. dee is offered the seat ana gave up, to accept before 2026-03-05T12:00:00.000Z. Then 1 confirmed, 1 held for an offer, 0 waiting.",
    ]);
    expect(titleOf(root)).toBe('Seats and waitlist over 5 registration events: 1 confirmed, 1 held for an offer, 0 waiting as of March 4, 2026 00:00 UTC');
    expect(() => waitlistTimelineSvg(policy, events, { at: '2026-03-01T00:00:00Z' })).toThrow(/must not be earlier than the last event/);
  });

  it('refuses an options object with an unknown key, with a hint', () => {
    expect(() => waitlistTimelineSvg({ maxSeats: 2 }, EVENTS, { timezone: 'UTC' } as never)).toThrow(/did you mean "timeZone"/);
  });

  it('law: each column shows the seats taken, seats held for an offer and waitlist that replaying the log up to its event gives, the same text every time', () => {
    fc.assert(
      fc.property(capacityPolicyArbitrary({ waitlistOffers: true }), registrationEventsArbitrary({ eventKinds: ['register', 'cancel', 'accept', 'decline'], maxLength: 20 }), (policy, events) => {
        const svg = waitlistTimelineSvg(policy, events);
        expect(waitlistTimelineSvg(policy, events)).toBe(svg);
        const columns = byClass(parseXml(svg), 'event');
        expect(columns).toHaveLength(events.length);
        columns.forEach((column, i) => {
          const state = replayRegistrations(policy, events.slice(0, i + 1));
          expect([column.attrs['data-confirmed'], column.attrs['data-offered'], column.attrs['data-waitlisted']]).toEqual([String(state.confirmed.length), String(state.offers.length), String(state.waitlist.length)]);
          expect(titleOf(column)).toBe(column.attrs['aria-label']);
        });
      }),
      { numRuns: 60 },
    );
  });
});
