import { describe, expect, it } from 'vitest';
import { applyRegistrationEvent, emptyRoster, registrantStatus, replayRegistrations, type RegistrationEvent, type RosterState } from '../../src/capacity/index.js';
import { deepFreeze } from '../_arbitraries/eligibility.js';

const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T12:00:00Z`;

describe('applyRegistrationEvent', () => {
  it('continues a roster event by event without changing the one it was given', () => {
    const start = deepFreeze(emptyRoster());
    const one = applyRegistrationEvent({ maxSeats: 12 }, start, { kind: 'register', registrantId: 'ana', at: at(1) });
    expect(start).toEqual(emptyRoster());
    expect(one).toMatchObject({ confirmed: ['ana'], eventCount: 1, lastAt: at(1) });
    expect(one.decisions[0]?.message).toBe('ana is confirmed (seat 1 of 12).');
  });

  it('types reject misuse at compile time', () => {
    // @ts-expect-error 'join' is not an event kind
    const event: RegistrationEvent = { kind: 'join', registrantId: 'ana', at: at(1) };
    expect(() => applyRegistrationEvent({}, emptyRoster(), event)).toThrowError(/Invalid registration event: kind/);
  });

  it('accepts a roster that went through JSON (e.g. a database)', () => {
    const stored = JSON.parse(JSON.stringify(replayRegistrations({ maxSeats: 1 }, [{ kind: 'register', registrantId: 'ana', at: at(1) }]))) as RosterState;
    expect(applyRegistrationEvent({ maxSeats: 1 }, stored, { kind: 'register', registrantId: 'ben', at: at(2) }).waitlist).toEqual(['ben']);
  });

  it('rejects an event earlier than the last one applied', () => {
    const state = replayRegistrations({}, [{ kind: 'register', registrantId: 'ana', at: at(5) }]);
    expect(() => applyRegistrationEvent({}, state, { kind: 'cancel', registrantId: 'ana', at: at(4) })).toThrowError(
      /Invalid registration event: at: must not be earlier than the last event applied \(2026-02-05T12:00:00Z\)/,
    );
    expect(applyRegistrationEvent({}, state, { kind: 'cancel', registrantId: 'ana', at: at(5) }).cancelled).toEqual(['ana']);
  });

  it('rejects a roster that cannot arise under the policy, or that lists someone twice', () => {
    const full = replayRegistrations({ maxSeats: 2 }, [
      { kind: 'register', registrantId: 'ana', at: at(1) },
      { kind: 'register', registrantId: 'ben', at: at(2) },
      { kind: 'register', registrantId: 'cai', at: at(3) },
    ]);
    const next = { kind: 'register', registrantId: 'dee', at: at(4) } as const;
    expect(() => applyRegistrationEvent({ maxSeats: 1 }, full, next)).toThrowError(/Invalid roster state: confirmed: has 2 registrants, more than the policy's 1 seat/);
    expect(() => applyRegistrationEvent({ maxSeats: 3 }, full, next)).toThrowError(/waitlist: must be empty while a seat is free/);
    expect(() => applyRegistrationEvent({ maxSeats: 2, waitlist: false }, full, next)).toThrowError(/waitlist: must be empty: the policy keeps no waitlist/);
    expect(() => applyRegistrationEvent({ maxSeats: 2 }, { ...full, declined: ['ana'] }, next)).toThrowError(/more than one of confirmed, waitlist/);
    expect(() => applyRegistrationEvent({ maxSeats: 2 }, { ...full, lastAt: null }, next)).toThrowError(/lastAt/);
  });
});

describe('registrantStatus', () => {
  const roster = replayRegistrations({ maxSeats: 1, maxWaitlist: 1 }, [
    { kind: 'register', registrantId: 'ana', at: at(1) },
    { kind: 'register', registrantId: 'ben', at: at(2) },
    { kind: 'register', registrantId: 'cai', at: at(3) },
    { kind: 'register', registrantId: 'dee', at: at(4) },
    { kind: 'cancel', registrantId: 'dee', at: at(5) },
  ]);

  it('says where each registrant stands', () => {
    expect(registrantStatus(roster, 'ana')).toEqual({ status: 'confirmed', position: 1, message: 'ana is confirmed.' });
    expect(registrantStatus(roster, 'ben')).toEqual({ status: 'waitlisted', position: 1, message: 'ben is number 1 on the waitlist.' });
    expect(registrantStatus(roster, 'cai')).toMatchObject({ status: 'declined' });
    expect(registrantStatus(roster, 'dee')).toMatchObject({ status: 'declined' });
    expect(registrantStatus(roster, 'zed')).toEqual({ status: 'unknown', message: 'zed has not registered.' });
  });

  it('rejects an empty id', () => {
    expect(() => registrantStatus(roster, '')).toThrowError(/Invalid registrant id/);
  });
});
